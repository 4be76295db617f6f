// The built-in Japanese annual-report needle templates (JA_REPORT_TEMPLATES), by topic: native 有価証券報告書 facts, not translations.
import type { WorldTemplate } from '../../template.js';
import { FINANCING_AND_INVESTMENT } from './financing-and-investment.js';
import { GOVERNANCE_AND_PEOPLE } from './governance-and-people.js';
import { OPERATIONS } from './operations.js';

/** Every Japanese financial-report template. */
export const JA_REPORT_TEMPLATES = [...GOVERNANCE_AND_PEOPLE, ...FINANCING_AND_INVESTMENT, ...OPERATIONS] as unknown as readonly WorldTemplate[];
