// 周例会 of an engineering team: the project manager opens and asks after last week's decisions, each engineer reports
// 本周进展 / 下周计划 / 风险 on the tickets they own (read from the team's board, so a ticket in testing last week is
// done or still in testing now) and answers a colleague's question, the tester and the product manager report, the
// manager covers production, the team takes up two or three topics, and the manager recaps the 待办 with owners.
import type { Vars } from '../../../data.js';
import type { FactKey } from '../../../place-context.js';
import { ZH_MEETING_FACTS } from '../model/facts.js';
import { dateOf, hms, weekday, zhDate } from '../model/numbers.js';
import type { Person } from '../model/organization.js';
import { Session } from '../talk/session.js';
import type { Talk } from '../talk/talk.js';
import { createTicket, currentTicket, newBoard, step, tidy, type Ticket, type TicketBoard } from '../talk/ticket-board.js';
import { fits, once, phrase, textOf, topicVariants, weeklyDetails, type WeeklyTopic } from './weekly-data.js';

/** The colleague a sentence speaks of, and the pronoun for them (她 of a woman). */
const peerVars = (p: Person): Vars => ({ peer: p.name, peer_ta: p.she ? '她' : '他' });

/**
 * Says a turn. A turn labelled by a name alone whose first sentence is short (大家到齐了吧？) reads, label and time
 * included, as one sentence: when that line was printed before in the series, the turn comes a few seconds later.
 */
function say(t: Talk, s: Session, who: Person, text: string, facts?: FactKey[]): void {
  const first = text.trim().split(/(?<=[。！？])/u)[0] ?? '';
  if (first && [...first].length < 10) {
    const line = (): string => `${s.label(who)} [${hms(s.seconds)}]: ${first}`;
    for (let i = 0; i < 6 && t.series.memory.has(line()); i++) s.pause(t.rng.int(1, 3));
    t.series.memory.add(line());
  }
  s.say(who, text, facts);
  // A one-word turn (嗯。) takes less than a second to say: a beat after it keeps the next turn off its second.
  if ([...text.trim()].length < 6) s.pause(1);
}


/** Numbers a detail sentence may quote, drawn anew for each sentence. */
function numbers(t: Talk): Vars {
  const { rng } = t;
  const ms = rng.int(8, 90) * 10;
  return { n: rng.int(3, 9), n2: rng.int(12, 96), big: rng.int(12, 480), ms, ms2: Math.max(20, Math.round((ms * rng.float(0.1, 0.5)) / 10) * 10) };
}

const WDAY = ['一', '二', '三', '四', '五'];

