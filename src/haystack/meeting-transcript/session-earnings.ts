// Quarterly earnings calls: operator, safe harbor, CEO and CFO remarks walking each segment, analyst Q&A answered on topic, close.
import type { Rng } from '../../util/rng.js';
import { loadHaystackData, type Vars } from '../data.js';
import { MONTHS, type MeetingContext } from './context.js';
import { moneyText as m } from './entities.js';
import type { Speaker } from './organization.js';
import { Session } from './session.js';
import { backchannel, speak } from './speech.js';

/** Quarterly figures carried from call to call so growth rates refer to the real prior-year quarter. */
export interface QuarterBook {
  /** Revenue by segment (millions) for the last eight quarters, oldest first. */
  history: number[][];
  quarter: number;
  fiscalYear: number;
}

interface Question { short: string; by: 'ceo' | 'cfo'; q: string[]; a: string[]; f: string[] }

const QNAMES = ['first', 'second', 'third', 'fourth'];
const REGIONS = ['North America', 'Europe', 'Latin America', 'Asia Pacific', 'China', 'India', 'the Middle East', 'Japan', 'Southeast Asia', 'Canada'];
/** "up 6.3 percent" / "down 2.1 percent" / "flat": a growth rate as said aloud. */
const pctStr = (x: number) => (Math.abs(x) < 0.0005 ? 'flat' : `${x < 0 ? 'down' : 'up'} ${Math.abs(x * 100).toFixed(1)} percent`);

/** Starts a quarter book with a year of seeded history. */
export function createQuarterBook(rng: Rng, segments: number, year: number): QuarterBook {
  const base = Array.from({ length: segments }, () => rng.float(150, 1200));
  const history = Array.from({ length: 4 }, (_, q) => base.map((b) => b * (1 + 0.02 * q) * rng.float(0.95, 1.05)));
  return { history, quarter: 0, fiscalYear: year };
}

