// Tables of figures a presenter walks through (a measure by segment, site or team, this quarter against a year ago), read from the ledgers.
import type { Vars } from '../../data.js';
import { MEETING_FACTS } from '../model/facts.js';
import type { Person } from '../model/organization.js';
import type { MeetingContext } from './meeting-context.js';
import type { Session } from './session.js';
import { backchannel, speak } from './speech.js';
import { change, counted, money, numberWord, percent, plural, pointChange, upperFirst } from './words.js';

type Unit = 'money' | 'pct' | 'count';

interface Row {
  name: string;
  now: number;
  prior: number;
}

/** A measure over a few rows, this period against the same period a year earlier. */
export interface FigureTable {
  /** e.g. `on-time delivery`. */
  measure: string;
  /** Which causes explain its moves: `revenue`, `delivery`, `scrap`, `overtime`, `safety`, `headcount`, `incidents`, `units`. */
  cause: string;
  unit: Unit;
  /** Noun of a count's unit, for agreement ("one injury", "12 injuries"). */
  noun?: string;
  /** `segment`, `site`, `team`. */
  dim: string;
  period: string;
  rows: Row[];
  /** Whether rows add up to a meaningful total. */
  additive: boolean;
  /** The book page the presenter gives for the table, so questions about it cite the same page. */
  page?: string;
}

// Which way a measure improves: forecasts keep a good move and recover a bad one. Headcount has no good direction.
const BETTER: Record<string, 1 | -1 | 0> = { revenue: 1, delivery: 1, units: 1, scrap: -1, overtime: -1, safety: -1, incidents: -1, headcount: 0 };

/** Formats a value of the table's unit. */
function fmt(t: FigureTable, v: number): string {
  if (t.unit === 'money') return money(v);
  if (t.unit === 'pct') return percent(v);
  if (!t.noun) return Math.round(v).toLocaleString('en-US');
  return Math.round(v) === 0 ? `zero ${plural(t.noun)}` : counted(v, t.noun, Math.round(v) > 10);
}

/** "up 8.4 percent", "down 1.2 points", "up 3": the move, spoken in the table's unit. */
function move(t: FigureTable, r: Row): string {
  if (t.unit === 'pct') return pointChange(r.now, r.prior);
  if (t.unit === 'count' && Math.max(r.now, r.prior) < 50) {
    const d = Math.round(r.now) - Math.round(r.prior);
    return d === 0 ? 'flat' : `${d > 0 ? 'up' : 'down'} ${numberWord(Math.abs(d))}`;
  }
  return change(r.now, r.prior);
}

/**
 * A table of one of the measures `allowed` (see `Topic.tables`) that the presenter's role reports and that this
 * meeting has not shown yet (`used`), built from the ledgers for the quarter the cycle reports.
 */
