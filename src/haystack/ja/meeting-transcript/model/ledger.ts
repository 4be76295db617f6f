// The seeded ledgers the meetings read from: the company's quarterly results by segment (百万円) and the city's
// budget by fiscal year, so a figure reads the same in every meeting that says it.
import type { Rng } from '../../../../util/rng.js';
import type { JaCompany } from './people.js';

/** One segment's quarter, in 百万円 (multiples of 10). */
export interface SegmentQuarter {
  name: string;
  short: string;
  sales: number;
  op: number;
}

/** A fiscal quarter's results. `fiscalYear` is the year the fiscal year starts (April); q is 1–4. */
export interface QuarterResults {
  index: number;
  fiscalYear: number;
  q: number;
  segments: SegmentQuarter[];
  sales: number;
  op: number;
  /** Orders received in the quarter (百万円). */
  orders: number;
}

/** Growth of a segment year on year is kept within ±12%, so no printed year-on-year change reaches 15%. */
const MAX_GROWTH = 0.12;

/**
 * The company's quarters, indexed from the one the first earnings briefing reports (0 = the fourth quarter of the
 * fiscal year that closed in March of the series' first year); each quarter grows from the same quarter a year earlier.
 */
export class CompanyLedger {
  private readonly quarters = new Map<number, QuarterResults>();
  private readonly base: Array<{ sales: number; margin: number }>;
  private readonly season: number[];

  constructor(private readonly company: JaCompany, private readonly year: number, private readonly rng: Rng) {
    this.base = company.segments.map(() => ({ sales: rng.int(600, 3200) * 10, margin: rng.float(0.035, 0.13) }));
    this.season = [rng.float(0.9, 0.98), rng.float(0.97, 1.03), rng.float(0.98, 1.04), rng.float(1.03, 1.12)];
  }

  /** Quarter `k` (negative: history before the series). */
  results(k: number): QuarterResults {
    const hit = this.quarters.get(k);
    if (hit) return hit;
    const total = (this.year - 1) * 4 + 3 + k;
    const fiscalYear = Math.floor(total / 4);
    const q = (total % 4) + 1;
    const r = this.rng.fork(`quarter-${k}`);
    const segments = this.company.segments.map((s, i) => {
      let sales: number;
      let margin: number;
      if (k < -3) {
        sales = this.base[i]!.sales * this.season[q - 1]!;
        margin = this.base[i]!.margin;
      } else {
        const prev = this.results(k - 4).segments[i]!;
        sales = prev.sales * (1 + r.float(-0.07, MAX_GROWTH));
        margin = Math.min(0.14, Math.max(0.03, prev.op / prev.sales + r.float(-0.012, 0.012)));
      }
      const salesRounded = Math.round(sales / 10) * 10;
      return { name: s.name, short: s.short, sales: salesRounded, op: Math.max(10, Math.round((salesRounded * margin) / 10) * 10) };
    });
    const sales = segments.reduce((a, s) => a + s.sales, 0);
    const op = segments.reduce((a, s) => a + s.op, 0);
    const orders = Math.round((sales * r.float(0.92, 1.09)) / 10) * 10;
    const out = { index: k, fiscalYear, q, segments, sales, op, orders };
    this.quarters.set(k, out);
    return out;
  }

  /** The four quarters of the fiscal year that quarter `k` belongs to, summed up to quarter k (累計). */
  cumulative(k: number): { sales: number; op: number; segments: SegmentQuarter[] } {
    const q = this.results(k).q;
    const parts = Array.from({ length: q }, (_, i) => this.results(k - q + 1 + i));
    return {
      sales: parts.reduce((a, p) => a + p.sales, 0),
      op: parts.reduce((a, p) => a + p.op, 0),
      segments: parts[0]!.segments.map((s, i) => ({ ...s, sales: parts.reduce((a, p) => a + p.segments[i]!.sales, 0), op: parts.reduce((a, p) => a + p.segments[i]!.op, 0) })),
    };
  }

  /** The full-year forecast for the fiscal year after the one quarter `k` (a fourth quarter) closes (百万円). */
  forecast(k: number): { sales: number; op: number } {
    const year = this.cumulative(k);
    const r = this.rng.fork(`forecast-${k}`);
    return { sales: Math.round((year.sales * r.float(1.01, 1.08)) / 100) * 100, op: Math.round((year.op * r.float(1.0, 1.1)) / 100) * 100 };
  }

  /**
   * Annual dividend per share stated for a fiscal year (円; 20–40, never the range a needle draws from). It moves the way
   * a company's dividend does, by at most a few yen a year from the series' first year (no forecast falling from 36円 to
   * 20円 without a word).
   */
  dividend(fiscalYear: number): number {
    let d = this.rng.fork('dividend-base').int(24, 32);
    const [from, to] = fiscalYear >= this.year ? [this.year, fiscalYear] : [fiscalYear, this.year];
    for (let y = from + 1; y <= to; y++) {
      const step = this.rng.fork(`dividend-${y}`).pick([0, 0, 2, 2, 4, -2]);
      d = Math.min(40, Math.max(20, d + (fiscalYear >= this.year ? step : -step)));
    }
    return d;
  }
}

/** One item of the city's budget (億円 × 10, i.e. in units of 1,000万円). */
export interface BudgetItem {
  name: string;
  area: string;
  amount: number;
}

/** The city's budget for a fiscal year: the general account and its main items. */
export interface CityBudget {
  fiscalYear: number;
  /** General account total (億円 × 10). */
  total: number;
  /** Year-on-year change of the total (億円 × 10). */
  change: number;
  items: BudgetItem[];
}

/** The city's budgets, one per fiscal year (April to March) from the one under way when the series starts. */
export class CityLedger {
  private readonly years = new Map<number, CityBudget>();
  private readonly total0: number;

  constructor(private readonly catalog: Array<{ name: string; area: string; lo: number; hi: number }>, private readonly year: number, private readonly rng: Rng) {
    this.total0 = rng.int(420, 1650) * 10 + rng.int(1, 9);
  }

  /** The budget of fiscal year `fy` (the year it starts in). */
  budget(fy: number): CityBudget {
    const hit = this.years.get(fy);
    if (hit) return hit;
    const r = this.rng.fork(`fy-${fy}`);
    const prev = fy <= this.year ? this.total0 : this.budget(fy - 1).total;
    const total = fy <= this.year ? this.total0 : Math.round(prev * r.float(0.97, 1.05));
    const items = r.sample(this.catalog, 9).map((c) => ({ name: c.name, area: c.area, amount: r.int(c.lo * 10, c.hi * 10) }));
    const out = { fiscalYear: fy, total, change: total - (fy <= this.year ? Math.round(total / r.float(0.98, 1.04)) : prev), items };
    this.years.set(fy, out);
    return out;
  }
}
