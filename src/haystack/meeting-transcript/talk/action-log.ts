// The action log a body carries from one meeting to the next: what each owner was asked to do, and the status they report.
import { dateOf, MONTHS } from '../model/calendar.js';
import type { MeetingContext } from './meeting-context.js';
import { utter, type Room } from './procedure.js';
import { numberWord } from './words.js';
import type { LoggedAction } from './series-state.js';

export type { LoggedAction } from './series-state.js';

/** How an owner reports a task by what it asks for: sending a paper, reporting, bringing an item, scheduling, confirming, filing. */
type TaskClass = 'send' | 'report' | 'bring' | 'schedule' | 'confirm' | 'file';

/** The class of a task from its verb. */
export function taskClass(task: string): TaskClass {
  const verb = task.split(' ')[0]!;
  if (verb === 'send' || verb === 'circulate') return 'send';
  if (verb === 'report') return 'report';
  if (verb === 'schedule' || verb === 'arrange') return 'schedule';
  if (verb === 'confirm') return 'confirm';
  if (verb === 'file') return 'file';
  return 'bring';
}

/** "sending the board the summary" → the task as a gerund phrase, for "<first> was ___". */
function gerund(task: string): string {
  const [verb, ...rest] = task.split(' ');
  const ing: Record<string, string> = { send: 'sending', circulate: 'circulating', report: 'reporting', bring: 'bringing', schedule: 'scheduling', arrange: 'arranging', confirm: 'confirming', file: 'filing' };
  return [ing[verb!] ?? `${verb}ing`, ...rest].join(' ');
}

/**
 * The review of the last meeting's action items, right after the minutes: the chair goes down the log, each owner
 * (or the secretary for an owner who is away) gives the status, and what is still open is carried to the next meeting.
 * Returns the items carried.
 */
export function reviewActionLog(mc: MeetingContext, room: Room, log: readonly LoggedAction[]): LoggedAction[] {
  const { rng } = mc;
  const items = log.slice(0, 6);
  if (!items.length) return [];
  const carried: LoggedAction[] = [];
  const prevMonth = MONTHS[dateOf(items[0]!.set).getUTCMonth()]!;
  // The intro names the month the items were set in (the meeting's own <prevMonth> is the calendar month before it).
  const v0 = mc.layer({ prevMonth, count: numberWord(items.length), items: items.length === 1 ? 'one item' : `${numberWord(items.length)} items`, secFirst: room.secretary.first, body: room.body });
  utter(mc, room.s, room.chair, [mc.line(items.length === 1 ? '@log_intro_one' : '@log_intro', v0)], 0.2);
  for (const [i, a] of items.entries()) {
    const here = room.s.people.includes(a.owner);
    // Done unless it fell due only now; an item carried once is done the second time.
    const open = !a.carried && a.due >= mc.day - 3 ? rng.chance(0.6) : rng.chance(a.carried ? 0.05 : 0.18);
    const doneDay = Math.min(mc.day - 1, a.set + Math.max(2, a.due - a.set - rng.int(0, 6)));
    const v = mc.layer({
      f: a.owner.first, task: a.task, doing: gerund(a.task), sent: mc.shortDate(doneDay - mc.day), tab: String(rng.int(2, 14)), nth: i === 0 ? 'first' : i === items.length - 1 ? 'last' : 'next',
      later: mc.shortDate(rng.int(6, 30)), prevMonth, chairFirst: room.chair.first,
    }, v0);
    // "Then Linnea: …" or "Next, …" cannot open the list.
    // The chair's own item is reported, not asked of himself ("Ximena, you were going to…" from Ximena).
    const asks = mc.g.list(a.owner === room.chair ? 'log_self' : here ? 'log_ask' : 'log_ask_away').filter((t) => i > 0 || !/\bThen\b/.test(t));
    utter(mc, room.s, room.chair, [mc.line(rng.pick(asks), v)], 0.2);
    const speaker = here ? a.owner : room.secretary;
    const cls = taskClass(a.task);
    const status = open ? `@log_open${cls === 'schedule' ? '_schedule' : ''}${here ? '' : '_away'}` : `@log_done_${cls}${here ? '' : '_away'}`;
    utter(mc, room.s, speaker, [mc.line(status, v)], 0.4);
    if (open) carried.push({ ...a, carried: true });
    // The chair closes each item, or the room moves straight on.
    if (rng.chance(0.55)) utter(mc, room.s, room.chair, [mc.line(open ? '@log_carry' : '@log_close', v)], 0.2);
  }
  return carried;
}
