// What a meeting module gets: the series' state (world, facts to leave out, memory, carried-over items), its own
// calendar entry, a forked rng and a Speech for the meeting.
import type { Rng } from '../../../../util/rng.js';
import type { FactKey } from '../../../place-context.js';
import type { JaScheduledMeeting } from '../model/calendar.js';
import type { JaMeetingWorld, JaSpeaker } from '../model/world.js';
import type { JaMemory } from './memory.js';
import { Speech } from './speech.js';

/** A task handed out at an engineering 定例会, checked at the team's next one. */
export interface Homework {
  owner: JaSpeaker;
  task: string;
}

/** A team's piece of work, reported on at each 定例会 until it is released; its stage advances meeting by meeting. */
export interface WorkItem {
  owner: JaSpeaker;
  ticket: string;
  kind: 'perf' | 'bug' | 'feature' | 'migrate' | 'upgrade';
  /** 0 investigation/design, 1 implementation, 2 review/test, 3 released. */
  stage: number;
  /** How the team calls it (`認証サービスのレスポンス改善`). */
  what: string;
  /** Its own figures, said the same way each time (before/after ms, versions, library, table). */
  vars: Record<string, string | number>;
}

/** State carried from meeting to meeting. */
export interface JaSeriesState {
  world: JaMeetingWorld;
  omit: ReadonlySet<FactKey>;
  memory: JaMemory;
  /** Days of the board meetings held so far. */
  boards: number[];
  /** Open homework by team index. */
  homework: Map<number, Homework[]>;
  /** Open work items by team index. */
  items: Map<number, WorkItem[]>;
  /** Next ticket number by team index. */
  tickets: Map<number, number>;
  /** How many meetings of each kind were held (numbering: 第N回). */
  counts: Map<string, number>;
}

export class JaMeetingContext {
  readonly speech: Speech;

  constructor(readonly series: JaSeriesState, readonly meeting: JaScheduledMeeting, readonly rng: Rng) {
    this.speech = new Speech(rng.fork('speech'), series.memory);
  }

  get world(): JaMeetingWorld {
    return this.series.world;
  }

  /** True when the meeting may state the fact (a sweep's needles do not compete with it). */
  may(fact: FactKey): boolean {
    return !this.series.omit.has(fact);
  }

  /** The meeting's number among those of its kind (1-based), counted from `base`. */
  number(kind: string, base: number): number {
    const n = (this.series.counts.get(kind) ?? 0) + 1;
    this.series.counts.set(kind, n);
    return base + n;
  }
}
