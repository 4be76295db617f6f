// Engineering 定例会: the manager opens, last meeting's 宿題 are checked, each engineer reports 進捗 and 課題 on the
// team's tickets, operations and release notes, then the new 宿題 are recapped with their owners and the next date.
import { isoDate, jaDate, jaMonthDay, jaWeekday, ymd } from '../model/calendar.js';
import { JA_MEETING_FACTS as F } from '../model/facts.js';
import type { JaSpeaker } from '../model/world.js';
import { hhmm } from '../talk/clock.js';
import type { Homework, JaMeetingContext } from '../talk/context.js';
import { JaSession } from '../talk/session.js';
import { jaGrammar } from '../talk/speech.js';

export function engineeringMeeting(mc: JaMeetingContext): JaSession {
  const { world, rng, speech } = mc;
  const ti = mc.meeting.part;
  const team = world.teams[ti]!;
  const day = mc.meeting.day;
  const n = mc.number(`engineering-${ti}`, rng.int(0, 0) + 40 + ti * 7);
  const present: JaSpeaker[] = [team.manager, team.pm, ...team.engineers];
  const title = `${team.name} 週次定例（第${n}回）`;
  const ss = new JaSession({ index: mc.meeting.index, kind: 'engineering', title, date: isoDate(day), chair: team.manager }, rng.fork('session'), present, (s) => `${s.person.name}（${s.title}）`);
  let ticketNo = mc.series.tickets.get(ti) ?? 1000 + rng.int(100, 800);
  const ticket = () => `${team.prefix}-${(ticketNo += rng.int(1, 9))}`;
  const base = () => ({ part: team.parts, system: team.system, ticket: ticket(), ms: rng.int(12, 95) * 10, k: rng.int(1, 8) });

  ss.turn(team.manager, speech.say('<g_open>', { team: team.name, scribe: rng.pick(team.engineers).person.family, topicToday: ['<g_topic_today>'], pmName: team.pm.person.family, part: team.parts }, 0.15));
  for (const hw of mc.series.homework.get(ti) ?? []) {
    if (!ss.turn(team.manager, speech.say('<g_hw_check>', { owner: hw.owner.person.family, task: hw.task }))) continue;
    ss.turn(hw.owner, speech.say('<g_hw_done>', { ...base(), task: hw.task }, 0.2));
  }
  rng.shuffle([...team.engineers, team.pm]).forEach((e, i) => {
    ss.turn(team.manager, speech.say(jaGrammar().list('g_progress_call')[i === 0 ? 0 : 1]!, { name: e.person.family }));
    ss.turn(e, speech.say('<g_progress>', base(), 0.2) + speech.say('<g_progress>', base(), 0.2));
    if (rng.chance(0.45)) {
      // An issue and the reply it gets are paired by kind (a flaky error, missing test data, a blocked request).
      const kind = rng.int(0, jaGrammar().list('g_issue').length - 1);
      if (ss.turn(e, speech.say(jaGrammar().list('g_issue')[kind]!, base(), 0.2))) {
        const other = rng.pick(present.filter((p) => p !== e));
        ss.turn(kind === 2 || rng.chance(0.6) ? team.manager : other, speech.say(jaGrammar().list('g_issue_reply')[kind]!, { other: rng.pick(team.engineers.filter((p) => p !== e)).person.family }, 0.2));
      }
    } else ss.turn(team.manager, speech.raw('<g_ack>'));
  });
  const sre = team.engineers.find((x) => x.title === 'SRE') ?? team.engineers[0]!;
  if (mc.may(F.incidents) && rng.chance(0.6)) ss.turn(sre, speech.say('<g_incident>', base(), 0.15), [F.incidents]);
  if (mc.may(F.releaseDates) && rng.chance(0.4)) {
    const m = ymd(day + rng.int(30, 80)).month;
    ss.turn(team.pm, speech.say('<g_release>', { system: team.system, when: `${m}月${rng.pick(['上旬', '中旬', '下旬', '末'])}` }), [F.releaseDates]);
  }
  if (mc.may(F.projectLeads) && rng.chance(0.25)) ss.turn(team.manager, speech.say('<g_lead>', { part: team.parts, lead: rng.pick(team.engineers).person.family }), [F.projectLeads]);
  // New homework, checked at the team's next meeting.
  const homework: Homework[] = rng.sample(team.engineers, rng.int(2, 3)).map((owner) => ({ owner, task: speech.raw('<g_tasks>', { part: team.parts }) }));
  mc.series.homework.set(ti, homework);
  mc.series.tickets.set(ti, ticketNo);
  ss.turn(team.manager, speech.say('<g_hw_recap>', { list: homework.map((h) => `${h.owner.person.family}さんは${h.task}`).join('、') }));
  const next = day + 14;
  ss.turn(team.manager, speech.say('<g_close>', { next: `${jaMonthDay(next)}${jaWeekday(next)}` }, 0.1));
  const start = rng.pick([10 * 60, 13 * 60 + 30, 14 * 60, 15 * 60 + 30, 16 * 60]);
  ss.opening('heading', title);
  ss.opening('meta', [`日時：${jaDate(day)}${jaWeekday(day)} ${hhmm(start)}〜${hhmm(start + Math.ceil(ss.seconds / 60) + 1)}`, `場所：${rng.pick(['オンライン（Teams）', 'オンライン（Google Meet）', `本社${rng.int(3, 7)}階 会議室${rng.pick(['A', 'B', 'C'])}＋オンライン`])}`, `参加者：${rng.shuffle(present).map((p) => p.person.name).join('、')}`].join('\n'));
  return ss;
}
