// The world of one seed's Chinese meeting series: the company, its ledger, and the meetings' schedule.
import { createRng, type Rng } from '../../../../util/rng.js';
import { boardDay, weeklyWeekday, type ScheduledMeeting } from './calendar.js';
import { Ledger } from './ledger.js';
import { dateOf } from './numbers.js';
import { createCompany, type Company } from './organization.js';

/** Everything the meetings of one seed (and the needles placed in them) may draw on. */
export interface ZhMeetingWorld {
  seed: number;
  company: Company;
  ledger: Ledger;
  /** Day number of the series' first meeting. */
  start: number;
}

/** The generator's root stream for a seed. */
export function worldRng(seed: number): Rng {
  return createRng(seed).fork('zh-meeting-transcript');
}

/** Builds the world of a seed. */
export function createWorld(seed: number): ZhMeetingWorld {
  const root = worldRng(seed);
  const company = createCompany(root.fork('company'));
  const r = root.fork('calendar');
  const ledger = new Ledger(company, root.fork('ledger'), r.int(2026, 2031), r.int(1, 4));
  const world: ZhMeetingWorld = { seed, company, ledger, start: 0 };
  world.start = schedule(world).next().value!.day;
  return world;
}

/** The board meeting day of ledger quarter k. */
function boardOf(world: ZhMeetingWorld, k: number): number {
  const { year, q } = world.ledger.quarter(k);
  return boardDay(worldRng(world.seed).fork(`board-${k}`), year, q);
}

/**
 * The series' meetings in order, endlessly: each quarter's board meeting, its results call a few working days
 * later, and every team's weekly meeting until the next board meeting.
 */
export function* schedule(world: ZhMeetingWorld): Generator<ScheduledMeeting> {
  let index = 0;
  let boardNumber = worldRng(world.seed).fork('board-number').int(3, 12);
  for (let k = 0; ; k++) {
    const from = boardOf(world, k);
    const to = boardOf(world, k + 1);
    let call = from + worldRng(world.seed).fork(`call-${k}`).int(3, 8);
    while ([0, 6].includes(dateOf(call).getUTCDay())) call++;
    const meetings: Array<Omit<ScheduledMeeting, 'index'>> = [
      { kind: 'board', day: from, k, boardNumber: boardNumber++ },
      { kind: 'earnings-call', day: call, k },
    ];
    world.company.teams.forEach((_, team) => {
      const wd = weeklyWeekday(team, world.seed);
      for (let day = from + 1; day < to; day++) {
        if (dateOf(day).getUTCDay() === wd && day !== call) meetings.push({ kind: 'weekly', day, k, team });
      }
    });
    meetings.sort((a, b) => a.day - b.day || (a.team ?? -1) - (b.team ?? -1));
    for (const m of meetings) yield { ...m, index: index++ };
  }
}
