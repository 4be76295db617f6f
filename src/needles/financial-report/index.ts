// The built-in annual-report needle templates (REPORT_TEMPLATES), by topic.
import type { WorldTemplate } from '../template.js';
import { ACQUISITIONS } from './acquisitions.js';
import { COMPENSATION_AND_GOVERNANCE } from './compensation-and-governance.js';
import { CUSTOMERS_AND_SUPPLIERS } from './customers-and-suppliers.js';
import { FACILITIES } from './facilities.js';
import { FINANCING } from './financing.js';
import { IMPAIRMENTS_AND_RESERVES } from './impairments-and-reserves.js';
import { INCENTIVES } from './incentives.js';
import { INCIDENTS } from './incidents.js';
import { LEGAL_AND_ENVIRONMENTAL } from './legal-and-environmental.js';
import { SHAREHOLDER_RETURNS } from './shareholder-returns.js';

/** Every built-in annual-report template. */
export const REPORT_TEMPLATES = [
  ...COMPENSATION_AND_GOVERNANCE, ...SHAREHOLDER_RETURNS, ...FINANCING, ...LEGAL_AND_ENVIRONMENTAL, ...INCIDENTS,
  ...FACILITIES, ...ACQUISITIONS, ...IMPAIRMENTS_AND_RESERVES, ...INCENTIVES, ...CUSTOMERS_AND_SUPPLIERS,
] as WorldTemplate[];
