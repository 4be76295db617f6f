// Monthly operations review, run by the COO: a safety moment, each site's month from the site ledger, supply chain, then topics and action items.
import type { Vars } from '../../data.js';
import { isoDate, MONTHS } from '../model/calendar.js';
import { MEETING_FACTS } from '../model/facts.js';
import { titled, type Person, type Site } from '../model/organization.js';
import { agendaItem } from '../talk/agenda-item.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { loadTopics } from '../talk/phrase-files.js';
import { Session } from '../talk/session.js';
import { sideThread } from '../talk/side-talk.js';
import { siteReport } from '../talk/site-report.js';
import { backchannel, speak } from '../talk/speech.js';
import { latestDateIn, topicAllowed, type Topic } from '../talk/topic.js';
import { counted, listed, numberWord, ordinal, percent, pointChange } from '../talk/words.js';

/** One operations review: the month just closed, site by site. */
export function operationsReview(mc: MeetingContext): Session {
  const { org, rng, world } = mc;
  const d = mc.date();
  const month = d.getUTCFullYear() * 12 + d.getUTCMonth() - 1;
  const monthName = MONTHS[(month % 12 + 12) % 12]!;
  const sites = world.sites.sites;
  const managers = sites.map((x) => x.manager!).filter(Boolean);
  const guests: Person[] = [org.ehs, org.supply, ...(rng.chance(0.5) ? [org.sales] : []), ...(rng.chance(0.4) ? [org.cfo] : [])];
  const present = [org.coo, ...guests, ...managers];
  const s = new Session({ index: mc.meeting.index, kind: 'operations-review', title: 'Monthly Operations Review', date: isoDate(mc.day), chair: org.coo }, rng, present, rng.int(0, 30));
  const say = (who: Person, sentences: string[], level = 0.5) => s.say(who, speak(rng, sentences.filter((x) => x !== ''), level));
  const base = mc.layer({ monthName, cooFirst: org.coo.first, ehsFirst: org.ehs.first, supplyFirst: org.supply.first });
  s.meta(`${org.name.toUpperCase()}\nMONTHLY OPERATIONS REVIEW — ${monthName.toUpperCase()} RESULTS\n${mc.longDate()}\nChair: ${titled(org.coo)}\nAttendees: ${[...guests, ...managers].map((p) => p.name).join(', ')}`);
  say(org.coo, [mc.line('@ops_open', base), mc.line('@ops_agenda', base)], 0.4);

  // Safety first: a moment from EHS, then the month's recordables where the sweep allows stating them.
  // One site for the story: the thanks that follows goes to the same site.
  const story = mc.layer({ city: rng.pick(sites).city, injury: org.injuries }, base);
  say(org.ehs, [mc.must('safety_moment_open', base), mc.must('safety_story', story), ...mc.some('safety_moment', 1, story)], 0.4);
  if (mc.states(MEETING_FACTS.injuries)) {
    const rows = sites.map((x) => ({ x, m: world.sites.month(x, month) }));
    const total = rows.reduce((a, r) => a + r.m.recordables, 0);
    const hurt = rows.filter((r) => r.m.recordables > 0);
    const sv = mc.layer({ total: counted(total, 'recordable injury'), sites: hurt.length === 1 && total === 1 ? hurt[0]!.x.city : hurt.length ? listed(hurt.map((r) => `${r.x.city} with ${numberWord(r.m.recordables)}`)) : 'none', clean: counted(rows.length - hurt.length, 'site'), injury: org.injuries }, base);
    say(org.ehs, [mc.must(total ? 'safety_total' : 'safety_zero', sv), ...(hurt.length ? [mc.must(total === 1 ? 'safety_site_one' : 'safety_sites', sv)] : []), mc.one('safety_follow', sv)], 0.3);
    // A question fits the count: one injury is asked about as one, a pattern only among several.
    const qa = total && rng.chance(0.5) ? (total === 1 ? mc.pair('safety_q_one', 'safety_a_one', mc.layer({ injury: rng.pick(org.injuries) }, sv)) : total >= 3 ? mc.pair('safety_q', 'safety_a', sv) : undefined) : undefined;
    if (qa) say(org.coo, [qa[0]], 0.6), say(org.ehs, [qa[1]], 0.5);
  }

  // Each site's month.
  const actions: string[] = [];
  for (const [i, x] of rng.shuffle(sites).entries()) {
    say(org.coo, [mc.line(i === 0 ? '@site_call_first' : '@site_call', mc.layer({ city: x.city, f: x.manager!.first, siteName: x.kind === 'plant' ? `the ${x.city} plant` : `the ${x.city} distribution center` }, base))], 0.3);
    const item = siteReport(mc, { s, chair: org.coo, askers: [org.coo, org.coo, ...guests] }, x, month, world.sites.month(x, month), world.sites.month(x, month - 12), siteBase(mc, x, base));
    if (item) {
      const due = `${item} by ${mc.shortDate(rng.int(7, 30))}`;
      actions.push(due);
      s.say(org.coo, `${mc.fixed(ACTION_LEAD)} ${due}.`);
    }
    if (rng.chance(0.06)) sideThread(mc, s, [org.coo, x.manager!, ...guests], base);
  }

  // Supply chain: materials and freight.
  const pair = rng.pick(org.suppliers);
  const sv = mc.layer({ supplier: pair.name, material: pair.supplies, carrier: org.carriers.map((x) => x.name), region: org.regions.map((r) => r.name), outsider: mc.outsiders.person(rng) }, base);
  // The COO hands over, so the report's "Thanks, <cooFirst>" answers a call rather than the last site's answer.
  say(org.coo, [mc.line('@supply_call', mc.layer({ sFirst: org.supply.first }, sv))], 0.3);
  say(org.supply, [mc.must('supply_open', sv), ...mc.some('supply_materials', 2, sv), ...(mc.states(MEETING_FACTS.carriers) ? mc.some('supply_freight', 1, sv) : []), mc.one('supply_inventory', sv)], 0.5);
  const qa = rng.chance(0.6) ? mc.pair('supply_q', 'supply_a', sv) : undefined;
  if (qa) say(org.coo, [qa[0]], 0.6), say(org.supply, [qa[1]], 0.5);

  // Topics of the month.
  const presenters: Record<string, Person> = { coo: org.coo, 'supply-chain': org.supply, ehs: org.ehs, ...(guests.includes(org.sales) ? { sales: org.sales } : {}), ...(guests.includes(org.cfo) ? { cfo: org.cfo } : {}) };
  // The topics the review has discussed least come first (the shuffle only breaks ties), so a topic comes back only
  // once the others have had their turn, and a persistent one comes back as its follow-up.
  const visits = (t: { id: string }) => mc.series.visits.get(t.id) ?? 0;
  const open = loadTopics('operations').filter((t) => topicAllowed(mc, t) && presenters[t.presenter] && !(t.persist && !t.followUp && mc.series.topics.has(t.id)));
  // A lasting topic that has said all it has (its follow-up, and its later word if it has one) comes back only when nothing else is left.
  const order = (t: Topic) => visits(t) + (t.persist && t.followUp && visits(t) >= (t.followUp.later ? 3 : 2) ? 1000 : 0);
  const topics = rng.shuffle(open).sort((a, b) => order(a) - order(b)).slice(0, rng.int(2, 3));
  for (const t of topics) {
    mc.series.visits.set(t.id, visits(t) + 1);
    const presenter = presenters[t.presenter]!;
    // The COO runs the review; a topic of the COO's own is simply taken up, without handing the floor to oneself.
    const own = presenter === org.coo;
    const out = agendaItem(mc, { s, chair: org.coo, presenter, askers: [org.coo, ...guests, ...rng.sample(managers, 3)].filter((p) => p !== presenter), peers: guests }, t, {
      intro: own ? '{Next|Moving on}, <title>.' : '{Next|Okay, next} is <title>{. <p>?|; <p>, go ahead.|, and <p> has the floor.}', rounds: rng.int(2, 4), tables: 0, looseness: 0.7, selfIntro: own,
    });
    if (t.tasks.length && rng.chance(0.5)) {
      const task = rng.pick(t.tasks);
      const due = mc.shortDate(Math.max(rng.int(10, 35), latestDateIn(task, out.vars) + rng.int(5, 20)));
      const what = mc.fill(task, out.vars);
      const item = `${presenter.name} will ${what} by ${due}`;
      actions.push(item);
      // The chair who presented the topic takes the follow-up in the first person, not by her own name.
      s.say(org.coo, presenter === org.coo ? `${mc.fixed("{Okay|Alright|Good}, {that one's mine|I'll take that one|an action item for me}:")} I'll ${what} by ${due}.` : `${mc.fixed(ACTION_LEAD)} ${item}.`);
    }
  }
  if (actions.length) {
    const head = actions.length === 1 ? `${mc.fixed("{To recap|Before we drop|Quick recap}, {we have|there's} one action item:")} ${actions[0]!}.` : [mc.fixed(`{To recap|Before we drop|Quick recap}, {we have|there are} ${numberWord(actions.length)} action items.`), ...actions.map((a, i) => `${ordinal(i)}, ${a}.`)].join(' ');
    s.say(org.coo, head);
  }
  say(org.coo, [mc.line('@ops_close', base)], 0.4);
  return s;
}

// How the chair puts a follow-up on the action list (said before every item, so it has several wordings).
const ACTION_LEAD = "{Okay|Alright|Good}, {action item|let's make that an action item|let's put that on the list|that one goes on the action list|let's capture that}:";

/** A site's own products, supplier and neighbors, under the review's variables. */
function siteBase(mc: MeetingContext, x: Site, base: Vars): Vars {
  const { rng, org } = mc;
  const vendor = rng.pick(org.suppliers);
  return mc.layer({
    product: x.segment ? org.segments.find((g) => g.name === x.segment)!.productLines.map((p) => p.name) : org.segments.flatMap((g) => g.productLines.map((p) => p.name)),
    supplier: vendor.name, material: vendor.supplies, outsider: mc.outsiders.person(rng), n: String(rng.int(2, 12)), line: String(rng.int(1, 9)),
    account: x.segment ? org.segments.find((g) => g.name === x.segment)!.accounts.map((a) => a.name) : org.segments.flatMap((g) => g.accounts.map((a) => a.name)),
  }, base);
}
