// The ledger as words: a quarter's figures as the vars a phrase reads, growth said as 增长/下降 and its size.
import type { Vars } from '../../../data.js';
import type { Quarter } from '../model/ledger.js';
import type { Talk } from './talk.js';
import { pct, quarterName, yuan } from '../model/numbers.js';
import { supplierOf } from '../model/organization.js';

/** "2027年第三季度" / "2027年度" for a Q4 reported with the year. */
export function periodName(q: Quarter, annual = false): string {
  return annual && q.q === 4 ? `${q.year}年度` : `${q.year}年${quarterName(q.q)}`;
}

/** Growth as a signed phrase pair: 增长 12.4% / 下降 3.2%. */
export function change(v: number): { word: string; abs: string; signed: string } {
  const word = v >= 0 ? '增长' : '下降';
  return { word, abs: pct(Math.abs(v)), signed: `${word}${pct(Math.abs(v))}` };
}

/** The vars of a quarter, with one segment's figures under seg_*. */
export function quarterVars(q: Quarter, segIndex: number): Vars {
  const s = q.segments[segIndex]!;
  const g = change(q.growth);
  const n = change(q.netGrowth);
  const sg = change(s.growth);
  return {
    period: periodName(q),
    rev: yuan(q.revenue),
    growth: g.signed,
    growth_word: g.word,
    growth_abs: g.abs,
    np: yuan(q.netProfit),
    np_word: n.word,
    np_abs: n.abs,
    margin: pct(q.margin),
    seg: s.name,
    seg_rev: yuan(s.revenue),
    seg_word: sg.word,
    seg_abs: sg.abs,
    seg_margin: pct(s.margin),
    cash: yuan(q.operatingCash),
    ar: yuan(q.receivables),
    inv: yuan(q.inventory),
    rd: yuan(q.rd),
    rd_pct: pct((q.rd / q.revenue) * 100),
    backlog: yuan(q.backlog),
  };
}

/** One segment, one of its products and customers, one base and one material, fixed for a question and its answer. */
export function pinned(t: Talk): Vars {
  const c = t.world.company;
  const q = t.world.ledger.quarter(t.meeting.k);
  const i = t.rng.int(0, c.segments.length - 1);
  const seg = c.segments[i]!;
  const product = t.rng.pick(seg.products);
  const customer = t.rng.pick(seg.customers);
  const base = t.rng.pick(c.bases);
  const material = t.rng.pick(c.materials);
  const rival = t.rng.pick(c.rivals);
  return { ...quarterVars(q, i), product, customer, base, material, rival, supplier: supplierOf(c, material) };
}
