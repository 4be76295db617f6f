// The figures a 決算説明会 adds to the ledger's sales, profit and orders, drawn once per world so every briefing of a
// series says the same ones: the dollar's average rate each quarter, the profit's sensitivity to it, the order backlog
// (last backlog + the quarter's orders − its sales) and the year-on-year operating-profit bridge, whose parts add up
// to the change of the profits the CFO states (億円 as spoken).
import type { Rng } from '../../../../util/rng.js';
import type { JaMeetingWorld } from '../model/world.js';
import { worldRng } from '../model/world.js';

/** One part of the operating-profit bridge: what moved profit, by how much (億円; negative lowers profit). */
export interface BridgePart {
  key: 'volume' | 'fx' | 'fixed' | 'cost';
  oku: number;
}

export class IrFigures {
  private readonly rng: Rng;
  /** 億円 of annual operating profit a one-yen weaker yen against the dollar adds. */
  readonly fxSensitivity: number;
  /** Share of a sales change that reaches operating profit (限界利益率): the margin and the variable costs' share above it. */
  private readonly contribution: number;
  /** Yearly growth of fixed costs (wages, depreciation), as a share of last year's sales. */
  private readonly fixedGrowth: number;
  private readonly rates = new Map<number, number>();
  private readonly backlogs = new Map<number, number>();

  constructor(private readonly world: JaMeetingWorld) {
    this.rng = worldRng(world.seed).fork('ja-ir-figures');
    // Quarter 0 is a fourth quarter: its cumulative figures are the year before the series.
    const year = this.world.book.cumulative(0);
    // Roughly a third of sales abroad in dollars, a third of that margin reaching profit: 2–9億円 a yen.
    this.fxSensitivity = Math.max(2, Math.min(9, Math.round(((year.sales / 100) * this.rng.float(0.25, 0.45) * this.rng.float(0.25, 0.4)) / 145)));
    this.contribution = year.op / year.sales + this.rng.float(0.06, 0.12);
    this.fixedGrowth = this.rng.float(0.004, 0.009);
  }

  /** The dollar's average rate over quarter `k` (円; 128–158, moving a few yen a quarter). */
  rate(k: number): number {
    const hit = this.rates.get(k);
    if (hit !== undefined) return hit;
    const r = this.rng.fork(`rate-${k}`);
    // A walk that drifts back toward the middle of the range, so the rate does not stick at a bound.
    const v = k <= -8 ? r.int(136, 150) : Math.min(158, Math.max(128, Math.round(this.rate(k - 1) + (143 - this.rate(k - 1)) * 0.15 + r.float(-4.5, 4.5))));
    this.rates.set(k, v);
    return v;
  }

  /** The rate a briefing at quarter `k` assumes for the months ahead: a round figure a little on the strong-yen side. */
  assumedRate(k: number): number {
    return Math.floor((this.rate(k) - 1) / 5) * 5;
  }

  /** Average rate over the quarters of the fiscal year up to quarter `k` (期中平均). */
  averageRate(k: number): number {
    const q = this.world.book.results(k).q;
    const parts = Array.from({ length: q }, (_, i) => this.rate(k - q + 1 + i));
    return Math.round(parts.reduce((a, b) => a + b, 0) / q);
  }

  /** Order backlog at the end of quarter `k` (百万円): last quarter's backlog plus the quarter's orders less its sales. */
  backlog(k: number): number {
    const hit = this.backlogs.get(k);
    if (hit !== undefined) return hit;
    const r = this.world.book.results(k);
    const v = k <= -8 ? Math.round((r.sales * this.rng.fork('backlog').float(1.6, 2.8)) / 100) * 100 : this.backlog(k - 1) + r.orders - r.sales;
    this.backlogs.set(k, v);
    return v;
  }

  /** Months of sales the backlog at the end of quarter `k` stands for (one decimal). */
  backlogMonths(k: number): string {
    return ((this.backlog(k) / this.world.book.results(k).sales) * 3).toFixed(1);
  }

  /**
   * The year-on-year bridge of the cumulative operating profit to quarter `k`, in 億円 as the CFO states profits
   * (truncated): volume (the sales change times the contribution margin), FX (sensitivity × the average rate's move,
   * for the months elapsed), fixed costs (their growth on last year's sales) and cost and other (the rest), so that
   * the parts add up to the change of the stated profits exactly.
   */
  bridge(k: number): { total: number; parts: BridgePart[] } {
    const book = this.world.book;
    const q = book.results(k).q;
    const now = book.cumulative(k);
    const before = book.cumulative(k - 4);
    const total = Math.floor(now.op / 100) - Math.floor(before.op / 100);
    const volume = Math.round(((now.sales - before.sales) / 100) * this.contribution);
    const fx = Math.round((this.fxSensitivity * (this.averageRate(k) - this.averageRate(k - 4)) * q) / 4);
    const fixed = -Math.max(1, Math.round((before.sales / 100) * this.fixedGrowth));
    const cost = total - volume - fx - fixed;
    return { total, parts: [{ key: 'volume', oku: volume }, { key: 'fx', oku: fx }, { key: 'fixed', oku: fixed }, { key: 'cost', oku: cost }] };
  }
}

const cache = new WeakMap<JaMeetingWorld, IrFigures>();

/** The world's briefing figures (one instance per world). */
export function irFigures(world: JaMeetingWorld): IrFigures {
  let f = cache.get(world);
  if (!f) cache.set(world, (f = new IrFigures(world)));
  return f;
}
