// A staff presentation's table of figures (a measure by segment, site or product, now against before) and the director questions on its rows.
import type { Vars } from '../data.js';
import { MONTHS, type MeetingContext } from './context.js';
import { moneyText } from './entities.js';
import type { Speaker } from './organization.js';
import type { Session } from './session.js';
import { backchannel, speak } from './speech.js';

type Unit = 'money' | 'pct' | 'count' | 'days';
/** A measure a presenter reports: name, unit, and the range of one row's value (millions for money). */
type Measure = [string, Unit, number, number];

const MEASURES: Record<string, Measure[]> = {
  cfo: [['revenue', 'money', 40, 420], ['operating expense', 'money', 8, 90], ['capital spending', 'money', 2, 48], ['days sales outstanding', 'days', 31, 74]],
  coo: [['on-time delivery', 'pct', 78, 98], ['scrap cost', 'money', 0.4, 6], ['units shipped', 'count', 2000, 60000], ['overtime hours', 'count', 3000, 42000]],
  ceo: [['bookings', 'money', 30, 380], ['qualified pipeline', 'money', 60, 900], ['win rate', 'pct', 18, 46]],
  cto: [['cloud and hosting spend', 'money', 0.3, 7], ['severity-one incidents', 'count', 2, 40], ['open critical vulnerabilities', 'count', 5, 160]],
  chro: [['headcount', 'count', 180, 4200], ['voluntary attrition', 'pct', 4, 21], ['open requisitions', 'count', 8, 240]],
  gc: [['outside counsel spend', 'money', 0.2, 4.5], ['open matters', 'count', 3, 60]],
  auditChair: [['open audit findings', 'count', 2, 35], ['remediation spend', 'money', 0.2, 3.8]],
  govChair: [['search and advisory fees', 'money', 0.1, 1.6], ['director education hours', 'count', 12, 90]],
};
const DIMS: Array<[string, string]> = [['segment', 'segment'], ['site', 'city'], ['product line', 'product']];

interface Row { name: string; now: number; prior: number }

/** One table: a measure over a few rows, with the period it is compared against. */
export interface FigureTable { measure: string; unit: Unit; dim: string; period: string; rows: Row[] }

function fmt(unit: Unit, v: number): string {
  if (unit === 'money') return moneyText(v);
  if (unit === 'pct') return `${v.toFixed(1)} percent`;
  if (unit === 'days') return `${Math.round(v)} days`;
  return Math.round(v).toLocaleString('en-US');
}