/** A weekly meeting of one team. */
export function weekly(t: Talk): Session {
  const { rng, world, meeting } = t;
  const c = world.company;
  const team = c.teams[meeting.team ?? 0]!;
  let board = t.series.boards.get(meeting.team ?? 0) as TicketBoard | undefined;
  if (!board) t.series.boards.set(meeting.team ?? 0, (board = newBoard(rng)));
  tidy(board);
  if (rng.chance(0.3)) board.minor++;
  const ver = `v${board.major}.${board.minor}.0`;
  const ver2 = `v${board.major}.${board.minor + 1}.0`;
  const away = rng.chance(0.3) ? rng.pick(team.engineers) : undefined;
  const engineers = team.engineers.filter((e) => e !== away);
  const present = [team.lead, team.product, team.qa, ...engineers];
  const title = `${team.system}项目周例会`;
  const s = new Session({ index: meeting.index, kind: 'weekly', title, day: meeting.day, chair: team.lead, byName: true }, rng, present, rng.int(3, 45));
  const hour = rng.pick([9, 10, 14, 16]);
  s.heading(`${title}（${team.name}，${weekOfYear(meeting.day)}）`);
  // Minutes name everyone now and then; mostly they say the whole team came, or who was away.
  const names = present.map((p) => p.name).join('、');
  const attendance = away
    ? rng.pick([`参会人员：${names}　请假：${away.name}`, `请假：${away.name}`, `请假：${away.name}`, `缺席：${away.name}（请假）`])
    : rng.pick([`参会人员：${names}`, `参会人员：${team.name}全员`, '全员参会', '全员参会']);
  s.meta(`时间：${zhDate(meeting.day)}（${weekday(meeting.day)}）${hour}:${rng.pick(['00', '30'])}　地点：${rng.pick(['腾讯会议', '飞书会议', `研发中心${rng.int(2, 9)}0${rng.int(1, 6)}会议室`])}　主持人：${team.lead.name}　${attendance}　记录：${rng.pick([team.qa, team.product, ...engineers]).name}`);
  // The order the engineers report in: an opening that names who goes first names the one who does.
  const order = rng.shuffle(engineers);
  const common: Vars = {
    ver, ver2, module: team.modules, module2: team.modules, svc: team.services, base: c.bases,
    customer: c.segments.flatMap((x) => x.customers), qa: team.qa.name, first: order[0]?.name.slice(1) ?? team.qa.name,
    wday: WDAY,
  };
  // An afternoon meeting is not greeted with 早上好.
  const opening = phrase(t, 'wk_open', common, 0.4);
  say(t, s, team.lead, hour < 12 ? opening : opening.replace('各位早上好', '各位下午好').replace('大家早', '大家下午好'));
  // Last week's decisions: the manager asks how one or two of them went, and whoever took it on answers (the manager's
  // own are not asked of anyone).
  const carried = (board.carried ?? []).filter((c) => present.includes(c.who) && c.who !== team.lead);
  if (carried.length && rng.chance(0.7)) {
    for (const c of carried.slice(0, rng.int(1, 2))) {
      const cv: Vars = { ...common, what: c.what, who: c.who.name, dep: t.raw('@dep', common) };
      const ask = t.line('@wk_carry_ask', cv);
      const reply = ask ? phrase(t, rng.chance(0.65) ? 'wk_carry_done' : 'wk_carry_open', cv, 0.4) : '';
      if (!ask || !reply) continue;
      say(t, s, team.lead, ask);
      say(t, s, c.who, reply);
    }
  }
  const decided: { who: Person; what: string }[] = [];
  const items: string[] = [];
  for (const e of order) report(t, s, board, e, common, items, engineers);
  // The tester's numbers for the week.
  const fresh = rng.int(4, 38);
  const fixed = rng.int(Math.floor(fresh / 2), fresh + 6);
  // Of this round's defects, some closed and the rest open, a few of those grave (never more than are open).
  const closed = rng.int(Math.floor(fresh / 3), fresh - 1);
  const grave = rng.int(1, Math.max(1, Math.min(4, fresh - closed)));
  // Still open: at least what this round found and nobody fixed ('新提了8个，修了6个，还开着的8个' said 8 of 8 at best);
  // of those a few block the main flow, never none ('其中0个是阻塞的，在MES-2106上').
  const left = Math.max(1, fresh - fixed) + rng.int(0, 5);
  const w = weeklyDetails();
  const qaVars: Vars = { ...common, ...numbers(t), ...peerVars(rng.pick(engineers.length ? engineers : [team.product])), new: fresh, fixed, closed, open: fresh - closed, grave, left, severe: rng.int(1, Math.min(4, left, fresh)), pct: `${rng.int(8, 19) * 5}%`, cases: rng.int(12, 160), t: board.tickets[0]?.id ?? `${team.key}-${board.next}` };
  // The tester's figures, then often one thing of the week worth telling the team.
  say(t, s, team.qa, phrase(t, 'wk_qa', qaVars, 0.3) + (rng.chance(0.6) ? once(t, 'qa', qaVars, w.qa) : ''));
  if (rng.chance(0.7)) say(t, s, team.product, (rng.chance(0.6) && once(t, 'product', { ...common, ...numbers(t) }, w.product)) || t.line('@wk_product', common));
  if (rng.chance(0.6)) {
    let ops = phrase(t, 'wk_ops', common);
    const facts: FactKey[] = [];
    if (t.states(ZH_MEETING_FACTS.latency) && rng.chance(0.5)) {
      const ms = rng.int(12, 60) * 10;
      ops += t.line('@wk_latency', { ...common, ms, ms2: Math.max(50, Math.round((ms * rng.float(0.4, 0.8)) / 10) * 10) });
      facts.push(ZH_MEETING_FACTS.latency);
    }
    say(t, s, team.lead, ops, facts);
  }
  // Each topic comes in variants (the i-th opening goes with the i-th question, answer and decision); the deck deals
  // (topic, variant) pairs, so every variant is heard once before any comes back, and a topic once a meeting.
  const pairs = topicVariants(w.topics);
  const taken = new Set<WeeklyTopic>();
  for (let i = rng.int(2, 3); i > 0; i--) {
    const fits = (j: number): boolean => {
      const { topic } = pairs[j]!;
      return !taken.has(topic) && (!topic.fact || t.states(ZH_MEETING_FACTS[topic.fact]));
    };
    const { topic, k } = pairs[t.deal('topic-variants', pairs.length, fits)]!;
    if (taken.has(topic) || (topic.fact && !t.states(ZH_MEETING_FACTS[topic.fact]))) continue;
    taken.add(topic);
    // One plant per topic: its opening, question, answer and decision speak of the same base.
    const raiser = rng.chance(0.6) || topic.lead ? team.lead : rng.pick([team.product, team.qa, ...engineers]);
    const asker = rng.pick([team.lead, team.product, team.qa, ...engineers].filter((p) => p !== raiser));
    // The colleague a topic speaks of (<peer> is going away, proposed low-code) is neither who raises it nor who asks:
    // nobody says '文晗下个月要去支持集团的一个项目，他手上的…' of themself.
    const others = engineers.filter((p) => p !== raiser && p !== asker);
    const peer = rng.pick(others.length ? others : [team.qa]);
    const tv: Vars = { ...common, ...numbers(t), base: rng.pick(c.bases), module2: team.modules, ...peerVars(peer), dep: t.raw('@dep', common), qa: team.qa.name };
    const open = t.line(topic.open[k]!, tv);
    if (!open) continue;
    // The question and its answer come together or not at all (a sentence already said in the series is not said
    // again, so a question whose answer was said is left out with it).
    const ask = t.line(topic.ask[k]!, tv);
    const answer = ask ? t.line(topic.answer[k]!, tv) : '';
    // The item's owner is whom the decision names. <who> is drawn from the team but is never the colleague the topic
    // speaks of (the one going away does not 'own 组内的分工调整', the mentor named is not also told to order the
    // newcomer's laptop), and the one with fewest items so far takes it (not three items for one person out of five);
    // a decision that gives the work to that colleague (<peer> writes the handover list) makes them the owner, and one
    // that names nobody ('这个我去跟产品那边沟通') leaves the matter with the manager.
    const plan = topic.decide[k]!;
    // Nor the product manager where the decision sends someone 和产品一起 (the product manager is not told to go with 产品).
    const pool = [team.product, team.qa, ...engineers].filter((p) => p !== peer && !(p === team.product && /[和跟]产品/u.test(plan)));
    const load = (p: Person) => items.filter((x) => x.startsWith(p.name)).length;
    const least = Math.min(...pool.map(load));
    const who = plan.includes('<who>') ? rng.pick(pool.filter((p) => load(p) === least)) : plan.includes('<peer>') ? peer : team.lead;
    const decide = t.line(topic.decide[k]!, { ...tv, who: who.name });
    const facts = topic.fact ? [ZH_MEETING_FACTS[topic.fact]] : undefined;
    if (!(ask && answer) && raiser === team.lead) {
      // Nobody asks: the manager raises the matter and settles it in one turn.
      say(t, s, raiser, open + decide, facts);
    } else {
      say(t, s, raiser, open, facts);
      if (ask && answer) {
        say(t, s, asker, ask);
        const answerer = raiser === asker ? team.lead : raiser;
        say(t, s, answerer, answer);
        // The manager who answered does not decide in the next turn as if replying to someone: a colleague's word comes
        // between ('我倾向于后者。' — '行。' — '那就迁到历史库…').
        if (answerer === team.lead || rng.chance(0.5)) say(t, s, rng.pick([team.product, team.qa, ...engineers].filter((p) => p !== answerer)), t.raw('@ack'));
      }
      say(t, s, team.lead, decide);
    }
    // A decision already said in the series is not said again, and then nobody was given the matter: no item for it.
    if (!decide) continue;
    const name = topic.names?.[k] ?? topic.name;
    if (items.length < 6) items.push(`${who.name}${rng.pick(['跟进', '负责', '牵头'])}${name}`);
    decided.push({ who, what: name });
  }
  board.carried = decided;
  // The manager reads the recap: an item of their own is said as 我 (not '苑悦催一下…' by 苑悦).
  say(t, s, team.lead, phrase(t, 'wk_recap', { ...common, items: items.length ? items.map((x, i) => `${i + 1}.${x.startsWith(team.lead.name) ? `我${x.slice(team.lead.name.length)}` : x}`).join('；') : ['{没有新增的|暂时没有新的}事项'] }));
  return s;
}

