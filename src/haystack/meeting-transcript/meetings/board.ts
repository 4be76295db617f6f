// Board of Directors meeting: opening, the CEO's report, committee reports, a day of agenda items with lunch and a break, executive session, close.
import { loadHaystackData } from '../../data.js';
import type { Person } from '../model/organization.js';
import { closeFormal, formalItem, openFormal, pickTopics, type FormalMeeting } from '../talk/formal-meeting.js';
import { financialReview } from '../talk/financial-review.js';
import { segmentReview } from '../talk/segment-review.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { loadTopics } from '../talk/phrase-files.js';
import { floor, rollName, utter, wallClock } from '../talk/procedure.js';
import type { Session } from '../talk/session.js';
import { backchannel } from '../talk/speech.js';
import { change, listed, money, numberWord, percent } from '../talk/words.js';

/** One board meeting of the cycle. */
export function boardMeeting(mc: MeetingContext): Session {
  const { org, rng } = mc;
  const guests: Person[] = [org.cfo, org.coo, org.gc, org.chro, org.cto, org.sales, ...(rng.chance(0.5) ? [org.ehs] : [])];
  const presenters: Record<string, Person> = { ceo: org.ceo, cfo: org.cfo, coo: org.coo, gc: org.gc, chro: org.chro, cto: org.cto, sales: org.sales };
  if (guests.includes(org.ehs)) presenters.ehs = org.ehs;
  const m = openFormal(mc, {
    title: 'Board of Directors Meeting', body: 'board', banner: 'BOARD OF DIRECTORS', chair: org.chair, members: [org.chair, org.ceo, ...org.directors], secretary: org.gc,
    guests, presenters, topics: loadTopics('board'), items: [20, 23], rounds: [11, 16], depth: 1, changeover: [30, 90], tables: [1, 2], amendP: 0.3, startHour: 9,
    rooms: ['Board Room', 'Executive Conference Center', 'the fourth-floor boardroom', `the ${org.short} Innovation Center`], previousDays: rng.int(84, 98), when: 'quarterly',
  });
  ceoReport(mc, m);
  financialReview(mc, m.room, org.cfo, numberWord(3));
  m.taken.push({ title: 'the financial review', voted: false });
  let n = committeeReports(mc, m, 4);
  // One segment a meeting comes for its annual review, in turn.
  const seg = mc.meeting.cycle % org.segments.length;
  segmentReview(mc, m.room, seg, numberWord(n++));
  m.taken.push({ title: `the review of ${org.segments[seg]!.name}`, voted: false });
  // The board sits for about three hours of recorded time: items are taken up until the time set aside is used,
  // the least discussed topics first, with a morning break and lunch once the morning is gone.
  const end = rng.int(9_900, 11_000);
  const topics = pickTopics(mc, m, 60);
  let lunched = false;
  let broke = false;
  for (const t of topics) {
    if (m.s.seconds >= end) break;
    formalItem(mc, m, t, n++);
    if (!lunched && m.s.seconds < end - 1_800 && m.room.startClock + m.room.skipped + m.s.seconds >= 11.6 * 3600) {
      lunch(mc, m);
      lunched = true;
    } else if (!broke && !lunched && m.s.seconds >= rng.int(3_000, 4_200)) {
      broke = true;
      utter(mc, m.s, m.room.chair, [mc.line('@break_call')]);
      m.s.meta('[Recess]');
      m.s.pause(rng.int(540, 960));
      utter(mc, m.s, m.room.chair, [mc.line('@break_back')]);
    }
  }
  if (rng.chance(0.8)) executiveSession(mc, m);
  return closeFormal(mc, m);
}

/** A theme of the CEO's report (haystacks/meeting-transcript/ceo-report.json): what the CEO says, and what a director may ask about it. */
interface ReportTheme {
  id: string;
  say: string[];
  qa: Array<{ q: string[]; a: string[] }>;
}

