// One agenda item of a board or committee meeting: a prepared presentation, then questions each answered on its own point.
import type { Rng } from '../../util/rng.js';
import type { Vars } from '../data.js';
import { MONTHS, type MeetingContext } from './context.js';
import type { Speaker } from './organization.js';
import type { Session } from './session.js';
import { figureTable, presentTable, tableRounds } from './board-figures.js';
import { backchannel, speak } from './speech.js';

/** A board topic (haystacks/meeting-transcript/board-topics.json). */
export interface BoardTopic {
  title: string;
  presenter: string;
  subj: string[];
  metric: string[];
  risk: string[];
  option: string[];
  detail: string[];
  resolution: string;
  /** How the chair names the motion again in the vote call ("settle the <caseName> matter"); defaults to the resolution without its qualifier. */
  short?: string;
  task: string[];
}

/** Who is in the room while an item is discussed. */
export interface ItemRoom {
  s: Session;
  chair: Speaker;
  present: Speaker[];
  presenter: Speaker;
  /** First names of other executives the presenter may defer to. */
  peers: string[];
}

/** What an item leaves behind: the filled topic strings the meeting uses for its action item and motion. */
export interface ItemOutcome {
  vars: Vars;
  rec: string;
}

const CASE_SUFFIX = ['Industries', 'Holdings', 'Logistics', 'Group', 'Partners'];

/** Values pinned for one item, so a figure reads the same every time it is mentioned. */
export function itemVars(mc: MeetingContext): Vars {
  const { rng, ent } = mc;
  const c = mc.org.company;
  const d = mc.date();
  const month = (k: number) => MONTHS[(d.getUTCMonth() + k) % 12]!;
  const ind = rng.pick(c.industry.nameWords);
  const dateDays = rng.int(10, 160);
  return {
    m1: ent.money(120, 1800), m1b: ent.money(120, 1800), m2: ent.money(15, 300), m2b: ent.money(15, 300), m3: ent.money(0.6, 14), m3b: ent.money(0.6, 14), m4: ent.money(0.08, 0.95),
    p1: ent.pct(3, 38, 1), p2: ent.pct(2, 19), p3: ent.pct(41, 98), p3b: ent.pct(11, 24), p4: ent.pct(0.5, 6.5, 1), p4b: ent.pct(0.5, 6.5, 1),
    n1: ent.count(1200, 95000), n1b: ent.count(1200, 95000), n2: String(rng.int(6, 60)), n2b: String(rng.int(60, 900)), n3: String(rng.int(3, 19)), n3b: String(rng.int(3, 19)),
    yr: String(rng.int(2, 9)), x: rng.float(6, 14).toFixed(1), bps: String(rng.int(2, 30) * 10), dps: `$0.${rng.int(18, 95)}`, lev: rng.float(1.2, 3.4).toFixed(1),
    price: `$${rng.float(18, 240).toFixed(2)}`, rent: `$${rng.int(24, 71)}`, allow: `$${rng.int(20, 95)}`, pctile: `${rng.int(25, 75)}th`,
    month: month(rng.int(1, 5)), date: mc.shortDate(dateDays), dateDays, pastDate: mc.shortDate(-rng.int(5, 40)), yearOut: d.getUTCFullYear() + rng.int(2, 6), oldYear: d.getUTCFullYear() - rng.int(8, 30),
    vendor: ent.vendor(), vendor2: ent.vendor(), firm: ent.firm(), person: ent.person(), competitor: ent.competitor(ind), competitor2: ent.competitor(ind),
    caseName: `${ent.last()} v. ${c.short}${rng.chance(0.3) ? ` ${rng.pick(CASE_SUFFIX)}` : ''}`, state: ent.place(true), project: `Project ${rng.pick(CODENAMES)}`, target: `${ent.vendor()}`,
    rawMat: rng.pick(c.industry.rawMaterials), city: rng.pick(mc.vars.city as string[]), city2: ent.place(), market: rng.pick(mc.vars.market as string[]), customer: rng.pick(mc.vars.customer as string[]),
    product: rng.pick(mc.vars.product as string[]), segment: rng.pick(mc.vars.segment as string[]), page: String(rng.int(3, 48)), page2: String(rng.int(49, 90)), tab: String(rng.int(2, 14)),
    weekday: ent.weekday(), nYears: String(rng.int(3, 15)),
  };
}

const CODENAMES = ['Aurora', 'Bluestem', 'Cobalt', 'Driftwood', 'Ember', 'Foxglove', 'Granite', 'Heron', 'Ironwood', 'Juniper', 'Kestrel', 'Lantern', 'Meridian', 'Nightjar', 'Osprey', 'Pinnacle', 'Quartz', 'Redwing', 'Sierra', 'Tamarack', 'Umber', 'Vantage', 'Willow', 'Yellowfin', 'Alder', 'Basalt', 'Cinder', 'Delta Run', 'Halyard', 'Keel', 'Larkspur', 'Mistral', 'Northstar', 'Outrigger', 'Palisade', 'Saltmarsh', 'Thimble', 'Wayfarer'];

