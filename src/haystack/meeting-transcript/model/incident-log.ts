// Production incidents of the engineering teams: when, where, how long and why, the same in every meeting that mentions them.
import type { Rng } from '../../../util/rng.js';
import type { FiscalCalendar } from './calendar.js';
import type { Organization } from './organization.js';

/** What broke: each cause has its own story in the incident-review data. */
export type IncidentCause = 'deploy' | 'config' | 'capacity' | 'dependency' | 'migration' | 'certificate' | 'disk' | 'dns' | 'queue';

/** One production incident. */
export interface Incident {
  id: string;
  team: number;
  service: string;
  /** A service the incident spilled into. */
  downstream: string;
  day: number;
  /** Clock time the incident started (`HH:MM`, 24-hour). */
  startedAt: string;
  severity: 1 | 2;
  durationMinutes: number;
  /** Minutes until somebody noticed. */
  detectMinutes: number;
  /** Requests that failed, or orders delayed. */
  failedRequests: number;
  cause: IncidentCause;
  /** The engineer who was incident commander (index into the team's engineers). */
  commander: number;
}

const CAUSES: IncidentCause[] = ['deploy', 'config', 'capacity', 'dependency', 'migration', 'certificate', 'disk', 'dns', 'queue'];

/** Incidents per reporting cycle, drawn once per cycle from its own fork. */
export class IncidentLog {
  private readonly cache = new Map<number, Incident[]>();

  constructor(private readonly org: Organization, private readonly cal: FiscalCalendar, private readonly rng: Rng) {}

  /** Incidents of cycle `k`, by day. */
  cycle(k: number): Incident[] {
    const hit = this.cache.get(k);
    if (hit) return hit;
    const r = this.rng.fork(`cycle-${k}`);
    const start = this.cal.quarter(k).end + 1;
    const out: Incident[] = [];
    for (const [t, team] of this.org.teams.entries()) {
      for (let n = 0, count = r.int(2, 3); n < count; n++) {
        const [service, downstream] = r.sample(team.services, 2);
        const h = r.int(0, 23);
        const durationMinutes = r.int(14, 190);
        out.push({
          id: `INC-${r.int(1000, 9899)}`,
          team: t,
          service: service!,
          downstream: downstream!,
          day: start + r.int(0, 84),
          startedAt: `${String(h).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
          severity: r.chance(0.35) ? 1 : 2,
          durationMinutes,
          // Somebody is paged while the incident is still on, not after it ended.
          detectMinutes: Math.min(r.int(2, 38), Math.floor(durationMinutes / 2)),
          failedRequests: r.int(900, 240_000),
          cause: r.pick(CAUSES),
          commander: r.int(0, team.engineers.length - 1),
        });
      }
    }
    out.sort((a, b) => a.day - b.day);
    this.cache.set(k, out);
    return out;
  }

  /** Incidents of a team that happened before `day`, most recent first, looking back over this and the previous cycle. */
  before(team: number, day: number, cycle: number): Incident[] {
    return [...this.cycle(cycle - 1), ...this.cycle(cycle)].filter((x) => x.team === team && x.day < day).sort((a, b) => b.day - a.day);
  }
}