/** The CEO's report: the quarter's results from the book, then the business since the last meeting; directors ask about what was said. */
function ceoReport(mc: MeetingContext, m: FormalMeeting): void {
  const { org, rng, world } = mc;
  const k = mc.meeting.cycle;
  const cur = world.book.results(k);
  const old = world.book.results(k - 4);
  const growth = org.segments.map((s, i) => ({ seg: s, g: cur.segmentRevenue[i]! / old.segmentRevenue[i]! - 1, i }));
  growth.sort((a, b) => b.g - a.g);
  const best = growth[0]!;
  const worst = growth[growth.length - 1]!;
  const accounts = rng.shuffle(org.segments.flatMap((s) => s.accounts.map((a) => a.name)));
  // Every name and figure is drawn once, so a director's question refers to what the CEO said.
  const v = mc.layer({
    f: org.ceo.first, chairFirst: org.chair.first, cfoFirst: org.cfo.first, chroFirst: org.chro.first, rev: money(cur.revenue), revMove: change(cur.revenue, old.revenue),
    bestSeg: best.seg.name, bestMove: change(cur.segmentRevenue[best.i]!, old.segmentRevenue[best.i]!), bestMarket: rng.pick(best.seg.markets),
    worstSeg: worst.seg.name, worstMove: change(cur.segmentRevenue[worst.i]!, old.segmentRevenue[worst.i]!), backlog: money(cur.backlog), headcount: cur.headcount.toLocaleString('en-US'),
    om: percent(cur.operatingMargin), omPrior: percent(old.operatingMargin), fcf: money(cur.freeCashFlow), qname: ['first', 'second', 'third', 'fourth'][cur.quarter.q - 1]!,
    account: accounts[0]!, account2: accounts[1] ?? accounts[0]!, competitor: rng.pick(org.competitors), material: rng.pick(org.rawMaterials)[0],
    plantCity: rng.pick(org.sites.filter((s) => s.kind === 'plant')).city,
  });
  utter(mc, m.s, m.room.chair, [mc.line("{Next|Item two} is the {Chief Executive Officer's report|CEO's report}{, covering the period since our last meeting|}. <f>?", v)], 0.2);
  const themes = rng.sample(loadHaystackData<ReportTheme[]>('meeting-transcript/ceo-report.json'), rng.int(6, 8));
  const said: ReportTheme[] = [];
  const lines = themes.map((t) => {
    const line = mc.say(rng.pick(t.say), v);
    if (line) said.push(t);
    return line;
  });
  // The report comes in two or three turns, as a CEO pauses between subjects.
  const cut = Math.ceil(lines.length / 2);
  utter(mc, m.s, org.ceo, [mc.must('ceo_report_open', v), mc.must('ceo_report_results', v), ...lines.slice(0, cut)], 0.3);
  utter(mc, m.s, org.ceo, [...lines.slice(cut), mc.must('ceo_report_close', v)], 0.3);
  // Directors ask about what the CEO said, one theme each.
  let last: Person | undefined;
  for (const t of rng.sample(said.filter((x) => x.qa.length), rng.int(2, 4))) {
    const d = rng.pick(floor(m.room).filter((p) => p !== org.ceo && p !== last));
    last = d;
    const qa = rng.pick(t.qa);
    const q = mc.ask(rng.pick(qa.q), v);
    if (!q) continue;
    utter(mc, m.s, d, [q], 0.7);
    utter(mc, m.s, org.ceo, [mc.answer(rng.pick(qa.a), v)], 0.5);
    if (rng.chance(0.25)) m.s.say(d, backchannel(rng));
  }
}