/** One earnings call for the next quarter of the book. */
export function earningsCall(mc: MeetingContext, book: QuarterBook): Session {
  const { org, rng, ent } = mc;
  const c = org.company;
  const prior = book.history[book.history.length - 4]!;
  const seg = prior.map((p) => p * (1 + rng.float(-0.06, 0.12)));
  book.history.push(seg);
  if (book.history.length > 8) book.history.shift();
  const q = book.quarter;
  const fy = book.fiscalYear;
  book.quarter = (q + 1) % 4;
  if (book.quarter === 0) book.fiscalYear++;
  const rev = seg.reduce((a, b) => a + b, 0);
  const revPrev = prior.reduce((a, b) => a + b, 0);
  const gm = rng.float(28, 46);
  const om = rng.float(8, 19);
  const eps = rng.float(0.6, 3.2);
  const analysts = rng.sample(org.analysts, rng.int(7, 11));
  const s = new Session(`${c.short} ${QNAMES[q]} quarter fiscal ${fy} earnings call, ${mc.longDate()}`, rng, [org.operator, org.ir, org.ceo, org.cfo, ...analysts]);
  const d = mc.date();
  const ind = rng.pick(c.industry.nameWords);
  const guideMid = rev * 4 * rng.float(0.98, 1.06);
  const [region, region2] = rng.sample(REGIONS, 2);
  const v = mc.layer({
    rev: m(rev), revPrev: m(revPrev), growth: pctStr(rev / revPrev - 1), gm: `${gm.toFixed(1)} percent`, gmDelta: rng.int(1, 25) * 10, oi: m(rev * om / 100),
    om: `${om.toFixed(1)} percent`, eps: `$${eps.toFixed(2)}`, epsPrev: `$${(eps * rng.float(0.85, 1.1)).toFixed(2)}`, tax: ent.pct(19, 26, 1), fx: `${rng.chance(0.5) ? 'negative ' : ''}${rng.float(0.2, 2.5).toFixed(1)} percent`,
    fcf: m(rev * rng.float(0.04, 0.14)), lev: rng.float(1.2, 3.1).toFixed(1), wc: ent.pct(14, 24, 1), returned: m(rev * rng.float(0.02, 0.08)), auth: m(rng.float(150, 900)),
    capex: m(rev * rng.float(0.02, 0.05)), capexYear: m(rev * rng.float(0.1, 0.18)), guideLow: m(guideMid * 0.98), guideHigh: m(guideMid * 1.02), epsLow: `$${(eps * 3.8).toFixed(2)}`, epsHigh: `$${(eps * 4.1).toFixed(2)}`,
    save: m(rev * rng.float(0.003, 0.012)), p2: ent.pct(2, 18), p3: ent.pct(55, 95), p4: ent.pct(0.5, 6.5, 1), p4b: ent.pct(0.5, 6.5, 1), bps: rng.int(3, 16) * 10, bps2: rng.int(3, 16) * 10, bps3: rng.int(3, 16) * 10,
    btb: rng.float(0.88, 1.22).toFixed(2), backlog: m(rev * rng.float(0.4, 1.3)), m2: m(rng.float(40, 300)), m3: m(rng.float(2, 30)), n1: ent.count(400, 30000), n2: rng.int(6, 60), n3: rng.int(2, 9), n3b: rng.int(10, 16),
    inv: m(rng.float(8, 90)), shares: `${rng.float(0.3, 4).toFixed(1)} million`, city: rng.pick(mc.vars.city as string[]), region: region!, region2: region2!, competitor: ent.competitor(ind), target: ent.vendor(),
    rawMat: rng.pick(c.industry.rawMaterials), abroad: ent.abroad(), monthNow: MONTHS[d.getUTCMonth()]!, month: MONTHS[(d.getUTCMonth() + rng.int(2, 5)) % 12]!,
    ceoFirst: org.ceo.first, cfoFirst: org.cfo.first, year: fy, market2: mc.vars.market!, term: String(rng.int(3, 7)),
    qname: QNAMES[q]!, nextQname: QNAMES[(q + 1) % 4]!, prevYear: fy - 1, callDate: mc.shortDate(),
  });
  const segVars = c.segments.map((x, i) => mc.layer({
    seg: x.name, segRev: m(seg[i]!), segGrowth: pctStr(seg[i]! / prior[i]! - 1), segWhy: seg[i]! >= prior[i]! ? ['driven by', 'helped by'] : ['despite', 'even with'], segMargin: `${rng.float(8, 24).toFixed(1)} percent`,
    product: rng.pick(x.products), customer: rng.pick(x.customers), market: rng.pick(x.markets), p2: ent.pct(2, 18), btb: rng.float(0.88, 1.22).toFixed(2), backlog: m(seg[i]! * rng.float(0.4, 1.3)),
  }, v));
  const segOf = (i: number): Vars => segVars[i % segVars.length]!;
  // Boilerplate a call never skips (safe harbor, hand-offs): fresh wording when the memory has it, else repeated.
  const lines = (list: string, vars: Vars) => mc.g.list(list).map((t) => mc.line(t, vars));
  const pickLines = (list: string, n: number, vars: Vars) => rng.sample(mc.g.list(list).map((_, i) => i), n).sort((a, b) => a - b).map((i) => mc.say(mc.g.list(list)[i]!, vars));

  s.meta(`${c.name}\n${QNAMES[q]!.charAt(0).toUpperCase() + QNAMES[q]!.slice(1)} Quarter Fiscal ${fy} Earnings Conference Call\n${mc.longDate()}\nCorporate participants: ${[org.ir, org.ceo, org.cfo].map((p) => p.label).join('; ')}\nConference call participants: ${analysts.map((a) => a.label).join('; ')}`);
  s.say(org.operator, [mc.line(`{Good morning|Good day|Greetings}, and welcome to the ${c.short} ${QNAMES[q]} quarter fiscal ${fy} earnings conference call.`), mc.line(`{At this time, all participants are in a listen-only mode|All lines are currently muted|All participants are in listen-only mode for now|Your lines have been placed on mute}{, and a question-and-answer session will follow the prepared remarks|; after the presentation we'll open the line for questions|, and we'll take questions after ${org.cfo.first}'s remarks|, and today's call, on ${mc.shortDate()}, is being recorded|, and as a reminder, this conference is being recorded|}.`), mc.line(`I would now like to turn the {call|conference} over to {your host, |}${org.ir.name}, ${org.ir.role}, for the ${QNAMES[q]} quarter fiscal ${fy} {results|call}. {Please go ahead|You may begin}.`)].join(' '));
  s.say(org.ir, speak(rng, [mc.fixed('{Thank you, operator.|Thanks, operator.} {Good morning.|Hi, everyone.|Welcome, everyone.|Hello, everyone.}'), mc.line(`{With me today for the ${QNAMES[q]} quarter fiscal ${fy} call are|Joining me on the fiscal ${fy} ${QNAMES[q]} quarter call are|Here with me for the ${QNAMES[q]} quarter call are} ${org.ceo.name}, our ${org.ceo.role}, and ${org.cfo.name}, our ${org.cfo.role}.`), ...lines('safe_harbor', v), mc.line(`{With that|And now}, I'll turn the call over to ${org.ceo.first}{ to discuss the ${QNAMES[q]} quarter| to walk through the ${QNAMES[q]} quarter of fiscal ${fy}}.`)], 0));
  const order = rng.shuffle(segVars.map((_, i) => i));
  s.say(org.ceo, speak(rng, [mc.fixed('{Thanks|Thank you}, <ir>.', { ir: org.ir.first }), mc.say(`{Good morning, everyone|Thanks to everyone for joining us|Good morning, and thanks for joining the ${QNAMES[q]} quarter call|We appreciate you joining us this morning}.`), ...pickLines('ceo_open', 2, v), ...order.map((i) => mc.one('ceo_segment', segOf(i))), ...pickLines('ceo_strategy', 3, segOf(order[0]!)), ...lines('ceo_close', v)], 0.05));
  const cfoSeg = order.map((i) => mc.one('cfo_segment', mc.layer({ driver: mc.g.list('driver'), headwind: mc.g.list('headwind') }, segOf(i))));
  const mix = mc.layer({ driver: mc.g.list('driver'), headwind: mc.g.list('headwind'), macro: mc.g.list('macro') }, segOf(order[0]!));
  s.say(org.cfo, speak(rng, [mc.fixed('{Thanks|Thank you}, <ceoFirst>.', v), mc.say(`{Good morning, everyone|Good morning|Hello, everyone|And good morning to everyone on the line}.`), ...lines('cfo_total', mix), ...cfoSeg, ...lines('cfo_cash', mix)], 0.05));
  s.say(org.cfo, speak(rng, lines('cfo_guide', mix), 0.05));
  s.say(org.operator, mc.line(`{Thank you|Thanks}. {We will now begin the question-and-answer session|We'll now open the line for questions|We'll now take questions}{ on the ${QNAMES[q]} quarter fiscal ${fy} results| for ${c.short}'s ${QNAMES[q]} quarter| on fiscal ${fy}}{, and to ask a question, please press star one on your telephone keypad|; if you would like to ask a question, press star then one|, and please limit yourself to one question and one follow-up|; to join the queue, press star one}.`));

  const questions = loadHaystackData<Question[]>('meeting-transcript/earnings-questions.json');
  const deck = rng.shuffle(questions);
  const execOf = (x: Question): [Speaker, Speaker] => (x.by === 'ceo' ? [org.ceo, org.cfo] : [org.cfo, org.ceo]);
  for (const a of analysts) {
    const firm = a.role.replace('Analyst, ', '');
    // An analyst asks only questions not yet asked word for word in the series, each with an answer not yet given;
    // one whose every candidate is used up is not called on at all (no question-less answers).
    const exchanges: Array<{ x: Question; qv: Vars; q: string; answers: string[] }> = [];
    for (let want = rng.chance(0.45) ? 2 : 1, tries = 0; exchanges.length < want && tries < 4; tries++) {
      const x = deck.pop() ?? rng.pick(questions);
      const qv = mc.layer({ analystFirst: a.first }, segOf(rng.int(0, segVars.length - 1)));
      qv.qshort = mc.g.fill(rng, x.short, qv);
      const q = mc.say(rng.pick(x.q), qv);
      const answers = q ? x.a.map((t) => mc.say(t, qv)).filter((t) => t !== '') : [];
      if (q && answers.length) exchanges.push({ x, qv, q, answers });
    }
    if (!exchanges.length) continue;
    s.say(org.operator, mc.line(`{Our next question comes from|The next question is from|We'll take our next question from|Next, we have|Our next question is from the line of|We'll go next to} ${a.name} with ${firm}{; your line is open|; please go ahead|, and your line is now open|. Go ahead, ${a.first}}.`));
    for (const [k, { x, qv, q, answers }] of exchanges.entries()) {
      const [who, other] = execOf(x);
      const opener = k === 0 && rng.chance(0.6) ? [mc.one('analyst_open', qv)] : k > 0 ? [mc.say('{And then|And} {a follow-up|a second one|just one more}{, if I could|, please|}.')] : [];
      s.say(a, speak(rng, [...opener, q], 0.6));
      const n = rng.int(Math.min(2, answers.length), Math.min(3, answers.length));
      // A follow-up in the same exchange gets no second greeting.
      const bridge = k === 0 ? mc.one('exec_bridge', mc.layer({ meFirst: who.first }, qv)) : mc.fixed(rng.pick(['Sure.', 'Yeah.', 'Sure, <analystFirst>.', 'Yes.', 'Okay.', 'Good one.']), qv);
      s.say(who, speak(rng, [bridge, ...answers.slice(0, n)], 0.45));
      let rest = answers.slice(n);
      const f = x.f.length && rng.chance(0.5) ? mc.say(rng.pick(x.f), qv) : '';
      if (f) {
        s.say(a, speak(rng, [f], 0.6));
        s.say(who, speak(rng, rest.length ? rest.slice(0, 1) : [mc.line('{Not really|Not meaningfully}{, no|}. {It|That} {hasn\'t moved|is about where it was} {in the last few quarters|since we last talked}.')], 0.45));
        rest = rest.slice(1);
      }
      // The other executive always says they are adding on (short lines: they may repeat across calls).
      if (rest.length && rng.chance(0.5)) s.say(other, speak(rng, [mc.fixed(rng.pick(['Yeah, just to add.', "I'd add one thing.", 'Sure, one thing.', 'Just to add to that.', 'One more thing.'])), ...rest.slice(0, 1)], 0.45));
      if (rng.chance(0.2)) s.say(a, backchannel(rng));
    }
    s.say(a, mc.one('analyst_close', { meFirst: rng.pick([org.ceo, org.cfo]).first }));
  }

  s.say(org.operator, mc.line(`{There are no further questions at this time|That concludes our question-and-answer session|We have no more questions in the queue|That was our last question|I'm showing no further questions}, so I'll turn the call back to ${org.ceo.first} {for closing remarks|to close out the ${QNAMES[q]} quarter call|for any final comments on fiscal ${fy}}.`));
  const next = QNAMES[(q + 1) % 4]!;
  s.say(org.ceo, speak(rng, [mc.line(`{Thanks, everyone, for joining|Thank you all for your questions|Thanks for your time this morning|Thank you for joining us for the ${QNAMES[q]} quarter call}{, and|;} {we look forward to|I look forward to} {updating you|talking with you|speaking with you} {next quarter|again in a few months|when we report the ${next} quarter|on the ${next} quarter call|at the end of ${MONTHS[(d.getUTCMonth() + 3) % 12]}}.`)], 0.1));
  s.say(org.operator, mc.line(`{This concludes today's conference call|Ladies and gentlemen, this concludes today's call|That concludes the ${c.short} ${QNAMES[q]} quarter call|This concludes the fiscal ${fy} ${QNAMES[q]} quarter call|That concludes today's ${c.short} call}{; you may now disconnect|. Thank you for participating, and you may now disconnect|; thank you for joining, and have a good day|; thanks for attending, and you may disconnect}.`));
  return s;
}
