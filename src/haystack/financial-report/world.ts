// The world of a seed's annual reports: the company, its long-report profile and fiscal calendar, which needles draw on.
import { createRng } from '../../util/rng.js';
import { fiscalCalendar, type FiscalCalendar } from './calendar.js';
import { createCompany, type Company } from './company.js';
import { Ledger } from './ledger.js';
import { createProfile, type Profile } from './profile.js';
import type { YearLedger } from './year-ledger.js';

/** Everything fixed by the seed that a needle may name: the company, its people, sites, brands, customers and calendar. */
export interface ReportWorld {
  kind: 'financial-report';
  seed: number;
  /** Name, segments and their products, officers, directors, auditor, bank, properties, fiscal year end. */
  company: Company;
  /** Brands, key customers, competitors, plant details, legal matters, lenders, board committees. */
  profile: Profile;
  calendar: FiscalCalendar;
  /** The books of a fiscal year (the same ledger every report prints), from the first report's year − 4 on. */
  books(year: number): YearLedger;
}

/** The world of a seed (the same company every report of that seed describes). */
export function reportWorld(seed: number): ReportWorld {
  const root = createRng(seed).fork('financial-report');
  const company = createCompany(root.fork('company'));
  const profile = createProfile(company, root.fork('profile'));
  let ledger: Ledger | null = null;
  const books = (year: number) => (ledger ??= new Ledger(company, root.fork('ledger'), true)).get(year);
  return { kind: 'financial-report', seed, company, profile, calendar: fiscalCalendar(company), books };
}
