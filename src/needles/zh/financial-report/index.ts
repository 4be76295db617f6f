// The built-in Chinese annual-report (年度报告) needle templates, by topic.
import type { WorldTemplate } from '../../template.js';
import { FINANCING_AND_INVESTMENT } from './financing-and-investment.js';
import { GOVERNANCE_AND_EQUITY } from './governance-and-equity.js';
import { OPERATIONS_AND_LEGAL } from './operations-and-legal.js';

/** Every built-in zh financial-report template (ids `zh-fin-…`). */
export const ZH_REPORT_TEMPLATES = [...GOVERNANCE_AND_EQUITY, ...FINANCING_AND_INVESTMENT, ...OPERATIONS_AND_LEGAL] as WorldTemplate[];