export function figureTable(mc: MeetingContext, role: string, allowed: readonly string[], used: Set<string>): FigureTable | undefined {
  const { rng, world, org } = mc;
  const k = mc.meeting.cycle;
  const cur = world.book.results(k);
  const old = world.book.results(k - 4);
  const q = cur.quarter;
  const period = `the ${['first', 'second', 'third', 'fourth'][q.q - 1]} quarter`;
  const months = (i: number) => {
    const e = world.calendar.quarter(i).end;
    const d = new Date(e * 86_400_000);
    const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    return [m - 2, m] as const;
  };
  const [from, to] = months(k);
  const [pfrom, pto] = months(k - 4);
  const sites = world.sites.sites;
  const bySite = (f: (p: ReturnType<typeof world.sites.period>) => number, only?: 'plant') =>
    rng.sample(sites.filter((s) => !only || s.kind === only), rng.int(3, 5)).map((s) => ({ name: s.city, now: f(world.sites.period(s, from, to)), prior: f(world.sites.period(s, pfrom, pto)) }));
  const segs = org.segments.map((s, i) => ({ name: s.name, i }));
  const options: Array<[string, () => FigureTable]> = [];
  const offer = (key: string, roles: string[], make: () => FigureTable) => {
    if (roles.includes(role) && allowed.includes(key) && !used.has(key)) options.push([key, make]);
  };
  offer('revenue', ['cfo', 'ceo', 'sales'], () => ({ measure: 'revenue', cause: 'revenue', unit: 'money', dim: 'segment', period, additive: true, rows: segs.map(({ name, i }) => ({ name, now: cur.segmentRevenue[i]!, prior: old.segmentRevenue[i]! })) }));
  if (mc.states(MEETING_FACTS.segmentMargins)) offer('margin', ['cfo'], () => ({ measure: 'operating margin', cause: 'revenue', unit: 'pct', dim: 'segment', period, additive: false, rows: segs.map(({ name, i }) => ({ name, now: cur.segmentMargin[i]!, prior: old.segmentMargin[i]! })) }));
  offer('delivery', ['coo', 'supply-chain'], () => ({ measure: 'on-time delivery', cause: 'delivery', unit: 'pct', dim: 'site', period, additive: false, rows: bySite((p) => p.onTime) }));
  offer('scrap', ['coo', 'supply-chain'], () => ({ measure: 'scrap as a share of material cost', cause: 'scrap', unit: 'pct', dim: 'plant', period, additive: false, rows: bySite((p) => p.scrap, 'plant') }));
  offer('overtime', ['coo', 'chro'], () => ({ measure: 'overtime', cause: 'overtime', unit: 'count', noun: 'hour', dim: 'site', period, additive: true, rows: bySite((p) => p.overtimeHours) }));
  offer('units', ['coo'], () => ({ measure: 'units shipped', cause: 'units', unit: 'count', dim: 'plant', period, additive: true, rows: bySite((p) => p.units, 'plant') }));
  if (mc.states(MEETING_FACTS.injuries)) offer('safety', ['coo', 'ehs'], () => ({ measure: 'recordable injuries', cause: 'safety', unit: 'count', noun: 'recordable injury', dim: 'site', period, additive: true, rows: bySite((p) => p.recordables) }));
  offer('headcount', ['chro'], () => ({ measure: 'headcount', cause: 'headcount', unit: 'count', noun: 'person', dim: 'site', period, additive: true, rows: bySite((p) => p.months[p.months.length - 1]!.headcount) }));
  offer('incidents', ['cto'], () => {
    const now = world.incidents.cycle(k - 1);
    const then = world.incidents.cycle(k - 5);
    const rows = org.teams.map((t, i) => ({ name: `the ${t.name} team`, now: now.filter((x) => x.team === i).length, prior: then.filter((x) => x.team === i).length }));
    return { measure: 'production incidents', cause: 'incidents', unit: 'count', noun: 'incident', dim: 'team', period: 'the last quarter', additive: true, rows };
  });
  if (!options.length) return undefined;
  const [key, make] = rng.pick(options);
  used.add(key);
  return make();
}

/** Variables of one row, for the sentences that quote it and the questions and answers about it. */
function rowVars(mc: MeetingContext, t: FigureTable, r: Row, v: Vars): Vars {
  const { rng } = mc;
  // A forecast recovers part of a move for the worse and keeps a move for the better (a little more of it, never a
  // target worse than today's figure), never past the physical limit of a percentage.
  const better = BETTER[t.cause] ?? 0;
  const improved = better !== 0 && Math.sign(r.now - r.prior) === better;
  // A measure with no better direction (headcount) holds about where it is: hiring for a new line is not undone by March.
  const raw = better === 0 ? r.now + (r.now - r.prior) * rng.float(-0.2, 0.2) : improved ? r.now + (r.now - r.prior) * rng.float(0.05, 0.25) : r.now + (r.prior - r.now) * rng.float(0.3, 0.8);
  const target = Math.max(0, t.unit === 'pct' ? Math.min(99.5, raw) : raw);
  return mc.layer({
    row: r.name, Row: upperFirst(r.name), now: fmt(t, r.now), prior: fmt(t, r.prior), move: move(t, r), forecast: fmt(t, t.unit === 'count' ? Math.round(target) : target),
    measure: t.measure, Measure: upperFirst(t.measure), dim: t.dim, period: t.period, fmonth: mc.fill('<laterMonth>'),
    outsider: mc.outsiders.person(rng), line: String(rng.int(1, 9)), pastDate: mc.shortDate(-rng.int(10, 80)), share: rng.pick(['a third', 'half', 'two-thirds', 'a quarter', 'most']),
  }, v);
}