/** A fresh random order of a list, dealt one at a time and reshuffled when empty. */
function dealer<T>(rng: Rng, items: readonly T[]): () => T {
  let deck: T[] = [];
  return () => {
    if (deck.length === 0) deck = rng.shuffle(items);
    return deck.pop()!;
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Presents and discusses one topic; returns what the motion and action item refer to. */
export function agendaItem(mc: MeetingContext, room: ItemRoom, topic: BoardTopic, intro: string, rounds: number, tables = 0): ItemOutcome {
  const { rng } = mc;
  const { s, chair, presenter } = room;
  const base = mc.layer(itemVars(mc));
  const fill = (t: string) => mc.g.fill(rng, t, base);
  const title = fill(topic.title);
  const [rec, ...alts] = rng.shuffle(topic.option).map(fill);
  const metrics = rng.shuffle(topic.metric).map(fill);
  // Details without figures would repeat word for word across meetings: the memory drops those already said.
  const details = rng.shuffle(topic.detail).map((t) => ({ text: mc.say(t, base), proper: t.startsWith('<') })).filter((d) => d.text !== '');
  const subj = dealer(rng, topic.subj.map(fill));
  const risk = dealer(rng, topic.risk.map(fill));
  const alt = dealer(rng, alts);
  const detail = () => details.shift();
  const others = room.present.filter((p) => p !== presenter && p !== chair);
  const v = mc.layer({ title, rec, chairFirst: chair.first, firstPeer: room.peers, peer: room.peers }, base);
  const withDetail = (d: { text: string; proper: boolean }) => ({ detail: d.text, detailLower: d.proper ? d.text : lowerFirst(d.text) });
  const say = (who: Speaker, sentences: string[], level: number) => s.say(who, speak(rng, sentences, level));

  say(chair, [mc.say(intro, mc.layer({ title, p: presenter.first }, base))], 0.2);
  const firstHalf = metrics.splice(0, Math.min(3, metrics.length - 1));
  const d0 = detail();
  say(presenter, [mc.one('present_open', v), ...firstHalf.map((m) => mc.one('present_metric', mc.layer({ metric: m }, v))), ...(d0 ? [d0.text] : [])], 0.3);
  const figs = Array.from({ length: tables }, () => figureTable(mc, topic.presenter));
  for (const t of figs) say(presenter, presentTable(mc, t, v), 0.3);
  if (rng.chance(0.3)) {
    // Each interjection has its own answer at the same index ("Which page?" — "Page 12.").
    const asker = rng.pick(others.length ? others : [chair]);
    // A question already asked word for word in the series is skipped, and its answer with it.
    const k = rng.int(0, mc.g.list('interject').length - 1);
    const q = mc.say(mc.g.list('interject')[k]!, v);
    if (q) {
      s.say(asker, q);
      s.say(presenter, mc.line(mc.g.list('interject_a')[k]!, v));
    }
  } else if (rng.chance(0.4)) s.say(rng.pick(room.present), backchannel(rng));
  const r0 = risk();
  say(presenter, [...metrics.splice(0, 2).map((m) => mc.one('present_metric', mc.layer({ metric: m }, v))), mc.one('present_risk', mc.layer({ risk: r0 }, v)), mc.one('present_rec', mc.layer({ option2: alt() }, v)), ...(rng.chance(0.3) ? [mc.one('aside', v)] : [])], 0.35);

  for (const t of figs) tableRounds(mc, s, t, v, presenter, others, rng.int(2, 5));
  let last: { first: string; focus: string } | undefined;
  let lastAsker: Speaker | undefined;
  for (let r = 0; r < rounds && others.length; r++) {
    // The same director does not ask twice in a row (it would read as two turns of one speaker).
    const d = rng.pick(others.length > 1 ? others.filter((p) => p !== lastAsker) : others);
    lastAsker = d;
    // Nobody is told that a matter sits with themselves.
    const peers = room.peers.filter((p) => p !== d.first);
    const focus = rng.weighted(['risk', 'option', 'subj', 'metric'], [3, 3, 3, metrics.length ? 2 : 0]);
    const ev = mc.layer({ risk: risk(), option2: alt(), subj: subj(), subj2: subj(), ...(peers.length ? { firstPeer: peers, peer: peers } : {}) }, v);
    const dd = focus === 'subj' || focus === 'metric' ? detail() : undefined;
    if (focus === 'subj' && !dd) continue;
    if (dd) Object.assign(ev, withDetail(dd));
    if (focus === 'metric') {
      const m = metrics.shift() ?? fill(rng.pick(topic.metric));
      Object.assign(ev, { metric: m, metricCap: upperFirst(m) });
      if (!dd) Object.assign(ev, { detailLower: `${m}.` });
    }
    const focusText = focus === 'risk' ? (ev.risk as string) : focus === 'option' ? `whether to ${ev.option2 as string}` : (ev.subj as string);
    // A callback the memory dropped as said before leaves no lead (and no stray space before the question).
    const lead = last && last.first !== d.first && rng.chance(0.3) ? mc.one('callback', { prevFirst: last.first, prevFocus: last.focus }) : '';
    const q = speak(rng, [mc.one(`q_${focus}`, ev), ...(rng.chance(0.3) ? [mc.one('comment', mc.layer({ risk: risk(), subj: subj() }, ev))] : [])], 0.8);
    // A question the memory dropped as asked before leaves nothing to answer: no round.
    if (!q) continue;
    s.say(d, lead ? `${lead} ${/^I\b/.test(q) ? q : lowerFirst(q)}` : q);
    if (rng.chance(0.15)) s.meta(rng.pick(['[crosstalk]', '[Laughter]', '[inaudible]']));
    const extra = focus !== 'subj' && rng.chance(0.5) ? detail() : undefined;
    // Answers that quote a detail are already unique; the memory would drop the detail as said.
    const answer = dd ? mc.fixed(rng.pick(mc.g.list(`a_${focus}`)), ev) : mc.one(`a_${focus}`, ev);
    say(presenter, [answer, ...(extra ? [extra.text] : []), ...(rng.chance(0.25) ? [mc.one('aside', ev)] : [])], 0.6);
    if (rng.chance(0.3)) s.say(d, backchannel(rng));
    else if (rng.chance(0.25)) say(d, [mc.one('comment', ev)], 0.8);
    last = { first: d.first, focus: focusText };
  }
  return { vars: mc.layer({ subjShort: subj(), riskShort: risk() }, base), rec };
}
