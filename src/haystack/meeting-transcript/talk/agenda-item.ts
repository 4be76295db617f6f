// One agenda item of a board, committee or review meeting: a presentation, tables of figures, then questions on the topic's own points.
import type { Vars } from '../../data.js';
import type { Person } from '../model/organization.js';
import { figureTable, presentTable, tableRounds } from './figures.js';
import type { MeetingContext } from './meeting-context.js';
import type { Session } from './session.js';
import { sideThread } from './side-talk.js';
import { backchannel, speak } from './speech.js';
import { topicVars, type Topic, type TopicExchange } from './topic.js';
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
}

/** Presents and discusses one topic. */
export function agendaItem(mc: MeetingContext, room: ItemRoom, topic: Topic, opts: ItemOptions): ItemOutcome {
  const { rng } = mc;
  const { s, chair, presenter } = room;
  const loose = opts.looseness ?? 0.6;
  const peers = room.peers.filter((p) => p !== presenter);
  const base = topicVars(mc, topic, mc.layer({ chairFirst: chair.first, p: presenter.first, peer: peers.length ? peers.map((p) => p.first) : [chair.first], body: opts.body ?? 'group', tab: String(rng.int(2, 14)), weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']), page: String(rng.int(3, 48)), page2: String(rng.int(49, 90)) }));
  const risks = rng.shuffle(topic.risks);
  const options = rng.shuffle(topic.options.map((o) => mc.fill(o, base)));
  const rec = mc.fill(topic.rec, base);
  const mitigation = risks[0] ? mc.fill(risks[0][1], base) : 'we review it every month';
  const v = mc.layer({ rec, option2: options[0] ?? rec, risk: risks[0] ? mc.fill(risks[0][0], base) : 'the timing', mitigation, Mitigation: upperFirst(mitigation) }, base);
  const say = (who: Person, sentences: string[], level: number) => s.say(who, speak(rng, sentences.filter((x) => x !== ''), level));

  const open = topic.open.map((t) => mc.say(t, v));
  if (opts.selfIntro) say(presenter, [mc.line(opts.intro, v), ...open], 0.3);
  else {
    say(chair, [mc.say(opts.intro, v)], 0.2);
    say(presenter, [mc.one('present_open', v), ...open], 0.3);
  }
  for (let i = 0; i < opts.tables; i++) {
    const t = figureTable(mc, presenter.role, topic.tables ?? [], opts.shownTables ?? new Set());
    if (!t) break;
    say(presenter, presentTable(mc, t, v), 0.3);
    if (rng.chance(0.5)) s.say(rng.pick(room.askers.length ? room.askers : [chair]), backchannel(rng));
    tableRounds(mc, s, t, v, presenter, room.askers, rng.int(1, 3));
  }
  if (rng.chance(0.3) && room.askers.length) {
    // Each interjection has its own answer at the same index ("Which page?" — "Page 12.").
    const list = mc.g.list('interject');
    const k = rng.int(0, list.length - 1);
    const iv = mc.layer({ page: String(rng.int(3, 48)), page2: String(rng.int(49, 90)) }, v);
    const q = mc.say(list[k]!, iv);
    if (q) {
      s.say(rng.pick(room.askers), q);
      s.say(presenter, mc.line(mc.g.list('interject_a')[k]!, iv));
    }
  }
  const moreLines = rng.shuffle(topic.more);
  const more = moreLines.splice(0, rng.int(2, 3)).map((t) => mc.say(t, v));
  // An answer often goes on: a point of the topic not yet made, or a general word on follow-through.
  const elaborate = (): string[] => (rng.chance(0.3) && moreLines.length ? [mc.say(moreLines.shift()!, v)] : rng.chance(0.2) ? [mc.one('a_more', v)] : []);
  say(presenter, [...more, mc.one('present_risk', v), mc.one('present_rec', v)], 0.35);

  // What the room can ask about: the topic's own questions, then each further risk and each alternative once.
  type Unit = { kind: 'exchange'; x: TopicExchange } | { kind: 'risk'; risk: [string, string] } | { kind: 'option'; option: string };
  const units: Unit[] = [
    ...rng.shuffle(topic.exchanges).map((x): Unit => ({ kind: 'exchange', x })),
    ...rng.shuffle([...risks.slice(1).map((risk): Unit => ({ kind: 'risk', risk })), ...options.slice(1).map((option): Unit => ({ kind: 'option', option }))]),
  ];
  let lastAsker: Person | undefined;
  let last: { first: string; focus: string } | undefined;
  let comments = 0;
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
      q = mc.ask(rng.pick(u.x.q), v);
      a = q ? [mc.answer(rng.pick(u.x.a), v), ...elaborate()] : [];
      focus = lowerFirst(mc.fill(topic.title, v));
      if (q && u.x.f && u.x.fa && rng.chance(0.4)) {
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
      // A callback to the last speaker's point only leads into a question on a risk or an alternative.
      lead = last && last.first !== asker.first && rng.chance(0.25) ? mc.one('callback', { prevFirst: last.first, prevFocus: last.focus }) : '';
      if (u.kind === 'risk') {
        const mit = mc.fill(u.risk[1], v);
        const rv = mc.layer({ risk: mc.fill(u.risk[0], v), mitigation: mit, Mitigation: upperFirst(mit) }, v);
        q = mc.one('q_risk', rv);
        a = q ? [mc.must('a_risk', rv), ...elaborate()] : [];
        focus = rv.risk as string;
      } else {
        const ov = mc.layer({ option2: u.option }, v);
        q = mc.one('q_option', ov);
        a = q ? [mc.must('a_option', ov), ...elaborate()] : [];
        focus = `whether to ${u.option}`;
      }
    }
    if (!q) continue;
    const comment = comments < 2 && rng.chance(0.15) ? mc.one('comment', v) : '';
    if (comment) comments++;
    s.say(asker, speak(rng, [lead ? `${lead} ${/^I\b/.test(q) ? q : lowerFirst(q)}` : q, comment], loose + 0.2));
    if (rng.chance(0.1)) s.meta(rng.pick(['[crosstalk]', '[inaudible]']));
    say(presenter, [...a, ...(rng.chance(0.15) ? [mc.one('aside', v)] : [])], loose);
    if (rng.chance(0.25)) s.say(asker, backchannel(rng));
    if (rng.chance(0.05)) sideThread(mc, s, [asker, presenter, ...room.askers], v);
    last = { first: asker.first, focus };
  }
  return { vars: v };
}