/** Each committee that met this cycle reports through its chair (or, if the chair is away, another member); returns the next item number. */
function committeeReports(mc: MeetingContext, m: FormalMeeting, first: number): number {
  const { org, rng } = mc;
  let n = first;
  for (const c of Object.values(org.committees)) {
    const notes = mc.series.committeeNotes.get(c.key);
    if (!notes?.length) continue;
    const reporter = m.room.present.includes(c.chair) ? c.chair : c.members.find((x) => m.room.present.includes(x));
    if (!reporter) continue;
    const v = mc.layer({ committee: c.name, f: reporter.first, chairFirst: org.chair.first, n: numberWord(n), items: listed(notes.slice(0, 3)), count: numberWord(notes.length), committeeChair: c.chair.first });
    utter(mc, m.s, m.room.chair, [mc.line(reporter === c.chair ? '@committee_report_call' : '@committee_report_call_stand_in', v)], 0.2);
    utter(mc, m.s, reporter, [mc.must('committee_report_open', v), mc.must('committee_report_items', v), ...mc.some('committee_report_more', rng.int(1, 2), v)], 0.2);
    if (rng.chance(0.4)) {
      const qa = mc.pair('committee_report_q', 'committee_report_a', v);
      if (qa) {
        utter(mc, m.s, rng.pick(floor(m.room).filter((p) => p !== reporter)), [qa[0]], 0.6);
        utter(mc, m.s, reporter, [qa[1]], 0.4);
      }
    }
    m.taken.push({ title: `the report of the ${c.name}`, voted: false });
    n++;
  }
  return n;
}

/** Lunch: the recording pauses, then the secretary calls the roll again. */
function lunch(mc: MeetingContext, m: FormalMeeting): void {
  const { rng } = mc;
  const { room, s } = m;
  const length = rng.pick([30, 40, 45, 50, 60]) * 60;
  const back = wallClock(room, length);
  utter(mc, s, room.chair, [mc.line('@lunch_call', { back })]);
  s.meta(`[Lunch recess from ${wallClock(room)} to ${back}; recording paused]`);
  room.skipped += length;
  s.pause(rng.int(5, 30));
  // After lunch the secretary either calls the roll again or confirms everyone is back.
  if (rng.chance(0.4)) {
    utter(mc, s, room.chair, [mc.line('@lunch_back', { secFirst: room.secretary.first })]);
    for (const x of room.members) {
      s.say(room.secretary, rollName(x, room.chair));
      if (room.present.includes(x)) s.say(x, rng.pick(['Here.', 'Present.', 'Here.', 'Back. Present.', 'Here, thanks.']));
      else s.say(room.secretary, rng.pick(['Still absent.', 'No response.', `${x.first} remains excused.`]));
    }
  } else utter(mc, s, room.chair, [mc.line('@lunch_back_brief', { secFirst: room.secretary.first })]);
  utter(mc, s, room.secretary, [mc.fixed('@lunch_quorum', { presentWord: numberWord(room.present.length) })], 0);
}

// What independent directors take up without management, as the notes record it.
const EXEC_THEMES = [
  "the Chief Executive Officer's goals for <nextYear>", 'succession planning for the senior team', 'the agenda for the strategy offsite in <laterMonth>',
  'the performance of the outside advisers', 'feedback on the quality of the board materials', 'the pace of the capital program',
  'director recruiting and the skills matrix', 'the results of the board self-evaluation', 'the rotation of committee chairs', 'the relationship with the largest shareholders',
];

/** The executive session: management leaves, the recording stops, and notes summarize it. */
function executiveSession(mc: MeetingContext, m: FormalMeeting): void {
  const { rng, org } = mc;
  const { room, s } = m;
  const length = rng.int(15, 45) * 60;
  const themes = rng.sample(EXEC_THEMES, rng.int(2, 3)).map((t) => mc.fill(t));
  utter(mc, s, room.chair, [mc.line('@exec_session_call')]);
  const start = wallClock(room);
  s.pause(rng.int(5, 30));
  const follow = rng.chance(0.6) ? ` The Chair agreed to brief ${org.ceo.name} by ${mc.shortDate(rng.int(2, 9))}.` : '';
  s.meta(`[Executive session of the independent directors, ${start} to ${wallClock(room, length)}, not transcribed. Notes: the directors discussed ${listed(themes)}. No action was taken.${follow}]`);
  room.skipped += length;
  utter(mc, s, room.chair, [mc.line('@exec_session_back', { clock: wallClock(room) })]);
}
