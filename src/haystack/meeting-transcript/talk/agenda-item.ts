// One agenda item of a board, committee or review meeting: a presentation, tables of figures, then questions on the topic's own points.
import type { Rng } from '../../../util/rng.js';
import type { Vars } from '../../data.js';
import { dateOf, MONTHS } from '../model/calendar.js';
import type { Person } from '../model/organization.js';
import { figureTable, presentTable, tableRounds } from './figures.js';
import type { MeetingContext } from './meeting-context.js';
import type { Session } from './session.js';
import { sideThread } from './side-talk.js';
import { addressed, backchannel, isCommon, joined, speak } from './speech.js';
import { followUpOf, topicVars, type Topic, type TopicExchange } from './topic.js';
import { lowerFirst, upperFirst } from './words.js';

/** Who is in the room while an item is discussed. */
export interface ItemRoom {
  s: Session;
  chair: Person;
  presenter: Person;
  /** Who may ask questions (members, not the presenter). */
  askers: Person[];
  /** Other executives the presenter may defer to. */
  peers: Person[];
}

/** What an item leaves behind for its motion and action item. */
export interface ItemOutcome {
  vars: Vars;
  /** The topic as taken up today: the first visit's, or a persistent topic's follow-up (no motion, its own tasks). */
  view: Topic;
  /** True when this was a later visit to a persistent topic. */
  update: boolean;
  /** Members who said in the discussion that they support the recommendation or will not oppose it (they do not then vote no). */
  supporters: Person[];
}

/** Options of one item. */
export interface ItemOptions {
  /** Chair's introduction template (may use `<title>`, `<p>`, `<n>`). */
  intro: string;
  /** Question rounds. */
  rounds: number;
  /** Tables of figures in the presentation. */
  tables: number;
  /** How loose the talk is (0–1). */
  looseness?: number;
  /** The body in sentences (`board`, `committee`, `group`). @default group */
  body?: string;
  /** Tables this meeting has already shown (each measure once a meeting). */
  shownTables?: Set<string>;
  /** The chair presents the item: the introduction and the presentation are one turn, with no thanks to oneself. */
  selfIntro?: boolean;
  /** Share of the topic's further points the presentation covers (0–1). @default 0.5 */
  depth?: number;
}

