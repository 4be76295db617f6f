// Each engineering team's board of tickets, carried from meeting to meeting: a ticket keeps its title, owner and
// estimate, and moves through its states (started, in review, blocked, done), so what a stand-up says of it agrees
// with what was said before.
import type { Person, Team } from '../model/organization.js';
import type { MeetingContext } from './meeting-context.js';
import type { Blocker, Ticket, TeamBoard } from './series-state.js';

export type { TicketState, Blocker, Ticket, TeamBoard } from './series-state.js';

/** The board of a team, created empty. */
export function boardOf(mc: MeetingContext, team: Team): TeamBoard {
  let b = mc.series.boards.get(team.prefix);
  if (!b) mc.series.boards.set(team.prefix, (b = { tickets: [] }));
  return b;
}

/** A new ticket with a fresh id (counting up from the team's first number) and a title drawn from the title grammar. */
export function createTicket(mc: MeetingContext, team: Team, vars: Record<string, string | string[]>, owner?: Person, title?: string): Ticket {
  const n = mc.series.tickets.get(team.prefix) ?? team.firstTicket;
  mc.series.tickets.set(team.prefix, n + 1);
  const t: Ticket = { id: `${team.prefix}-${n}`, title: title ?? mc.fill('@ttitle', mc.layer(vars)), owner, points: mc.rng.pick([2, 3, 5, 8]), state: owner ? 'doing' : 'todo', changed: mc.day };
  boardOf(mc, team).tickets.push(t);
  return t;
}

/** A blocker drawn from the data: its reason, what will clear it, and who (a team or a colleague's first name) can clear it. */
export function drawBlocker(mc: MeetingContext, vars: Record<string, string | string[]>, peers: string[]): Blocker {
  const [reason, resolution, who] = mc.rng.pick(mc.g.list('blocker')).split(' / ') as [string, string, string];
  // One colleague per blocker, so the reason and who clears it name the same person.
  const v = mc.layer({ ...vars, peerFirst: peers.length ? mc.rng.pick(peers) : 'platform' });
  return { reason: mc.fill(reason, v), resolution: mc.fill(resolution, v), who: mc.fill(who, v) };
}

/** The open tickets an engineer owns, oldest first. */
export function openTickets(board: TeamBoard, who: Person): Ticket[] {
  return board.tickets.filter((t) => t.owner === who && t.state !== 'done');
}

/** Unassigned tickets waiting on the board. */
export function backlog(board: TeamBoard): Ticket[] {
  return board.tickets.filter((t) => t.state === 'todo' && !t.owner);
}

/** Drops finished tickets older than a quarter, so the board stays the size of a real one. */
export function tidyBoard(mc: MeetingContext, board: TeamBoard): void {
  board.tickets = board.tickets.filter((t) => t.state !== 'done' || mc.day - t.changed < 90);
}
