// The world of one seed's transcript series: the organization, its calendar and ledgers, and the meetings' schedule.
import { createRng, type Rng } from '../../../util/rng.js';
import { cycleMeetings, FiscalCalendar, type ScheduledMeeting } from './calendar.js';
import { IncidentLog } from './incident-log.js';
import { createOrganization, type Organization } from './organization.js';
import { QuarterBook } from './quarter-book.js';
import { SiteLedger } from './site-ledger.js';

/** Everything the meetings of one seed (and the needles placed in them) may draw on. Pure: the same seed gives the same world. */
export interface MeetingWorld {
  seed: number;
  org: Organization;
  calendar: FiscalCalendar;
  book: QuarterBook;
  sites: SiteLedger;
  incidents: IncidentLog;
  /** Day number (since 1970-01-01) of the series' first meeting. */
  start: number;
}

/** The generator's root stream for a seed. */
export function worldRng(seed: number): Rng {
  return createRng(seed).fork('meeting-transcript');
}

/** Builds the world of a seed. */
export function createWorld(seed: number): MeetingWorld {
  const root = worldRng(seed);
  const org = createOrganization(root.fork('organization'));
  const calendar = new FiscalCalendar(org, root.fork('fiscal-calendar'));
  const world: MeetingWorld = {
    seed,
    org,
    calendar,
    book: new QuarterBook(org, calendar, root.fork('quarter-book')),
    sites: new SiteLedger(org, root.fork('site-ledger')),
    incidents: new IncidentLog(org, calendar, root.fork('incident-log')),
    start: 0,
  };
  world.start = schedule(world).next().value!.day;
  return world;
}

/**
 * The series' meetings in order, endlessly: one reporting cycle after another. The series opens with the first
 * cycle's board meeting (a transcript series usually starts with the board), so even a short document has the
 * meeting most needles fit.
 */
export function* schedule(world: MeetingWorld): Generator<ScheduledMeeting> {
  const rng = worldRng(world.seed).fork('schedule');
  let index = 0;
  for (let k = 0; ; k++) {
    const seen = new Set<string>();
    const meetings = cycleMeetings(world.calendar, rng.fork(`cycle-${k}`), k, world.org.teams.length);
    const board = meetings.findIndex((m) => m.kind === 'board');
    for (const m of k === 0 ? meetings.slice(board) : meetings) {
      // A team meets once a day at most; two engineering meetings of one team on one day collapse into the first.
      const key = m.team === undefined ? `${m.kind}/${m.day}` : `team-${m.team}/${m.day}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield { ...m, index: index++ };
    }
  }
}
