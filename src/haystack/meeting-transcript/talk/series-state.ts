// The state a meeting series carries from one meeting to the next, as plain data: action items, site events,
// ticket boards and agenda topics (the modules beside this one draw and speak them).
import type { FactKey } from '../../place-context.js';
import type { Person, Site } from '../model/organization.js';

/** An action item as the log keeps it. */
export interface LoggedAction {
  owner: Person;
  /** The verb phrase as assigned ("send the board the penetration test summary"). */
  task: string;
  /** Day it falls due. */
  due: number;
  /** Day of the meeting that assigned it. */
  set: number;
  /** True once it has been carried over a meeting already. */
  carried?: boolean;
}

/** Something that happened at a site in a month (haystacks/meeting-transcript/site-events.json). */
export interface SiteEvent {
  id: string;
  /** Site kinds it can happen at. */
  kinds: Array<Site['kind']>;
  /** Variables drawn when it happens (topic variable specs). */
  vars: Record<string, string>;
  /** How the site manager reports it. */
  say: string[];
  /** Questions about it, with their answers. */
  qa: Array<{ q: string[]; a: string[] }>;
  /** How the manager closes it at the next month's review. */
  after?: string[];
  /** A follow-up that may become an action item (a verb phrase). */
  task?: string;
  /** Figures it moved (`output`, `delivery`, `overtime`, `scrap`), and how to name it as their cause. */
  affects?: string[];
  because?: string;
}

/** An event as it happened at a site: its type and its drawn variables. */
export interface SiteHappening {
  event: SiteEvent;
  vars: Record<string, string>;
  /** Month (year × 12 + month) it happened in. */
  month: number;
}

/** Where a ticket stands. */
export type TicketState = 'todo' | 'doing' | 'review' | 'blocked' | 'done';

/** Why a ticket is blocked, and what unblocks it (haystacks/meeting-transcript/engineering.json `blocker`: "reason / resolution / who"). */
export interface Blocker {
  reason: string;
  resolution: string;
  who: string;
}

/** One ticket of a team. */
export interface Ticket {
  id: string;
  title: string;
  /** Engineer working on it (undefined while unassigned). */
  owner?: Person;
  points: number;
  state: TicketState;
  blocker?: Blocker;
  /** Who reviews it once it is up for review. */
  reviewer?: Person;
  /** Day it last changed state. */
  changed: number;
}

/** A team's tickets. */
export interface TeamBoard {
  tickets: Ticket[];
}

/** A question someone may ask about a topic, with the answers that fit it (each answer may use every variable of the topic). */
export interface TopicExchange {
  q: string[];
  a: string[];
  /** A follow-up question and its answers. */
  f?: string[];
  fa?: string[];
}

/** What a later visit to a persistent topic says: where the matter stands since the body last took it up. */
export interface TopicFollowUp {
  /** Title on later visits (default: the topic's). */
  title?: string;
  /** Variables drawn afresh on each later visit (the first visit's variables keep their values). */
  vars?: Record<string, string>;
  open: string[];
  more: string[];
  exchanges: TopicExchange[];
  tasks: string[];
  /** What the visits after this one say (the matter as it winds down); without it, later visits repeat this follow-up. */
  later?: TopicFollowUp;
}

/** A topic of a board, committee or review meeting (haystacks/meeting-transcript/*-topics.json). */
export interface Topic {
  id: string;
  /** A noun phrase: `the capital plan for <project>`. */
  title: string;
  /** Role key of who presents it (`cfo`, `coo`, `committee-chair`, …). */
  presenter: string;
  /** Facts the topic states; it is not taken up when a sweep's needles compete with any of them. */
  states?: FactKey[];
  /** Variables drawn once per item: name → spec (see `drawVar`). */
  vars: Record<string, string>;
  /** The presentation's opening sentences. */
  open: string[];
  /** Further points of the presentation. */
  more: string[];
  /** Risks (noun phrases) with how management handles each (a clause). */
  risks: Array<[string, string]>;
  /** Alternatives considered (verb phrases). */
  options: string[];
  /** What management recommends (a verb phrase). */
  rec: string;
  exchanges: TopicExchange[];
  /** The motion (a verb phrase); absent for an information item. */
  resolution?: string;
  /** How the chair names the motion in the vote call. */
  short?: string;
  /** Follow-ups that may become action items (verb phrases). */
  tasks: string[];
  /** Tables of figures the presentation may show (`revenue`, `delivery`, `scrap`, `overtime`, `units`, `safety`, `headcount`, `incidents`, `margin`). */
  tables?: string[];
  /**
   * One matter that lasts (the ERP program, a lawsuit): its variables keep their values for the whole series, and
   * later visits report on it with `followUp` (a persistent topic without one is taken up once).
   */
  persist?: boolean;
  followUp?: TopicFollowUp;
  /** Fiscal quarters after whose close the topic comes up (the operating plan after the third); default any. */
  after?: number[];
  /** Industries whose companies take the topic up (`electrical equipment`, `packaged foods`, …); default every industry. */
  industries?: string[];
}

/** What the series remembers of a persistent topic: its variables, how often it was taken up, when, and what was decided. */
export interface TopicMemory {
  vars: Record<string, string | number>;
  numbers: Record<string, number>;
  visits: number;
  lastDay: number;
  resolution?: string;
}
