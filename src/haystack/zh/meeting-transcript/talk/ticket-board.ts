// A team's tickets across the weeks: each moves on from one weekly meeting to the next, so what is said follows the board.
import type { Rng } from '../../../../util/rng.js';
import type { Person, Team } from '../model/organization.js';

/** Where a ticket is. */
export type TicketState = 'todo' | 'doing' | 'testing' | 'done' | 'blocked';

/** One ticket: `MES-1234 工单排程支持批量导入`. */
export interface Ticket {
  id: string;
  title: string;
  module: string;
  owner?: Person;
  state: TicketState;
  /** Percent done, in steps of five. */
  progress: number;
}

/** A team's board and its running counters. */
export interface TicketBoard {
  tickets: Ticket[];
  next: number;
  /** Minor version of the next release (v<major>.<minor>.0). */
  major: number;
  minor: number;
  /** The topics decided at the team's last meeting and who follows each up: asked about at the next one. */
  carried?: { who: Person; what: string }[];
}

/** A new board for a team. */
export function newBoard(rng: Rng): TicketBoard {
  return { tickets: [], next: rng.int(120, 2400), major: rng.int(2, 5), minor: rng.int(0, 8) };
}

/** A new ticket for an owner, on one of the team's modules. */
export function createTicket(rng: Rng, board: TicketBoard, team: Team, owner: Person, actions: readonly string[]): Ticket {
  const module = rng.pick(team.modules);
  board.next += rng.int(1, 17);
  const t: Ticket = { id: `${team.key}-${board.next}`, title: `${module}${rng.pick(actions)}`, module, owner, state: 'todo', progress: 0 };
  board.tickets.push(t);
  return t;
}

/** The next state of a ticket a week on. */
export function step(rng: Rng, t: Ticket): TicketState {
  const r = rng.next();
  switch (t.state) {
    case 'todo':
      return 'doing';
    case 'doing':
      return t.progress >= 80 ? (r < 0.7 ? 'testing' : 'doing') : r < 0.12 ? 'blocked' : 'doing';
    case 'testing':
      return r < 0.7 ? 'done' : 'testing';
    case 'blocked':
      return r < 0.6 ? 'doing' : 'blocked';
    default:
      return t.state;
  }
}

/** The ticket an engineer is on: their open one, else a new one. */
export function currentTicket(rng: Rng, board: TicketBoard, team: Team, owner: Person, actions: readonly string[]): Ticket {
  return board.tickets.find((t) => t.owner === owner && t.state !== 'done') ?? createTicket(rng, board, team, owner, actions);
}

/** Drops finished tickets from the board (keeps it small over an endless series). */
export function tidy(board: TicketBoard): void {
  board.tickets = board.tickets.filter((t) => t.state !== 'done');
}
