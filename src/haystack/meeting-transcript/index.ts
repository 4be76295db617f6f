// The meeting-transcript haystack: an endless series of meetings of one fictional company, dates advancing.
import type { Block } from '../../types.js';
import { createRng } from '../../util/rng.js';
import { Grammar, loadHaystackData, SentenceMemory } from '../data.js';
import type { GenerateOptions, HaystackGenerator } from '../generator.js';
import type { MeetingPlace } from '../place-context.js';
import { MeetingContext } from './context.js';
import { createOrganization, type Organization } from './organization.js';
import { boardMeeting } from './session-board.js';
import { createQuarterBook, earningsCall } from './session-earnings.js';
import { engineeringMeeting, type Workload } from './session-engineering.js';

type Kind = 'board' | 'audit' | 'compensation' | 'earnings' | 'standup' | 'planning' | 'review';
const KINDS: Kind[] = ['board', 'audit', 'compensation', 'earnings', 'standup', 'planning', 'review'];
const WEIGHTS = [2, 1, 1, 3, 3, 2, 1];
const GRAMMAR_FILES = ['board-talk', 'earnings', 'engineering'];
const ALL = ['cfo', 'coo', 'ceo', 'cto', 'chro', 'gc', 'auditChair', 'govChair'];

/** Endless, deterministic blocks of meeting transcripts of the seed's organization. */
export function* meetingTranscriptBlocks(seed: number): Generator<Block> {
  const root = createRng(seed).fork('meeting-transcript');
  const org = createOrganization(root.fork('organization'));
  const grammar = new Grammar(Object.assign({}, ...GRAMMAR_FILES.map((f) => loadHaystackData<Record<string, string[]>>(`meeting-transcript/${f}.json`))));
  const memory = new SentenceMemory();
  const plan = root.fork('calendar');
  let day = Math.floor(Date.UTC(org.company.firstYear, plan.int(0, 11), plan.int(1, 28)) / 86_400_000);
  const book = createQuarterBook(plan.fork('quarters'), org.company.segments.length, org.company.firstYear);
  const work: Workload = new Map();
  for (let n = 0; ; n++) {
    day += plan.int(1, 9);
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday === 0) day += 1;
    if (weekday === 6) day += 2;
    const kind = plan.weighted(KINDS, WEIGHTS);
    const mc = new MeetingContext(org, grammar, memory, root.fork(`meeting-${n}`), day);
    const team = org.teams[n % org.teams.length]!;
    const session =
      kind === 'board' ? boardMeeting(mc, { name: 'Board of Directors', items: [14, 18], members: org.directors.length + 1, presenters: ALL, rounds: [7, 10], tables: [2, 3], amendP: 0.35 })
      : kind === 'audit' ? boardMeeting(mc, { name: 'Audit Committee', items: [3, 4], members: 4, presenters: ['cfo', 'gc', 'cto', 'auditChair'], rounds: [4, 7] })
      : kind === 'compensation' ? boardMeeting(mc, { name: 'Compensation Committee', items: [2, 3], members: 4, presenters: ['chro'], rounds: [4, 7] })
      : kind === 'earnings' ? earningsCall(mc, book)
      : engineeringMeeting(mc, team, work, kind);
    yield* withPlaces(session.blocks, n, kind, day);
  }
}

const MEETING_KINDS: Record<Kind, string> = { board: 'board', audit: 'audit-committee', compensation: 'compensation-committee', earnings: 'earnings-call', standup: 'standup', planning: 'sprint-planning', review: 'incident-review' };

/** A role key for a printed speaker label, e.g. `Ann Lee (Chief Financial Officer)` → `cfo`. */
function roleOf(label: string): string {
  const title = /\(([^)]*)\)$/.exec(label)?.[1] ?? label;
  const rules: Array<[RegExp, string]> = [
    [/^Chair of the Board/, 'chair'], [/Chief Executive/, 'ceo'], [/Chief Financial/, 'cfo'], [/Chief Operating/, 'coo'], [/General Counsel/, 'gc'],
    [/Human Resources/, 'chro'], [/Chief Technology/, 'cto'], [/Investor Relations/, 'ir'], [/^Director/, 'director'], [/^Analyst/, 'analyst'],
    [/^Operator/, 'operator'], [/^Engineering Manager/, 'eng-manager'], [/^Product Manager/, 'pm'], [/Engineer/, 'engineer'],
  ];
  return rules.find(([re]) => re.test(title))?.[1] ?? 'participant';
}

/** Gives every block of one meeting its MeetingPlace: the meeting, who is present, and the clock at that point. */
function* withPlaces(blocks: Block[], meetingIndex: number, kind: Kind, day: number): Generator<Block> {
  const firstTurn = blocks.find((b) => b.kind === 'turn');
  const base = {
    kind: 'meeting-transcript' as const, meetingIndex, meetingKind: MEETING_KINDS[kind], title: blocks[0]?.section ?? '',
    date: new Date(day * 86_400_000).toISOString().slice(0, 10), chair: firstTurn?.text.slice(0, firstTurn.text.indexOf(' [')) ?? '',
  };
  let previous: string | undefined;
  let present = firstTurn?.speakers ?? [];
  for (const b of blocks) {
    if (b.kind === 'turn') present = b.speakers ?? present;
    const place: MeetingPlace = { ...base, participants: present.map((label) => ({ label, role: roleOf(label) })), previousTime: previous };
    if (b.kind === 'turn') {
      place.time = b.time;
      previous = b.time;
    }
    yield { ...b, context: place };
  }
}

/** The meeting-transcript generator (a minimal wrapper giving blocks their MeetingPlace; states no omittable facts). */
export const meetingTranscriptGenerator: HaystackGenerator<Organization> = {
  kind: 'meeting-transcript',
  world: (seed) => createOrganization(createRng(seed).fork('meeting-transcript').fork('organization')),
  blocks: (seed: number, _options?: GenerateOptions) => meetingTranscriptBlocks(seed),
  facts: [],
};
