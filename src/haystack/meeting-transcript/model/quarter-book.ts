// The company's quarterly figures (revenue by segment, margins, EPS, cash, guidance), one value per quarter wherever it is quoted.
import type { Rng } from '../../../util/rng.js';
import type { FiscalCalendar, FiscalQuarter } from './calendar.js';
import type { Organization } from './organization.js';

/** One fiscal quarter's results. Money in millions of dollars. */
export interface QuarterResults {
  quarter: FiscalQuarter;
  /** Revenue by segment, in the organization's segment order. */
  segmentRevenue: number[];
  /** Segment operating margin, percent. */
  segmentMargin: number[];
  revenue: number;
  grossMargin: number;
  operatingIncome: number;
  operatingMargin: number;
  /** Adjusted diluted EPS, dollars. */
  eps: number;
  freeCashFlow: number;
  capex: number;
  /** Net leverage, times EBITDA. */
  leverage: number;
  /** Price realization in the quarter, percent of revenue. */
  pricing: number;
  /** Volume change against the prior-year quarter, percent. */
  volume: number;
  /** Cash returned to shareholders (dividends and buybacks). */
  returned: number;
  /** Quarterly dividend per share, dollars. */
  dividend: number;
  /** Backlog at quarter end. */
  backlog: number;
  /** Company headcount at quarter end. */
  headcount: number;
  /** Voluntary attrition over the last twelve months, percent. */
  attrition: number;
  /** Open requisitions at quarter end. */
  openReqs: number;
}

/** Full-year guidance given after a quarter. */
export interface Guidance {
  fiscalYear: number;
  revenueLow: number;
  revenueHigh: number;
  epsLow: number;
  epsHigh: number;
  capex: number;
  taxRate: number;
}

/** Results of any quarter, drawn once per quarter from its own fork of the seed (the same figures in every meeting). */
export class QuarterBook {
  private readonly cache = new Map<number, QuarterResults>();
  private readonly base: number[];
  private readonly trend: number[];
  private readonly margin: number[];
  private readonly season: number[];
  private readonly shares: number;
  private readonly baseHeadcount: number;
  /** Company traits the quarters move around slowly: gross margin, backlog cover, leverage, the first dividend. */
  private readonly traits: { gm: number; cover: number; leverage: number; phase: number; dividend: number; firstYear: number };

  constructor(private readonly org: Organization, private readonly cal: FiscalCalendar, private readonly rng: Rng) {
    const r = rng.fork('base');
    this.base = org.segments.map(() => r.float(120, 640));
    this.trend = org.segments.map(() => r.float(-0.03, 0.1));
    this.margin = org.segments.map(() => r.float(9, 22));
    this.season = [r.float(0.94, 1.0), r.float(1.0, 1.06), r.float(0.98, 1.05), r.float(0.95, 1.04)];
    this.shares = r.float(38, 160);
    this.baseHeadcount = r.int(4200, 21000);
    // A quarter's net income at base rates, for a dividend of about 30% of earnings, raised once a fiscal year.
    const baseNet = this.base.reduce((a, b, s) => a + (b * this.margin[s]!) / 100, 0) * 0.75;
    this.traits = {
      gm: r.float(29, 41), cover: r.float(0.5, 1.3), leverage: r.float(1.4, 2.6), phase: r.float(0, 6.3),
      dividend: Math.max(0.1, Math.round((baseNet / this.shares) * 0.3 * 100) / 100), firstYear: cal.quarter(0).fiscalYear,
    };
  }

  /** Results of quarter `i`. */
  results(i: number): QuarterResults {
    const hit = this.cache.get(i);
    if (hit) return hit;
    const r = this.rng.fork(`quarter-${i}`);
    const quarter = this.cal.quarter(i);
    const segmentRevenue = this.base.map((b, s) => b * (1 + this.trend[s]!) ** (i / 4) * this.season[quarter.q - 1]! * r.float(0.97, 1.03));
    const segmentMargin = this.margin.map((m) => m + r.float(-1.8, 1.8));
    const revenue = segmentRevenue.reduce((a, b) => a + b, 0);
    const segIncome = segmentRevenue.reduce((a, v, s) => a + (v * segmentMargin[s]!) / 100, 0);
    const corporate = revenue * r.float(0.015, 0.03);
    const operatingIncome = segIncome - corporate;
    const net = (operatingIncome - revenue * 0.008) * (1 - r.float(0.2, 0.25));
    const result: QuarterResults = {
      quarter,
      segmentRevenue,
      segmentMargin,
      revenue,
      // Margin, backlog cover and leverage drift slowly from quarter to quarter, as a company's do.
      grossMargin: this.traits.gm + 1.2 * Math.sin(i * 0.45 + this.traits.phase) + r.float(-0.5, 0.5),
      operatingIncome,
      operatingMargin: (operatingIncome / revenue) * 100,
      eps: net / this.shares,
      freeCashFlow: operatingIncome * r.float(0.45, 0.95),
      capex: revenue * r.float(0.025, 0.045),
      leverage: Math.max(0.8, this.traits.leverage + 0.35 * Math.sin(i * 0.3 + this.traits.phase) + r.float(-0.08, 0.08)),
      pricing: r.float(0.4, 4.2),
      volume: r.float(-6, 7),
      returned: operatingIncome * r.float(0.2, 0.5),
      dividend: Math.round(this.traits.dividend * 1.06 ** Math.max(0, quarter.fiscalYear - this.traits.firstYear) * 100) / 100,
      backlog: revenue * this.traits.cover * (1 + 0.12 * Math.sin(i * 0.5 + this.traits.phase)) * r.float(0.97, 1.03),
      headcount: Math.round(this.baseHeadcount * (1 + 0.01 * i) * r.float(0.99, 1.01)),
      attrition: r.float(7, 15),
      openReqs: r.int(90, 420),
    };
    this.cache.set(i, result);
    return result;
  }

  /** Full-year guidance given on the call after quarter `i`: the quarters reported so far plus a forecast of the rest. */
  guidance(i: number): Guidance {
    const now = this.results(i);
    const fy = now.quarter.fiscalYear;
    let revenue = 0;
    let eps = 0;
    for (let k = i - (now.quarter.q - 1); k < i - (now.quarter.q - 1) + 4; k++) {
      const x = this.results(k);
      revenue += x.revenue;
      eps += x.eps;
    }
    const r = this.rng.fork(`guidance-${i}`);
    const width = 0.04 - 0.008 * now.quarter.q;
    return {
      fiscalYear: fy,
      revenueLow: revenue * (1 - width) * r.float(0.99, 1.01),
      revenueHigh: revenue * (1 + width) * r.float(0.99, 1.01),
      epsLow: Math.round(eps * (1 - width) * 100) / 100,
      epsHigh: Math.round(eps * (1 + width) * 100) / 100,
      capex: revenue * r.float(0.03, 0.045),
      taxRate: r.float(20, 25),
    };
  }
}
