// The company's quarterly results: one ledger every meeting quotes, so a figure reads the same wherever it is said.
import type { Rng } from '../../../../util/rng.js';
import { endsInZero } from './numbers.js';
import type { Company } from './organization.js';

/** One segment's quarter. Amounts in 万元; rates in percent, already on the even tenths the generator prints. */
export interface SegmentQuarter {
  name: string;
  revenue: number;
  /** Year-over-year growth of revenue (%). */
  growth: number;
  /** Gross margin (%). */
  margin: number;
}

/** One fiscal quarter of the company. */
export interface Quarter {
  /** Index in the series (0: the quarter the first board meeting reports). */
  k: number;
  year: number;
  q: number;
  segments: SegmentQuarter[];
  revenue: number;
  growth: number;
  margin: number;
  /** 归属于上市公司股东的净利润. */
  netProfit: number;
  netGrowth: number;
  /** 研发投入. */
  rd: number;
  /** 经营活动产生的现金流量净额. */
  operatingCash: number;
  /** 应收账款余额 at quarter end. */
  receivables: number;
  /** 存货 at quarter end. */
  inventory: number;
  /** 在手订单. */
  backlog: number;
}

const evenTenth = (r: Rng, lo: number, hi: number): number => Math.round(r.float(lo, hi) * 5) / 5;

/** An amount nudged so it never prints a zero second decimal in 亿元. */
function printable(wan: number): number {
  let v = Math.round(wan);
  while (endsInZero(v)) v += 137;
  return v;
}

/** Quarterly results of a company, derived lazily and deterministically (quarter k depends on k − 4 only through its rng). */
export class Ledger {
  private readonly memo = new Map<number, Quarter>();
  private readonly base: number[];

  constructor(private readonly company: Company, private readonly rng: Rng, readonly firstYear: number, readonly firstQ: number) {
    // Each segment's revenue in the quarter a year before the first one, in 万元 (tens of 亿 a year across segments).
    this.base = company.segments.map((_, i) => rng.fork(`base-${i}`).int(28_000, 160_000));
  }

  /** The quarter of index k (k ≥ −4). */
  quarter(k: number): Quarter {
    const hit = this.memo.get(k);
    if (hit) return hit;
    const r = this.rng.fork(`q-${k}`);
    const qi = this.firstQ - 1 + k;
    const year = this.firstYear + Math.floor(qi / 4);
    const q = (((qi % 4) + 4) % 4) + 1;
    const prev = k >= 0 ? this.quarter(k - 4) : undefined;
    const seasonal = [0.86, 1.02, 1.04, 1.12][q - 1]!;
    const segments = this.company.segments.map((s, i): SegmentQuarter => {
      const drawn = evenTenth(r, -12, 38);
      const before = prev ? prev.segments[i]!.revenue : this.base[i]! * seasonal * r.float(0.95, 1.05);
      const revenue = printable(prev ? before * (1 + drawn / 100) : before);
      const margin = evenTenth(r, 14 + i * 4, 30 + i * 6);
      return { name: s.name, revenue, growth: prev ? Math.round((revenue / before - 1) * 500) / 5 : drawn, margin };
    });
    let revenue = segments.reduce((a, s) => a + s.revenue, 0);
    while (endsInZero(revenue)) {
      segments[0]!.revenue = printable(segments[0]!.revenue + 211);
      revenue = segments.reduce((a, s) => a + s.revenue, 0);
    }
    const gross = segments.reduce((a, s) => a + (s.revenue * s.margin) / 100, 0);
    const netProfit = printable(revenue * r.float(0.06, 0.15));
    const prevRevenue = prev?.revenue ?? revenue / (1 + r.float(0.02, 0.25));
    const prevNet = prev?.netProfit ?? netProfit / (1 + r.float(-0.1, 0.35));
    const quarter: Quarter = {
      k, year, q, segments, revenue,
      growth: Math.round((revenue / prevRevenue - 1) * 500) / 5,
      margin: Math.round((gross / revenue) * 500) / 5,
      netProfit,
      netGrowth: Math.round((netProfit / prevNet - 1) * 500) / 5,
      rd: printable(revenue * r.float(0.045, 0.09)),
      operatingCash: printable(netProfit * r.float(0.4, 1.6)),
      receivables: printable(revenue * r.float(0.7, 1.3)),
      inventory: printable(revenue * r.float(0.4, 0.8)),
      backlog: printable(revenue * r.float(1.1, 2.4)),
    };
    this.memo.set(k, quarter);
    return quarter;
  }
}
