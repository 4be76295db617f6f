// Quarterly earnings call: operator, safe harbor, CEO and CFO remarks from the quarter book, guidance, analyst Q&A answered on topic, close.
import type { FactKey } from '../../place-context.js';
import { loadHaystackData, type Vars } from '../../data.js';
import { isoDate, MONTHS } from '../model/calendar.js';
import { MEETING_FACTS } from '../model/facts.js';
import { titled, type Person } from '../model/organization.js';
import type { MeetingContext } from '../talk/meeting-context.js';
import { Session } from '../talk/session.js';
import { backchannel, speak } from '../talk/speech.js';
import { change, money, percent, perShare, pointChange } from '../talk/words.js';

/** An analyst question theme (haystacks/meeting-transcript/earnings-questions.json). */
interface Question {
  short: string;
  /** Questions on one subject (the service business, labor, inventory…) are asked once per call, whoever asks. */
  subject?: string;
  by: 'ceo' | 'cfo';
  q: string[];
  a: string[];
  /** Follow-up questions, each with its answer. */
  f: Array<{ q: string[]; a: string }>;
  states?: FactKey[];
}

const QNAMES = ['first', 'second', 'third', 'fourth'];

/** One earnings call for the quarter the cycle reports. */
export function earningsCall(mc: MeetingContext): Session {
  const { org, rng, world } = mc;
  const k = mc.meeting.cycle;
  const cur = world.book.results(k);
  const old = world.book.results(k - 4);
  const guide = world.book.guidance(k);
  const before = k > 0 && world.book.results(k - 1).quarter.fiscalYear === guide.fiscalYear ? world.book.guidance(k - 1) : undefined;
  const qn = QNAMES[cur.quarter.q - 1]!;
  const fy = cur.quarter.fiscalYear;
  const analysts = rng.sample(org.analysts, rng.int(7, 10));
  const s = new Session({ index: mc.meeting.index, kind: 'earnings-call', title: `${org.short} ${qn[0]!.toUpperCase()}${qn.slice(1)} Quarter Fiscal ${fy} Earnings Call`, date: isoDate(mc.day), chair: org.ir }, rng, [org.operator, org.ir, org.ceo, org.cfo, ...analysts]);
  const d = mc.date();
  const epsGuide = mc.states(MEETING_FACTS.epsGuidance);
  const direction = !before ? 'initiating' : guide.revenueLow + guide.revenueHigh > before.revenueLow + before.revenueHigh ? 'raising' : 'narrowing';
  const v = mc.layer({
    rev: money(cur.revenue), revPrev: money(old.revenue), growth: change(cur.revenue, old.revenue), gm: percent(cur.grossMargin), gmMove: pointChange(cur.grossMargin, old.grossMargin),
    oi: money(cur.operatingIncome), om: percent(cur.operatingMargin), omMove: pointChange(cur.operatingMargin, old.operatingMargin), eps: perShare(cur.eps), epsPrev: perShare(old.eps),
    fcf: money(cur.freeCashFlow), capex: money(cur.capex), lev: cur.leverage.toFixed(1), returned: money(cur.returned), dividend: perShare(cur.dividend), backlog: money(cur.backlog),
    volume: `${cur.volume >= 0 ? 'up' : 'down'} ${Math.abs(cur.volume).toFixed(1)} percent`, pricing: percent(cur.pricing), guideLow: money(guide.revenueLow), guideHigh: money(guide.revenueHigh),
    epsLow: perShare(guide.epsLow), epsHigh: perShare(guide.epsHigh), capexYear: money(guide.capex), tax: percent(guide.taxRate), direction,
    guidePhrase: direction === 'initiating' ? 'initiating guidance for' : `${direction} our guidance to`,
    // The tone of the call follows the quarter: no 'better than we expected' or 'congrats' on a quarter whose sales fell.
    ...toneOf(cur.revenue / old.revenue - 1),
    ceoFirst: org.ceo.first, cfoFirst: org.cfo.first, irFirst: org.ir.first, year: fy, qname: qn, nextQname: QNAMES[cur.quarter.q % 4]!, callDate: mc.shortDate(),
    headwind: mc.g.list('headwind'), driver: mc.g.list('driver'), macro: mc.g.list('macro'), region: mc.g.list('region'), competitor: org.competitors,
    material: org.rawMaterials.map(([x]) => x), plantCity: newCapacityCity(org.sites.filter((x) => x.kind === 'plant').map((x) => x.city), org.name),
  });
  const segVars = org.segments.map((x, i) => mc.layer({
    seg: x.name, segRev: money(cur.segmentRevenue[i]!), segGrowth: change(cur.segmentRevenue[i]!, old.segmentRevenue[i]!), segMargin: percent(cur.segmentMargin[i]!),
    segMarginMove: pointChange(cur.segmentMargin[i]!, old.segmentMargin[i]!),
    // What moved the margin, named on the side it moved: a tailwind when it rose, a headwind when it fell.
    marginWhy: cur.segmentMargin[i]! >= old.segmentMargin[i]! ? ['helped by <driver>', 'reflecting <driver>'] : ['as <headwind> weighed on the quarter', 'reflecting <headwind>'],
    segWhy: cur.segmentRevenue[i]! >= old.segmentRevenue[i]! ? ['driven by', 'helped by'] : ['despite', 'even with'],
    product: x.productLines.map((p) => p.name), account: x.accounts.map((a) => a.name), market: x.markets,
  }, v));
  const segOf = (i: number): Vars => segVars[i % segVars.length]!;
  const lines = (list: string, vars: Vars) => mc.g.list(list).map((t) => mc.line(t, vars));

  s.meta(`${org.name}\n${qn[0]!.toUpperCase()}${qn.slice(1)} Quarter Fiscal ${fy} Earnings Conference Call\n${mc.longDate()}\nCorporate participants: ${[org.ir, org.ceo, org.cfo].map(titled).join('; ')}\nConference call participants: ${analysts.map(titled).join('; ')}`);
  s.say(org.operator, [mc.line('@op_welcome', v), mc.line('@op_muted', v), mc.line('@op_handoff', mc.layer({ irName: org.ir.name, irTitle: org.ir.title }, v))].join(' '));
  s.say(org.ir, speak(rng, [mc.fixed('@ir_hello'), mc.line('@ir_with_me', mc.layer({ ceoName: org.ceo.name, cfoName: org.cfo.name }, v)), ...lines('safe_harbor', v), mc.line('@ir_handoff', v)], 0));
  const order = rng.shuffle(segVars.map((_, i) => i));
  s.say(org.ceo, speak(rng, [mc.fixed('{Thanks|Thank you}, <irFirst>.', v), mc.line('@ceo_greet', v), ...mc.some('ceo_open', 2, v), ...order.map((i) => mc.must('ceo_segment', segOf(i))), ...mc.some('ceo_strategy', 3, segOf(order[0]!)), mc.line('@ceo_close', v)], 0.05));
  const cfoSeg = order.map((i) => mc.must(mc.states(MEETING_FACTS.segmentMargins) ? 'cfo_segment_margin' : 'cfo_segment', segOf(i)));
  s.say(org.cfo, speak(rng, [mc.fixed('{Thanks|Thank you}, <ceoFirst>.', v), mc.line('@cfo_greet', v), ...lines('cfo_total', v), ...(mc.states(MEETING_FACTS.pricing) ? [mc.must('cfo_pricing', v)] : []), ...cfoSeg, ...lines('cfo_cash', v)], 0.05));
  s.say(org.cfo, speak(rng, [mc.must('cfo_guide_revenue', v), ...(epsGuide ? [mc.must('cfo_guide_eps', v)] : []), mc.must('cfo_guide_other', v), mc.line('@cfo_guide_close', v)], 0.05));
  s.say(org.operator, mc.line('@op_qa', v));

  const questions = loadHaystackData<Question[]>('meeting-transcript/earnings-questions.json').filter((x) => (x.states ?? []).every((f) => mc.states(f)));
  const deck = rng.shuffle(questions);
  const execOf = (x: Question): [Person, Person] => (x.by === 'ceo' ? [org.ceo, org.cfo] : [org.cfo, org.ceo]);
  const subjects = new Set<string>();
  for (const a of analysts) {
    const firm = a.title.replace('Analyst, ', '');
    // An analyst asks only questions not yet asked word for word in the series, each with an answer not yet given.
    const exchanges: Array<{ x: Question; qv: Vars; q: string; answers: string[] }> = [];
    for (let want = rng.chance(0.45) ? 2 : 1, tries = 0; exchanges.length < want && tries < 4; tries++) {
      const x = deck.pop() ?? rng.pick(questions);
      // A subject another analyst already raised on this call waits for a later call (at the bottom of the deck).
      if (x.subject && subjects.has(x.subject)) {
        deck.unshift(x);
        continue;
      }
      // Every list the question may name is drawn once, so the answer speaks of the same material, rival or market.
      const sv = segOf(rng.int(0, segVars.length - 1));
      const one = (k: string): string => { const x = sv[k]; return Array.isArray(x) ? mc.fill(rng.pick(x as string[]), sv) : String(x ?? ''); };
      const qv = mc.layer({ analystFirst: a.first, material: one('material'), competitor: one('competitor'), market: one('market'), plantCity: one('plantCity'), product: one('product'), account: one('account'), headwind: one('headwind'), driver: one('driver'), macro: one('macro'), region: one('region') }, sv);
      qv.qshort = mc.fill(x.short, qv);
      const q = mc.say(rng.pick(x.q), qv);
      const answers = q ? x.a.map((t) => mc.say(t, qv)).filter((t) => t !== '') : [];
      if (q && answers.length) {
        exchanges.push({ x, qv, q, answers });
        if (x.subject) subjects.add(x.subject);
      }
    }
    if (!exchanges.length) continue;
    // The analyst thanks the executive who answered last, never one who did not speak.
    let lastToSpeak = org.ceo;
    s.say(org.operator, mc.line('@op_next', mc.layer({ name: a.name, firm, first: a.first }, v)));
    for (const [i, { x, qv, q, answers }] of exchanges.entries()) {
      const [who, other] = execOf(x);
      const opener = i === 0 && rng.chance(0.6) ? [mc.one('analyst_open', qv)] : i > 0 ? [mc.say('{And then|And} {a follow-up|a second one|just one more}{, if I could|, please|}.')] : [];
      s.say(a, speak(rng, [...opener, q], 0.6));
      const n = rng.int(Math.min(2, answers.length), Math.min(3, answers.length));
      const bridge = i === 0 ? mc.one('exec_bridge', mc.layer({ meFirst: who.first }, qv)) : mc.fixed(rng.pick(['Sure.', 'Yeah.', 'Sure, <analystFirst>.', 'Yes.', 'Okay.']), qv);
      s.say(who, speak(rng, [bridge, ...answers.slice(0, n)], 0.45));
      lastToSpeak = who;
      const rest = answers.slice(n);
      // A follow-up has its own answer.
      const fu = x.f.length && rng.chance(0.5) ? rng.pick(x.f) : undefined;
      const f = fu ? mc.say(rng.pick(fu.q), qv) : '';
      if (fu && f) {
        s.say(a, speak(rng, [f], 0.6));
        s.say(who, speak(rng, [mc.line(fu.a, qv)], 0.45));
        lastToSpeak = who;
      }
      if (rest.length && rng.chance(0.5)) {
        s.say(other, speak(rng, [mc.fixed(rng.pick(['Yeah, just to add.', "I'd add one thing.", 'Sure, one thing.', 'Just to add to that.', 'One more thing.'])), ...rest.slice(0, 1)], 0.45));
        lastToSpeak = other;
      }
      // A backchannel only between exchanges: after the last one the analyst's thanks follow in the same breath.
      if (i < exchanges.length - 1 && rng.chance(0.2)) s.say(a, backchannel(rng));
    }
    s.say(a, mc.one('analyst_close', { meFirst: lastToSpeak.first }));
  }
  s.say(org.operator, mc.line('@op_last', v));
  s.say(org.ceo, speak(rng, [mc.line(`{Thanks, everyone, for joining|Thank you all for your questions|Thanks for your time this morning|Thank you for joining us for the <qname> quarter call}{, and|;} {we look forward to|I look forward to} {updating you|talking with you|speaking with you} {next quarter|again in a few months|when we report the <nextQname> quarter|at the end of ${MONTHS[(d.getUTCMonth() + 3) % 12]}}.`, v)], 0.1));
  // The operator's close is boilerplate, said in full on every call however often the series has heard it.
  s.say(org.operator, mc.fixed('@op_close', v));
  return s;
}

/**
 * The one plant where the company is adding capacity, the same on every call of the series: the CFO's "start-up costs
 * in Scranton" and an analyst's question on "the start-up in El Paso" never name two plants for one start-up.
 */
function newCapacityCity(cities: string[], company: string): string {
  let h = 2166136261;
  for (const ch of company) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return cities[h % cities.length]!;
}

/** How the executives and analysts speak of a quarter, from its sales growth year over year. */
function toneOf(growth: number): { quarterVs: string[]; quarterKind: string[]; analystThanks: string[] } {
  const thanks = ['thanks for taking my question', 'thanks for taking the question'];
  if (growth >= 0.03) return { quarterVs: ['a bit better than we expected', 'about as we expected'], quarterKind: ['a solid', 'a good'], analystThanks: [...thanks, 'congrats on the quarter'] };
  if (growth >= 0) return { quarterVs: ['about as we expected', 'roughly in line with what we expected'], quarterKind: ['a steady', 'a solid'], analystThanks: thanks };
  return { quarterVs: ['slightly below where we wanted', 'a little short of what we expected'], quarterKind: ['a mixed', 'a tougher'], analystThanks: thanks };
}