/** One engineer's report: the ticket moves one step, what they say follows it, and the manager may ask about it. */
function report(t: Talk, s: Session, board: TicketBoard, e: Person, common: Vars, items: string[], here: readonly Person[]): void {
  const { rng, world, meeting } = t;
  const team = world.company.teams[meeting.team ?? 0]!;
  const actions = t.g.list('ticket_action');
  const ticket = currentTicket(rng, board, team, e, actions);
  const from = ticket.state;
  const to = step(rng, ticket);
  ticket.state = to;
  if (to === 'doing') ticket.progress = Math.min(90, ticket.progress + rng.int(3, 9) * 5);
  const peers = team.engineers.filter((x) => x !== e);
  const next: Ticket = to === 'done' || to === 'testing' ? createTicket(rng, board, team, e, actions) : ticket;
  const dep = t.raw('@dep', common);
  const v: Vars = {
    ...common, dep, t: ticket.id, title: ticket.title, module: ticket.module, pct: `${Math.max(10, ticket.progress)}%`,
    n: rng.int(2, 6), pct2: `${Math.min(95, ticket.progress + rng.int(3, 8) * 5)}%`, t2: next.id, title2: next.title, ...peerVars(rng.pick(peers)),
  };
  const list = from === 'todo' ? 'wk_started' : to === 'done' ? 'wk_done' : to === 'testing' ? 'wk_to_test' : to === 'blocked' ? 'wk_blocked' : 'wk_progress';
  const opener = rng.chance(0.45) ? t.raw('@filler') : '';
  const risk = to === 'blocked' ? '' : rng.chance(0.3) ? phrase(t, 'wk_risk', v) : phrase(t, 'wk_risk_none', v, 0.3);
  const w = weeklyDetails();
  const dealDetail = (): string => textOf(w.details[t.deal('details', w.details.length, fits('details', team.key))]!);
  let body = phrase(t, list, v);
  const facts: FactKey[] = [];
  for (let d = to === 'todo' ? 1 : rng.chance(0.6) ? 2 : 1; d > 0; d--) {
    // A latency figure competes with the latency needle: when it is left out, a detail that quotes 毫秒 is passed over.
    let detail = dealDetail();
    for (let i = 0; i < 4 && detail.includes('毫秒') && !t.states(ZH_MEETING_FACTS.latency); i++) detail = dealDetail();
    if (!detail.includes('毫秒') || t.states(ZH_MEETING_FACTS.latency)) {
      const said = t.line(detail, { ...v, ...numbers(t) });
      if (said.includes('毫秒')) facts.push(ZH_MEETING_FACTS.latency);
      body += said;
    }
  }
  if (rng.chance(0.5)) body += t.line(textOf(w.support[t.deal('support', w.support.length, fits('support', team.key))]!), { ...v, ...numbers(t) });
  say(t, s, e, opener + body + phrase(t, next === ticket ? 'wk_next_same' : 'wk_next_new', v) + risk, facts);
  const kind = to === 'blocked' ? 'dep' : to === 'testing' ? 'review' : to === 'doing' && from === 'doing' ? 'delay' : '';
  // Whether the manager offered to chase the blocker ('运维组我去协调一下') and the reporter took the offer.
  let leadChases = false;
  if (kind && rng.chance(0.45)) {
    // The i-th question of a kind goes with the i-th reply (a question about the delay is answered about the delay).
    const asks = t.g.list(`wk_ask_${kind}`);
    const replies = t.g.list(`wk_reply_${kind}`);
    const k = rng.int(0, Math.min(asks.length, replies.length) - 1);
    const ask = t.line(asks[k]!, v);
    const reply = ask ? t.line(replies[k]!, v) : '';
    if (ask && reply) {
      say(t, s, team.lead, ask);
      say(t, s, e, reply);
      leadChases = kind === 'dep';
    }
  } else if (rng.chance(0.6)) {
    // A colleague asks about what was just reported; the reporter answers.
    const fitsReport = (i: number): boolean => {
      const needs = w.exchanges[i]![2];
      return !needs || new RegExp(needs, 'u').test(body);
    };
    const [q, a, needs] = w.exchanges[t.deal('exchanges', w.exchanges.length, fitsReport)]!;
    const ask = needs && !new RegExp(needs, 'u').test(body) ? '' : t.line(q, v);
    const answer = ask ? t.line(a, v) : '';
    // Not someone the report just named (帮梁昊天看了他写的脚本 is not followed by 梁昊天 asking how long the script takes).
    const candidates = [team.lead, team.lead, team.product, team.qa, ...here.filter((p) => p !== e)].filter((p) => !body.includes(p.name));
    const asker = rng.pick(candidates.length ? candidates : [team.lead]);
    if (ask && answer) {
      say(t, s, asker, ask);
      say(t, s, e, answer);
      // Only the manager closes an exchange with '好。': a colleague who asked may be the next to report (the tester and
      // the product manager speak after the engineers), and their '好，谢谢。' would run into their own report.
      if (rng.chance(0.4) && asker === team.lead) say(t, s, asker, t.raw('@ack'));
    }
  } else if (rng.chance(0.3)) say(t, s, team.lead, t.raw('@ack'));
  // A blocked ticket's item is about what it waits on (the <dep> just named); another is about the ticket itself, never
  // about a service or a team nobody mentioned; and it is the manager's where the manager offered to chase it (the
  // recap gave it to the reporter right after '运维组我去协调一下').
  const who = rng.chance(0.5) ? e.name : team.lead.name;
  if ((to === 'blocked' || rng.chance(0.25)) && items.length < 5) items.push(t.raw(to === 'blocked' ? '@wk_item_blocked' : '@wk_item', { ...v, who: leadChases && to === 'blocked' ? team.lead.name : who }));
}

/** "第18周": the ISO-style week of the year the meeting falls in. */
function weekOfYear(day: number): string {
  const d = dateOf(day);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1) / 86_400_000;
  return `${d.getUTCFullYear()}年第${Math.floor((day - jan1 + new Date(jan1 * 86_400_000).getUTCDay()) / 7) + 1}周`;
}
