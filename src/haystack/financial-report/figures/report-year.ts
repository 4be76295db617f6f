// What a derived figure may read: the company, its long-report profile and the ledgers of the report's fiscal years.
import type { Company } from '../company.js';
import type { Profile } from '../profile.js';
import type { YearLedger } from '../year-ledger.js';

/** The books one annual report is rendered from (the report context satisfies it). */
export interface ReportYear {
  c: Company;
  pr: Profile;
  /** The report's fiscal year, the prior year and the year before that. */
  y: YearLedger;
  p: YearLedger;
  pp: YearLedger;
  /** Fiscal years three and four before the report's (five-year summary). */
  older: YearLedger[];
}
