// Quarterly employee town hall: the CEO on the quarter and strategy, people and community updates, then employees' questions.
import { loadHaystackData, type Vars } from '../../data.js';
import type { FactKey } from '../../place-context.js';
import { isoDate } from '../model/calendar.js';
import { MEETING_FACTS } from '../model/facts.js';
import { titled, type Person } from '../model/organization.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { Session } from '../talk/session.js';
import { backchannel, speak } from '../talk/speech.js';
import { change, money } from '../talk/words.js';

/** A question employees ask at town halls (haystacks/meeting-transcript/town-hall-questions.json). */
interface EmployeeQuestion {
  /** Role key of who answers. */
  by: string;
  q: string[];
  a: string[];
  states?: FactKey[];
}

/** One town hall, a week or so after the earnings call. */
export function townHall(mc: MeetingContext): Session {
  const { org, rng, world } = mc;
  const k = mc.meeting.cycle;
  const cur = world.book.results(k);
  const old = world.book.results(k - 4);
  const askers = rng.sample(org.employees, rng.int(7, 11));
  const execs: Record<string, Person> = { ceo: org.ceo, cfo: org.cfo, chro: org.chro, coo: org.coo, cto: org.cto };
  const s = new Session({ index: mc.meeting.index, kind: 'town-hall', title: 'Employee Town Hall', date: isoDate(mc.day), chair: org.ceo }, rng, [org.chro, org.ceo, org.cfo, org.coo, org.cto, ...askers], rng.int(0, 20));
  const say = (who: Person, sentences: string[], level = 0.4) => s.say(who, speak(rng, sentences.filter((x) => x !== ''), level));
  const seg = rng.pick(org.segments);
  const v: Vars = mc.layer({
    ceoFirst: org.ceo.first, chroFirst: org.chro.first, cfoFirst: org.cfo.first, cooFirst: org.coo.first, rev: money(cur.revenue), revMove: change(cur.revenue, old.revenue),
    qname: ['first', 'second', 'third', 'fourth'][cur.quarter.q - 1]!, seg: seg.name, segProduct: seg.productLines.map((p) => p.name), segAccount: seg.accounts.map((a) => a.name),
    employee: org.employees.map((e) => e.name), city: org.sites.map((x) => x.city), launch: org.launches.map(([x]) => x), outsider: mc.outsiders.person(rng),
    headcount: cur.headcount.toLocaleString('en-US'), openReqs: String(cur.openReqs), n: String(rng.int(3, 40)), weekday: rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']),
  });
  s.meta(`${org.name.toUpperCase()}\nEMPLOYEE TOWN HALL\n${mc.longDate()}\n${org.hq.city} headquarters cafeteria, streamed to all sites\nSpeakers: ${[org.ceo, org.chro, org.cfo, org.coo, org.cto].map(titled).join('; ')}`);
  say(org.chro, [mc.line('@th_welcome', v), mc.line('@th_logistics', v)], 0.3);
  say(org.ceo, [mc.must('th_ceo_open', v), mc.must('th_ceo_quarter', v), ...mc.some('th_ceo_strategy', rng.int(2, 3), v), ...mc.some('th_ceo_thanks', 1, v)], 0.4);
  say(org.cfo, [...mc.some('th_cfo', rng.int(2, 3), v)], 0.3);
  const people = ['th_people'];
  if (mc.states(MEETING_FACTS.hiringFreeze)) people.push('th_hiring');
  if (mc.states(MEETING_FACTS.travelPolicy)) people.push('th_travel');
  say(org.chro, people.flatMap((l) => mc.some(l, l === 'th_people' ? 2 : 1, v)), 0.3);
  const community = [...(mc.states(MEETING_FACTS.sponsorships) ? ['th_sponsor'] : []), ...(mc.states(MEETING_FACTS.foundationGrants) ? ['th_foundation'] : [])];
  if (community.length) say(rng.pick([org.ceo, org.chro]), [mc.must('th_community_open', v), ...community.flatMap((l) => mc.some(l, 1, v))], 0.3);
  say(org.chro, [mc.line('@th_qa_open', v)], 0.3);
  const questions = rng.shuffle(loadHaystackData<EmployeeQuestion[]>('meeting-transcript/town-hall-questions.json').filter((x) => (x.states ?? []).every((f) => mc.states(f))));
  for (const e of askers) {
    const x = questions.pop();
    if (!x) break;
    const ev = mc.layer({ askerFirst: e.first, askerSite: e.title.split(', ').pop()! }, v);
    const q = mc.say(rng.pick(x.q), ev);
    if (!q) continue;
    if (rng.chance(0.5)) say(org.chro, [mc.line('@th_next', mc.layer({ askerName: e.name }, ev))], 0.3);
    say(e, [mc.one('th_asker_intro', ev), q], 0.7);
    const who = execs[x.by] ?? org.ceo;
    say(who, [mc.one('th_answer_open', ev), ...x.a.map((t) => mc.say(t, ev))], 0.5);
    if (rng.chance(0.3)) s.say(e, backchannel(rng));
  }
  say(org.ceo, [mc.line('@th_close', v)], 0.3);
  return s;
}
