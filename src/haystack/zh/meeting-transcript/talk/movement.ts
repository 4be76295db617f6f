// The ledger's quarter-on-quarter movements and the company's projects as words, for the board and the results call.
import type { Vars } from '../../../data.js';
import type { Quarter } from '../model/ledger.js';
import { pct, quarterName, yuan } from '../model/numbers.js';
import { lastFinished, projectsUnderWay, subsidiaries } from '../model/projects.js';
import type { ZhMeetingWorld } from '../model/world.js';

/** "提高1.2个百分点" / "下降0.4个百分点" / "基本持平" between two margins held on even tenths. */
function points(now: number, before: number): string {
  const d = Math.round((now - before) * 5) / 5;
  if (Math.abs(d) < 0.1) return '基本持平';
  const abs = Math.abs(d);
  return `${d > 0 ? '提高' : '下降'}${Number.isInteger(abs) ? abs : abs.toFixed(1)}个百分点`;
}

/** "增长8.4%" / "下降2.6%" for a quarter-on-quarter change, printed on even tenths. */
function rel(now: number, before: number): string {
  const v = (now / before - 1) * 100;
  return `${v >= 0 ? '增长' : '下降'}${pct(Math.abs(v))}`;
}

/** Quarter-on-quarter vars of quarter q against the one before, for segment `seg`. */
export function movementVars(q: Quarter, prev: Quarter, seg: number): Vars {
  const s = q.segments[seg]!;
  const ps = prev.segments[seg]!;
  return {
    prev_period: prev.q === 4 ? `${prev.year}年第四季度` : `${quarterName(prev.q)}`,
    prev_margin: pct(prev.margin),
    margin_move: points(q.margin, prev.margin),
    prev_seg_margin: pct(ps.margin),
    seg_margin_move: points(s.margin, ps.margin),
    rev_qoq: rel(q.revenue, prev.revenue),
    seg_qoq: rel(s.revenue, ps.revenue),
    prev_ar: yuan(prev.receivables),
    ar_qoq: rel(q.receivables, prev.receivables),
    prev_inv: yuan(prev.inventory),
    inv_qoq: rel(q.inventory, prev.inventory),
    prev_backlog: yuan(prev.backlog),
    backlog_qoq: rel(q.backlog, prev.backlog),
    prev_cash: yuan(prev.operatingCash),
    cash_word: q.operatingCash >= prev.operatingCash ? '好于' : '弱于',
    ar_days: String(Math.round((q.receivables / q.revenue) * 90)),
    inv_days: String(Math.round((q.inventory / (q.revenue * (1 - q.margin / 100))) * 90)),
  };
}

/** Vars naming a project under way (project, project_short, progress, spent, budget) and a finished one, when there are. */
export function projectVars(world: ZhMeetingWorld, k: number, pick: number): Vars {
  const c = world.company;
  const running = projectsUnderWay(c, world.seed, k);
  const out: Vars = {};
  const p = running.length ? running[pick % running.length] : undefined;
  if (p) {
    Object.assign(out, {
      project: p.project.name,
      project_short: p.project.short,
      project_base: p.project.base,
      project_product: p.project.product,
      progress: `${p.progress}%`,
      spent: yuan(p.spentWan),
      budget: `${p.project.budget}亿元`,
      left: String(Math.max(1, p.project.quarters - p.age)),
    });
  }
  const f = lastFinished(c, world.seed, k);
  if (f) Object.assign(out, { done_project: f.project.name, done_short: f.project.short, done_product: f.project.product });
  // A subsidiary abroad is spoken of as running from the quarter after the board set it up.
  const abroad = subsidiaries(c, world.seed, k).filter((s) => s.overseas && s.sinceK < k);
  if (abroad.length) Object.assign(out, { sub_abroad: abroad[abroad.length - 1]!.name, country: abroad[abroad.length - 1]!.place });
  return out;
}
