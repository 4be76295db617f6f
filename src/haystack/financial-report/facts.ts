// The facts a report section can state and leave out: what each key means and which section states it.
import type { FactKey } from '../place-context.js';

/**
 * Every fact key of the annual report. A section states a fact only when the report's `omit` set does not
 * name it; needle templates list the keys they compete with, and a haystack that carries them omits those.
 */
export const REPORT_FACTS: Readonly<Record<FactKey, string>> = {
  'debt.leverage-covenant': 'the maximum net leverage ratio of the credit agreement (MD&A liquidity, covenant table, debt risk factor)',
  'debt.unsecured-notes': 'that the senior notes are unsecured obligations (Note 7)',
  'pension.expected-contribution': "next year's expected pension contributions (Note 12, MD&A cash requirements)",
  'auditor.fees': "the fees billed by the company's auditor (Item 14)",
  'customers.concentration': "the share of sales of the largest customers (Item 1 segments and channels, customer risk factor)",
  'goodwill.impairment-test': 'the result of the annual goodwill impairment test and the absence of impairment charges (MD&A estimates, Note 1)',
  'acquisitions.none': 'that no acquisition was completed in a year (MD&A cash flows, Note 3, acquisition risk factor)',
  'subsequent.acquisition': 'an acquisition agreed after the year end (subsequent events)',
  'subsequent.dividend': 'the dividend declared after the year end (subsequent events)',
  'subsequent.financing': 'credit agreement changes after the year end (subsequent events)',
  'subsequent.no-other-events': 'that no other event after the year end needs disclosure (subsequent events)',
  'cyber.no-incident': 'that no material cybersecurity incident was identified (Item 1C)',
  'restructuring.plant-consolidation': 'a named plant being consolidated or closed, with its charges (MD&A results, restructuring programs, Note 16)',
  'equity.repurchase-authorization': 'the amount remaining under the share repurchase authorization (Item 5)',
  'legal.patent-matters': 'pending patent infringement lawsuits and their accruals (Item 3, Note 18)',
  'environment.remediation-accrual': 'environmental remediation accruals by site and in total (Item 1, Note 18, environmental risk factor)',
  'inventory.obsolescence-reserve': 'the reserve for excess and obsolete inventory (MD&A estimates, Schedule II)',
  'commitments.supply-contracts': 'take-or-pay supply contracts for raw materials and what was bought under them (Note 18)',
};

/** Every fact key the report can state (and leave out). */
export const REPORT_FACT_KEYS: readonly FactKey[] = Object.keys(REPORT_FACTS);
