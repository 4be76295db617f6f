// One site's turn in the monthly operations review: its month from the site ledger, what happened there (from the
// site-event catalog, carried to next month's follow-up), and questions only about what the manager said.
import { loadHaystackData, type Vars } from '../../data.js';
import type { Person, Site } from '../model/organization.js';
import type { SiteMonth } from '../model/site-ledger.js';
import type { MeetingContext } from './meeting-context.js';
import type { Session } from './session.js';
import { backchannel, speak } from './speech.js';
import { drawVar } from './topic.js';
import { counted, percent, pointChange } from './words.js';
import type { SiteEvent, SiteHappening } from './series-state.js';

export type { SiteEvent, SiteHappening } from './series-state.js';

let catalog: SiteEvent[] | undefined;
const events = (): SiteEvent[] => (catalog ??= loadHaystackData<SiteEvent[]>('meeting-transcript/site-events.json'));

/**
 * Draws one or two events for a site's month, never the same kind twice in a row at one site, nor one another site
 * already told in the same review (two managers with the same returns spike, in the same words, read as a template).
 */
function happenings(mc: MeetingContext, site: Site, month: number, before: SiteHappening[]): SiteHappening[] {
  const { rng } = mc;
  const told = new Set([...mc.series.siteEvents.values()].flat().filter((h) => h.month === month).map((h) => h.event.id));
  const pool = events().filter((e) => e.kinds.includes(site.kind) && !before.some((b) => b.event.id === e.id) && !told.has(e.id));
  return rng.sample(pool, rng.int(1, 2)).map((event) => {
    const numbers = new Map<string, number>();
    const vars: Record<string, string> = {};
    for (const [name, spec] of Object.entries(event.vars)) {
      const d = drawVar(mc, spec, numbers, vars, undefined, name);
      vars[name] = d.text;
      if (d.value !== undefined) numbers.set(name, d.value);
    }
    return { event, vars, month };
  });
}

/** Which figures moved enough for someone to ask about them. */
function notable(site: Site, m: SiteMonth, prior: SiteMonth): string[] {
  const out: string[] = [];
  if (m.onTime < prior.onTime - 1.5) out.push('delivery');
  if (m.overtimeHours / Math.max(1, m.hoursWorked) > 0.11) out.push('overtime');
  if (m.units < prior.units * 0.93) out.push('output');
  if (site.kind === 'plant' && m.scrap > prior.scrap + 0.4) out.push('scrap');
  return out;
}

/** Who is in the review while a site reports. */
export interface SiteRoom {
  s: Session;
  chair: Person;
  /** Who may ask the site questions. */
  askers: Person[];
}

/**
 * A site's report and questions; returns the action item assigned, if any. The site's events are kept in the series
 * so the next review hears how they ended.
 */
export function siteReport(mc: MeetingContext, room: SiteRoom, site: Site, month: number, m: SiteMonth, prior: SiteMonth, base: Vars): string | undefined {
  const { rng } = mc;
  const { s } = room;
  const mgr = site.manager!;
  const last = (mc.series.siteEvents.get(site.city) ?? []).filter((h) => h.month === month - 1);
  const now = happenings(mc, site, month, last);
  mc.series.siteEvents.set(site.city, now);
  const v = mc.layer({
    city: site.city, f: mgr.first, siteName: site.kind === 'plant' ? `the ${site.city} plant` : `the ${site.city} distribution center`,
    units: m.units.toLocaleString('en-US'), unitsPrior: prior.units.toLocaleString('en-US'), unitsMove: m.units >= prior.units ? 'up' : 'down',
    onTime: percent(m.onTime), onTimeMove: pointChange(m.onTime, prior.onTime), scrap: percent(m.scrap), scrapMove: pointChange(m.scrap, prior.scrap),
    overtime: counted(m.overtimeHours, 'hour', true), headcount: counted(m.headcount, 'person', true),
    shift: rng.pick(['first', 'second', 'third', 'weekend']), weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']),
  }, base);
  const said = now.map((h) => ({ h, vars: mc.layer(h.vars, v) }));
  const lines = [
    mc.must(site.kind === 'plant' ? 'site_plant_output' : 'site_dc_output', v), mc.must('site_delivery', v),
    ...(site.kind === 'plant' ? [mc.one('site_scrap', v)] : []), mc.one('site_overtime', v),
  ];
  const news = said.map(({ h, vars }) => mc.say(rng.pick(h.event.say), vars)).filter((x) => x !== '');
  const closed = last.filter((h) => h.event.after).map((h) => mc.say(rng.pick(h.event.after!), mc.layer(h.vars, v))).filter((x) => x !== '');
  say(mc, s, mgr, [...lines, ...closed], 0.6);
  if (news.length) say(mc, s, mgr, news, 0.6);

  // Questions: a figure that moved (its cause is this month's event when the event moved it), then the events themselves.
  const figures = notable(site, m, prior);
  const asks: Array<() => [string, string] | undefined> = [];
  let asked: string | undefined;
  for (const fig of rng.sample(figures, Math.min(1, figures.length))) {
    asks.push(() => {
      const q = mc.say(`@site_fq_${fig}`, v);
      if (!q) return undefined;
      asked = fig;
      const cause = said.find(({ h }) => h.event.affects?.includes(fig));
      // A distribution center has no lines to take down: its answers have their own list where the plant's would not fit.
      const fa = site.kind !== 'plant' && mc.g.has(`site_fa_${fig}_dc`) ? `site_fa_${fig}_dc` : `site_fa_${fig}`;
      // Answers are dealt from the list's deck, so two sites in one review never give the same cause in the same words.
      return [q, cause ? mc.line('@site_fa_event', mc.layer({ because: mc.fill(cause.h.event.because!, cause.vars) }, v)) : mc.one(fa, v) || mc.line(`@${fa}`, v)];
    });
  }
  for (const { h, vars } of said) {
    const qa = rng.pick(h.event.qa);
    asks.push(() => {
      const q = mc.say(rng.pick(qa.q), vars);
      return q ? [q, mc.line(rng.pick(qa.a), vars)] : undefined;
    });
  }
  if (rng.chance(0.3)) asks.push(() => mc.pair('site_q', 'site_a', v));
  for (const ask of rng.sample(asks, rng.int(1, Math.min(3, asks.length)))) {
    const qa = ask();
    if (!qa) continue;
    const who = rng.pick(room.askers);
    say(mc, s, who, [qa[0]], 0.7);
    say(mc, s, mgr, [qa[1]], 0.6);
    if (rng.chance(0.3)) s.say(who, backchannel(rng));
  }
  // An action item: the follow-up of an event, or a recovery plan for a figure someone asked about.
  if (!rng.chance(0.3)) return undefined;
  const withTask = said.find(({ h }) => h.event.task);
  const task = withTask ? mc.fill(withTask.h.event.task!, withTask.vars) : asked ? mc.fill(`@site_task_${asked}`, v) : undefined;
  return task ? `${mgr.name} will ${task}` : undefined;
}

function say(mc: MeetingContext, s: Session, who: Person, sentences: string[], level: number): void {
  s.say(who, speak(mc.rng, sentences.filter((x) => x !== ''), level));
}