/** "up 8.4 percent", "down 2.1 points", "up 37": the change from prior to now, spoken. */
function move(unit: Unit, now: number, prior: number): string {
  const diff = unit === 'count' || unit === 'days' ? Math.round(now) - Math.round(prior) : now - prior;
  const dir = diff >= 0 ? 'up' : 'down';
  if (unit === 'pct') return Math.abs(diff) < 0.05 ? 'flat' : `${dir} ${Math.abs(diff).toFixed(1)} points`;
  if (unit === 'days') return diff === 0 ? 'flat' : `${dir} ${Math.abs(diff)} ${Math.abs(diff) === 1 ? 'day' : 'days'}`;
  const rel = (Math.abs(diff) / Math.max(1e-9, Math.abs(prior))) * 100;
  return rel < 0.05 ? 'flat' : `${dir} ${rel.toFixed(1)} percent`;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Draws a table for a presenter's role from the company's segments, sites and products. */
export function figureTable(mc: MeetingContext, role: string): FigureTable {
  const { rng } = mc;
  const [measure, unit, lo, hi] = rng.pick(MEASURES[role] ?? MEASURES.cfo!);
  const [dim, key] = rng.pick(DIMS);
  const names = [...new Set(mc.vars[key] as string[])];
  const rows = rng.sample(names, Math.min(names.length, rng.int(3, 5))).map((name) => {
    const now = rng.float(lo, hi);
    const prior = Math.max(unit === 'count' ? 1 : lo * 0.5, now * (1 + rng.float(-0.22, 0.22)));
    return { name, now, prior: unit === 'pct' ? Math.min(99.5, prior) : prior };
  });
  const d = mc.date();
  const period = rng.pick(['a year ago', 'last quarter', `in ${MONTHS[(d.getUTCMonth() + 10) % 12]}`, 'in the plan', `at the end of ${d.getUTCFullYear() - 1}`]);
  return { measure, unit, dim, period, rows };
}

function rowVars(mc: MeetingContext, t: FigureTable, r: Row): Vars {
  const { rng, ent } = mc;
  const target = r.prior + (r.now - r.prior) * rng.float(0.2, 0.6);
  const d = mc.date();
  return {
    row: r.name, Row: upperFirst(r.name), now: fmt(t.unit, r.now), Now: upperFirst(fmt(t.unit, r.now)), prior: fmt(t.unit, r.prior), move: move(t.unit, r.now, r.prior),
    move2: `${rng.float(2, 14).toFixed(1)} points`, share: rng.pick(['a third', 'half', 'two-thirds', 'a quarter', '60 percent', '40 percent']),
    smallMoney: ent.money(0.15, 4), forecast: fmt(t.unit, target), fmonth: MONTHS[(d.getUTCMonth() + rng.int(2, 7)) % 12]!,
    vendor: ent.vendor(), vendor2: ent.vendor(), person: ent.person(), city2: ent.place(), pastDate: mc.shortDate(-rng.int(10, 120)),
  };
}

/** The presenter's walk through the table: an intro, a sentence per row, and the total where one adds up. */
export function presentTable(mc: MeetingContext, t: FigureTable, v: Vars): string[] {
  const tv = mc.layer({ measure: t.measure, dim: t.dim, period: t.period }, v);
  const out = [mc.one('fig_intro', tv)];
  // Only the row that moved most is called the outlier.
  const swing = (r: Row) => Math.abs(r.now - r.prior) / Math.max(1e-9, t.unit === 'pct' ? 10 : r.prior);
  const top = t.rows.reduce((a, r) => (swing(r) > swing(a) ? r : a));
  for (const r of t.rows) out.push(mc.one(r === top && swing(r) > 0.06 ? 'fig_top' : 'fig_row', mc.layer(rowVars(mc, t, r), tv)));
  if (t.unit === 'money' || t.unit === 'count') {
    const sum = (k: 'now' | 'prior') => t.rows.reduce((a, r) => a + (t.unit === 'count' ? Math.round(r[k]) : r[k]), 0);
    out.push(mc.one('fig_total', mc.layer({ total: fmt(t.unit, sum('now')), priorTotal: fmt(t.unit, sum('prior')) }, tv)));
  }
  return out.filter((x) => x !== '');
}

/** Directors press on rows of the table; each answer names the cause and a forecast for that row, and a follow-up stays on it. */
export function tableRounds(mc: MeetingContext, s: Session, t: FigureTable, v: Vars, presenter: Speaker, askers: Speaker[], rounds: number): void {
  const { rng } = mc;
  const say = (who: Speaker, sentences: string[], level: number) => s.say(who, speak(rng, sentences, level));
  const rows = rng.shuffle(t.rows);
  for (let k = 0; k < rounds && k < rows.length && askers.length; k++) {
    const d = rng.pick(askers);
    const rv = mc.layer({ ...rowVars(mc, t, rows[k]!), measure: t.measure, dim: t.dim, period: t.period }, v);
    const q = mc.one('fig_q', rv);
    if (!q) continue;
    say(d, [q], 0.7);
    say(presenter, [mc.one('fig_a', rv), mc.one('fig_fore', rv)], 0.5);
    if (rng.chance(0.6)) {
      // Each follow-up has its own answer at the same index ("Is that in the budget?" — "Yes; the budget has …").
      const j = rng.int(0, mc.g.list('fig_fq').length - 1);
      const fq = mc.say(mc.g.list('fig_fq')[j]!, rv);
      if (!fq) continue;
      say(d, [fq], 0.7);
      say(presenter, [mc.line(mc.g.list('fig_fa')[j]!, rv)], 0.5);
    }
    if (rng.chance(0.35)) s.say(d, backchannel(rng));
  }
}