/** The presenter's walk through the table: an intro, a sentence per row, and the total where rows add up. */
export function presentTable(mc: MeetingContext, t: FigureTable, v: Vars): string[] {
  t.page ??= String(mc.rng.int(4, 40));
  const tv = mc.layer({ measure: t.measure, dim: t.dim, period: t.period, page: t.page }, v);
  const out = [mc.must('fig_intro', tv)];
  const swing = (r: Row) => Math.abs(r.now - r.prior) / Math.max(1e-9, t.unit === 'pct' ? 10 : Math.abs(r.prior));
  const top = t.rows.reduce((a, r) => (swing(r) > swing(a) ? r : a));
  for (const r of t.rows) out.push(mc.must(r === top && swing(r) > 0.06 ? 'fig_top' : 'fig_row', rowVars(mc, t, r, tv)));
  if (t.additive && t.rows.length > 1) {
    const sum = (k: 'now' | 'prior') => t.rows.reduce((a, r) => a + (t.unit === 'count' ? Math.round(r[k]) : r[k]), 0);
    out.push(mc.must('fig_total', mc.layer({ total: fmt(t, sum('now')), priorTotal: fmt(t, sum('prior')) }, tv)));
  }
  return out;
}

/**
 * The list of causes for a row: those that explain a rise (`cause_<cause>_up`) or a fall (`_down`), as the row moved,
 * or now and then one that explains either (`cause_<cause>`), in proportion to the lists' sizes; a small move gets the latter.
 */
function causeList(mc: MeetingContext, t: FigureTable, r: Row, small: boolean, flat: boolean): string {
  const any = `cause_${t.cause}`;
  // A row that did not move is explained by why it held, never by what moved it ("Foreign exchange was part of it" of $554.1 million against $553.4 million).
  if (flat && mc.g.has(`${any}_flat`)) return `${any}_flat`;
  // A row that barely moved ("Was Birmingham about flat for a reason?") is explained by what moves it either way.
  if (small && mc.g.has(any)) return any;
  const dir = `${any}_${r.now >= r.prior ? 'up' : 'down'}`;
  if (!mc.g.has(dir)) return any;
  if (!mc.g.has(any)) return dir;
  return mc.eitherList(any, dir);
}

/** Members press on rows of the table; each answer gives a cause that fits the measure, and a forecast. */
export function tableRounds(mc: MeetingContext, s: Session, t: FigureTable, v: Vars, presenter: Person, askers: Person[], rounds: number): void {
  const { rng } = mc;
  const rows = rng.shuffle(t.rows);
  for (let k = 0; k < rounds && k < rows.length && askers.length; k++) {
    const asker = rng.pick(askers);
    const row = rows[k]!;
    const rv = rowVars(mc, t, row, t.page ? mc.layer({ page: t.page }, v) : v);
    // Only a real move is called a swing; a row that barely moved gets a plainer question.
    const rel = t.unit === 'pct' ? Math.abs(row.now - row.prior) / 10 : Math.abs(row.now - row.prior) / Math.max(1e-9, Math.abs(row.prior));
    // A row that held (a tenth of a point, a percent, or the same count as said) is asked about as steady.
    const flat = t.unit === 'count' && Math.max(row.now, row.prior) < 50 ? Math.round(row.now) === Math.round(row.prior) : rel <= 0.01;
    const q = mc.one(flat ? 'fig_q_flat' : rel > 0.05 ? 'fig_q' : 'fig_q_small', rv);
    if (!q) continue;
    s.say(asker, speak(rng, [q], 0.7));
    s.say(presenter, speak(rng, [mc.must(causeList(mc, t, row, rel <= 0.05, flat), rv), mc.one('fig_fore', rv)], 0.5));
    if (rng.chance(0.4)) {
      // Each follow-up has its own answer at the same index ("Is that in the plan?" — "It is; the plan has …").
      const fqs = mc.g.list(`fq_${t.cause}`);
      const j = rng.int(0, fqs.length - 1);
      const fq = mc.say(fqs[j]!, rv);
      if (fq) {
        s.say(asker, speak(rng, [fq], 0.7));
        s.say(presenter, speak(rng, [mc.line(mc.g.list(`fa_${t.cause}`)[j]!, rv)], 0.5));
      }
    }
    if (rng.chance(0.3)) s.say(asker, backchannel(rng));
  }
}