// A point that refers back to something said just before it: an opening pronoun or demonstrative, or "those programs",
// "these laws", "such agreements" (not "such as", "those who", "these of").
const LEANS_BACK = /^\{?(?:It|Its|They|Their|Them|Both|This|That|These|Those|The same|Either|Neither|Such|The other|Then|After that|Instead)\b|\b(?:those|these|such) (?!as\b|who\b|that\b|which\b|where\b|with\b|of\b)[a-z]/;

// A sentence that reports a setback: something behind plan, late or slipped, over budget, regressed (a sentence that
// negates it, "no customer order was delayed", is no setback).
const SETBACK_WORDS = /\b(?:(?:is|are|was|were|running|fell|fallen|came in|started up|arrived|shipped|went live|finished) (?:behind|late)(?! the market| peers| our peers| competitors| the other)|behind (?:the )?(?:plan|schedule|target)|(?:weeks?|months?|quarter) late|slipped|slipping|delayed|overran|over budget|overrun|regressed|setback)\b/i;
const SETBACK = { test: (x: string) => x.split(/(?<=[.?!;])\s/).some((t) => SETBACK_WORDS.test(t) && !/\b(?:no|none|nothing|never|not|without)\b/i.test(t)) };

/** The variables a list of templates refers to. */
const varsIn = (templates: readonly string[]) => new Set(templates.flatMap((t) => [...t.matchAll(/<(\w+)>/g)].map((m) => m[1]!)));

/**
 * The further points a presentation makes: which of them, and in what order, varies (about `depth` of the list, at
 * least two), but a point that leans on the one written before it ("We propose to enter those programs", "Both have
 * been corrected") brings that one along and is said right after it, never before what it refers to is introduced.
 */
export function furtherPoints(rng: Rng, more: readonly string[], depth: number): string[] {
  const order = rng.shuffle(more.map((_, i) => i));
  const picked = new Set(order.slice(0, Math.max(2, Math.round(more.length * depth))));
  for (let i = more.length - 1; i > 0; i--) if (picked.has(i) && LEANS_BACK.test(more[i]!)) picked.add(i - 1);
  const out: number[] = [];
  const leans = (i: number) => i > 0 && picked.has(i) && picked.has(i - 1) && LEANS_BACK.test(more[i]!);
  for (const i of order) {
    // A leaning point is said with the chain it belongs to, from the point the chain starts at.
    if (!picked.has(i) || leans(i)) continue;
    out.push(i);
    for (let j = i + 1; leans(j); j++) out.push(j);
  }
  return out.map((i) => more[i]!);
}

/** The topic as it is taken up today: a persistent topic seen before reports through its follow-up. */
export function topicView(mc: MeetingContext, topic: Topic): { view: Topic; update: boolean } {
  const memory = topic.persist ? mc.series.topics.get(topic.id) : undefined;
  const f = followUpOf(topic, memory);
  if (!f) return { view: topic, update: false };
  return { view: { ...topic, title: f.title ?? topic.title, open: f.open, more: f.more, exchanges: f.exchanges, tasks: f.tasks, options: [], resolution: undefined, short: undefined, tables: undefined }, update: true };
}

// Long words too common to tell two alternatives apart.
const COMMON_LONG = new Set(['before', 'rather', 'instead', 'through', 'should', 'without', 'within', 'another', 'longer', 'larger', 'smaller', 'company', 'current']);

// Words of an alternative that, shared with the recommendation's opening, make it the recommendation itself.
const head = (phrase: string) => phrase.toLowerCase().split(' ').slice(0, 3).join(' ');

// The month a topic was last discussed: "September", or "September 2025" when that was most of a year ago or more
// (a review in September 2027 saying "since September" of a discussion two years back reads as this month).
function lastMonthOf(lastDay: number, today: number): string {
  const d = dateOf(lastDay);
  const month = MONTHS[d.getUTCMonth()]!;
  return today - lastDay > 300 ? `${month} ${d.getUTCFullYear()}` : month;
}

/** Presents and discusses one topic. */
export function agendaItem(mc: MeetingContext, room: ItemRoom, topic: Topic, opts: ItemOptions): ItemOutcome {
  const { rng } = mc;
  const { s, chair, presenter } = room;
  const loose = opts.looseness ?? 0.6;
  const peers = room.peers.filter((p) => p !== presenter);
  const memory = topic.persist ? mc.series.topics.get(topic.id) : undefined;
  const { view, update } = topicView(mc, topic);
  const frame = mc.layer({
    chairFirst: chair.first, p: presenter.first, peer: peers.length ? peers.map((p) => p.first) : [chair.first], body: opts.body ?? 'group', tab: String(rng.int(2, 14)),
    weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']), page: String(rng.int(3, 48)), page2: String(rng.int(49, 90)),
    ...(memory ? { lastMonth: lastMonthOf(memory.lastDay, mc.day), decided: memory.resolution ?? 'the plan' } : {}),
  });
  const base = topicVars(mc, topic, frame, memory);
  // The title opening a sentence after another ("Thank you, Ann. <Title> comes to you …") takes a capital.
  base.Title = upperFirst(String(base.title));
  const risks = rng.shuffle(view.risks);
  const rec = mc.fill(view.rec, base);
  // An alternative is never the recommendation itself ("expand the program" against "expand the program and …").
  const options = rng.shuffle(view.options.map((o) => mc.fill(o, base)).filter((o) => head(o) !== head(rec)));
  const mitigation = risks[0] ? mc.fill(risks[0][1], base) : 'we review it every month';
  // "rather than <option2>" takes the alternative without its own "instead of …" ("charge more for the tail").
  const v = mc.layer({ rec, option2: (options[0] ?? rec).replace(/,? instead of .*$/, ''), risk: risks[0] ? mc.fill(risks[0][0], base) : 'the timing', mitigation, Mitigation: upperFirst(mitigation) }, base);
  const say = (who: Person, sentences: string[], level: number) => s.say(who, speak(rng, sentences.filter((x) => x !== ''), level));
  const decision = view.resolution !== undefined;
  // Whether the body has taken the item up before: an opening or a remark that looks back ("You've seen this before")
  // is said only then.
  const seenBefore = update || (mc.series.visits.get(topic.id) ?? 0) > 0;
  // (A line that looks back on a first visit is dropped, not redrawn: the presenter goes straight to the topic.)
  const dealt = (list: string, looksBack: RegExp) => {
    const x = mc.one(list, v);
    return seenBefore || !looksBack.test(x) ? x : '';
  };

  const open = view.open.map((t) => mc.say(t, v));
  // The rest of the presentation: the topic's further points, a few per turn as the presenter moves through the pages.
  const points = furtherPoints(rng, view.more, opts.depth ?? 0.5);
  const more = points.map((t) => mc.say(t, v)).filter((x) => x !== '');
  // A question about a figure or a name that only a point left unsaid gives ("Is <site> really the worst?" when the
  // point naming the worst site was not made) is not asked.
  const told = varsIn([...view.open, ...points]);
  const untold = [...varsIn(view.more)].filter((x) => !told.has(x));
  const askable = (x: TopicExchange) => !x.q.some((q) => untold.some((n) => q.includes(`<${n}>`)));
  // Whether an update reports a setback (a workstream behind, a delivery slipped): the lines around it that sum the
  // matter up ("broadly on plan", "Good progress since the last time") must say the same.
  const setback = update && [...open, ...more].some((x) => SETBACK.test(x));
  // An update opens neutrally, or with a summary that fits what it reports (on plan, or one part behind).
  const tone = setback ? 'present_open_update_bad' : 'present_open_update_good';
  const opening = update ? mc.eitherList(tone, 'present_open_update') : decision ? 'present_open_decision' : 'present_open';
  // Side talk happens between items, while the next presenter gets ready, never in the middle of someone's question.
  if (rng.chance(0.15)) sideThread(mc, s, [chair, presenter, ...room.askers], v);
  if (opts.selfIntro) say(presenter, [mc.line(opts.intro, v), ...open], 0.3);
  else {
    say(chair, [mc.say(opts.intro, v)], 0.2);
    say(presenter, [dealt(opening, /seen this before|second time before|from last time|from the last meeting/), ...open], 0.3);
  }
  let figureShown = open.some((t) => /\d|\bpercent\b/.test(t));
  // "Is that dollars or units?", "Is that annual or quarterly?" only after an amount of money.
  let moneyShown = open.some((t) => /\$/.test(t));
  // "Which column am I looking at?" only once a table is on the screen.
  let tableShown = false;
  // What the presenter said last, for "Sorry, I missed that number?" to be answered with the number itself.
  let lastSaid = open.join(' ');
  for (let i = 0; i < opts.tables; i++) {
    const t = figureTable(mc, presenter.role, view.tables ?? [], opts.shownTables ?? new Set());
    if (!t) break;
    figureShown = true;
    moneyShown ||= t.unit === 'money';
    tableShown = true;
    const shown = presentTable(mc, t, v);
    lastSaid = shown.join(' ');
    say(presenter, shown, 0.3);
    if (rng.chance(0.5)) s.say(rng.pick(room.askers.length ? room.askers : [chair]), backchannel(rng));
    tableRounds(mc, s, t, v, presenter, room.askers, rng.int(1, 3));
  }
  if (rng.chance(0.3) && room.askers.length) {
    // Each interjection has its own answer at the same index ("Which page?" — "Page 12.").
    // A question about a figure ("Is that dollars or units?") only when the presenter has just given one.
    const list = mc.g.list('interject');
    const figures = [...lastSaid.matchAll(/(?<!page |pages |\d[-–])(?:\$\d[\d,.]*(?: (?:million|billion|thousand))?|\b\d[\d,.]*\d(?: percent| times| points?| out of (?:a hundred|100))?|\b\d(?: percent| times| points?)?)\b(?![-–:]\d)/g)].map((m) => m[0]);
    const lastFigure = figures[figures.length - 1] ?? '';
    const k = rng.pick(list.map((_, i) => i).filter((i) => (figureShown || !/figure|number|annual or|dollars|column|after tax|gross or net/.test(list[i]!)) && (moneyShown || !/annual or|dollars|after tax|gross or net/.test(list[i]!)) && (tableShown || !/column/.test(list[i]!)) && (lastFigure !== '' || !/repeat the last number|missed that number/.test(list[i]!))));
    // The answer speaks to whoever asked (never the presenter answering themself).
    const askers = room.askers.filter((a) => a !== presenter);
    const asker = askers.length ? rng.pick(askers) : undefined;
    const iv = mc.layer({ page: String(rng.int(3, 48)), page2: String(rng.int(49, 90)), askerFirst: asker?.first ?? '', lastFigure }, v);
    const q = asker ? mc.say(list[k]!, iv) : '';
    if (q && asker) {
      s.say(asker, q);
      s.say(presenter, mc.line(mc.g.list('interject_a')[k]!, iv));
    }
  }
  // A committee's recommendation to recommend something to the board is put without "our recommendation is to recommend".
  const recs = mc.g.list('present_rec').filter((t) => !/^recommend\b/.test(rec) || !/recommend/i.test(t));
  const close = [risks.length ? mc.one('present_risk', v) : '', decision ? mc.say(rng.pick(recs), v) : update ? mc.one('present_next', v) : ''];
  for (let i = 0; i < more.length || close.length; ) {
    const chunk = more.slice(i, (i += rng.int(2, 3)));
    const last = i >= more.length;
    const pv = mc.layer({ page: String(rng.int(3, 48)) }, v);
    say(presenter, [chunk.length && rng.chance(0.4) ? joined(mc.one('slide_turn', pv), chunk.shift()!).trim() : '', ...chunk, ...(last ? close.splice(0) : [])], 0.35);
    if (last) break;
    if (room.askers.length && rng.chance(0.3)) s.say(rng.pick(room.askers), backchannel(rng));
  }

  // What the room can ask about: the topic's own questions, then each further risk and (for a decision) each alternative once.
  type Unit = { kind: 'exchange'; x: TopicExchange } | { kind: 'risk'; risk: [string, string] } | { kind: 'option'; option: string };
  const units: Unit[] = [
    ...rng.shuffle(view.exchanges.filter(askable)).map((x): Unit => ({ kind: 'exchange', x })),
    ...rng.shuffle([...risks.slice(1).map((risk): Unit => ({ kind: 'risk', risk })), ...(decision ? options.slice(1) : []).map((option): Unit => ({ kind: 'option', option }))]),
  ];
  let lastAsker: Person | undefined;
  let last: { first: string; focus: string } | undefined;
  // Questions asked so far on this item: an alternative a member already asked about ("should we pay down part of the
  // loan instead?") is not asked again as an alternative.
  const askedQs: string[] = [];
  for (let r = 0; r < opts.rounds && room.askers.length && units.length; r++) {
    // The same member does not ask twice in a row (it would read as two turns of one speaker).
    const asker = rng.pick(room.askers.length > 1 ? room.askers.filter((p) => p !== lastAsker) : room.askers);
    lastAsker = asker;
    const u = units.shift()!;
    let q = '';
    let a: string[] = [];
    let focus = '';
    let lead = '';
    if (u.kind === 'exchange') {
      // A question asked before in the series comes back only now and then, with a lead-in ("I know we've covered this before, but").
      const qt = rng.pick(u.x.q);
      q = mc.say(qt, v) || (rng.chance(0.3) ? mc.ask(qt, v) : "");
      a = q ? [mc.answer(rng.pick(u.x.a), v)] : [];
      // A question on the topic's own points is no "point" to call back to.
      focus = '';
      if (q && u.x.f && u.x.fa && rng.chance(0.6)) {
        askedQs.push(q);
        s.say(asker, speak(rng, [q], loose + 0.2));
        say(presenter, a, loose);
        const fi = rng.int(0, u.x.f.length - 1);
        const f = mc.ask(u.x.f[fi]!, v);
        if (f) {
          s.say(asker, speak(rng, [f], loose + 0.2));
          say(presenter, [mc.answer(u.x.fa[Math.min(fi, u.x.fa.length - 1)]!, v)], loose);
        }
        last = { first: asker.first, focus };
        continue;
      }
    } else {
      // A callback to the last speaker's point (a risk or an alternative they raised) leads into a question on another.
      lead = last && last.focus && last.first !== asker.first && rng.chance(0.25) ? mc.one('callback', { prevFirst: last.first, prevFocus: last.focus }) : '';
      if (u.kind === 'risk') {
        const mit = mc.fill(u.risk[1], v);
        const rv = mc.layer({ risk: mc.fill(u.risk[0], v), mitigation: mit, Mitigation: upperFirst(mit) }, v);
        // Each kind of question about a risk has its own kind of answer.
        const qa = mc.exchange('q_risk', 'a_risk', rv);
        q = qa?.[0] ?? '';
        a = qa ? [qa[1]] : [];
        focus = rv.risk as string;
      } else {
        // Asked already in other words: its opening ("pay down part of the loan") or one of its longer words
        // ("Why not options?" before "hedge with options instead of forwards").
        const words = (u.option.replace(/,? instead of .*$/, '').toLowerCase().match(/[a-z]{6,}/g) ?? []).filter((w) => !COMMON_LONG.has(w));
        if (askedQs.some((x) => x.toLowerCase().includes(head(u.option)) || words.some((w) => new RegExp(`\\b${w}\\b`).test(x.toLowerCase())))) continue;
        const ov = mc.layer({ option2: u.option }, v);
        const qa = mc.exchange('q_option', 'a_option', ov);
        q = qa?.[0] ?? '';
        a = qa ? [qa[1]] : [];
        focus = `whether to ${u.option}`;
      }
    }
    if (!q) continue;
    askedQs.push(q);
    // A member sometimes frames the question first ("I read the paper twice, and one thing isn't clear to me.").
    const preface = !lead && rng.chance(0.2) ? mc.one('q_preface', v) : '';
    // People address each other by name now and then: the presenter in a question, the asker in an answer.
    const asked = lead ? `${lead} ${/^I\b/.test(q) ? q : lowerFirst(q)}` : !preface && rng.chance(0.2) ? addressed(rng, presenter.first, q) : q;
    // A preface that runs into the question ("Going back to the pre-read, could we …") leaves it no capital.
    const [w1, w2] = asked.split(' ');
    const runOn = preface.endsWith(',') && isCommon(w1!, w2) ? `${preface} ${asked.charAt(0).toLowerCase()}${asked.slice(1)}` : '';
    s.say(asker, speak(rng, runOn ? [runOn] : [preface, asked], loose + 0.2));
    if (rng.chance(0.06)) s.meta(rng.pick(['[crosstalk]', '[inaudible]']));
    say(presenter, a.length && rng.chance(0.25) ? [addressed(rng, asker.first, a[0]!), ...a.slice(1)] : a, loose);
    if (rng.chance(0.25)) s.say(asker, backchannel(rng));
    last = { first: asker.first, focus };
  }
  // On a decision, two members may disagree about the recommendation, and the first gives ground or holds out.
  const supporters: Person[] = [];
  if (decision && room.askers.length > 2 && rng.chance(0.4)) {
    const [a, b] = rng.sample(room.askers, 2) as [Person, Person];
    const list = mc.g.list('debate_open');
    const k = rng.int(0, list.length - 1);
    const dv = mc.layer({ aFirst: a.first, bFirst: b.first }, v);
    const first = mc.say(list[k]!, dv);
    if (first) {
      say(a, [first], loose + 0.1);
      say(b, [mc.line(mc.g.list('debate_reply')[k]!, dv)], loose + 0.1);
      say(a, [mc.line('@debate_close', dv)], loose);
      supporters.push(a, b);
      if (rng.chance(0.5)) say(presenter, [mc.line('@debate_presenter', dv)], loose);
      lastAsker = a;
    }
  }
  // Before the chair moves on, a member may say where they stand (a decision) or ask for something next time.
  if (room.askers.length > 1 && rng.chance(decision ? 0.45 : 0.25)) {
    const who = rng.pick(room.askers.filter((p) => p !== lastAsker));
    // A remark that looks back ("Good progress since the last time we saw this") only where the board has seen the item before.
    // Praise for progress only on an update that reported no setback.
    const list = decision ? 'remark_decision' : update && !setback && rng.chance(0.3) ? 'remark_progress' : 'remark';
    const remark = dealt(list, /last time|the last one|seen a version of this before|a year ago|since the last|this time|the last meeting/);
    if (remark) say(who, [remark], loose);
    if (remark && decision) supporters.push(who);
  }
  return { vars: v, view, update, supporters };
}
