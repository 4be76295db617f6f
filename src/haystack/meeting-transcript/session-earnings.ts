// Quarterly earnings calls: operator, safe harbor, CEO and CFO remarks with figures, analyst Q&A, close.
import type { Rng } from '../../util/rng.js';
import type { Vars } from '../data.js';
import type { MeetingContext } from './context.js';
import { Session } from './session.js';
import { backchannel, speak } from './speech.js';

/** Quarterly figures carried from call to call so growth rates refer to the real prior-year quarter. */
export interface QuarterBook {
  /** Revenue by segment (millions) for the last eight quarters, oldest first. */
  history: number[][];
  quarter: number;
  fiscalYear: number;
}

function m(v: number): string {
  return v >= 1000 ? `$${(v / 1000).toFixed(2)} billion` : `$${v.toFixed(1)} million`;
}

/** Starts a quarter book with a year of seeded history. */
export function createQuarterBook(rng: Rng, segments: number, year: number): QuarterBook {
  const base = Array.from({ length: segments }, () => rng.float(150, 1200));
  const history = Array.from({ length: 4 }, (_, q) => base.map((b) => b * (1 + 0.02 * q) * rng.float(0.95, 1.05)));
  return { history, quarter: 0, fiscalYear: year };
}

const QNAMES = ['first', 'second', 'third', 'fourth'];

/** One earnings call for the next quarter of the book. */
export function earningsCall(mc: MeetingContext, book: QuarterBook): Session {
  const { org, rng } = mc;
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
  const pctStr = (x: number) => `${x < 0 ? 'negative ' : ''}${Math.abs(x * 100).toFixed(1)} percent`;
  const gm = rng.float(28, 46);
  const om = rng.float(8, 19);
  const eps = rng.float(0.6, 3.2);
  const analysts = rng.sample(org.analysts, rng.int(8, 10));
  const speakers = [org.operator, org.ir, org.ceo, org.cfo, ...analysts];
  const title = `${org.company.short} ${QNAMES[q]} quarter fiscal ${fy} earnings call, ${mc.longDate()}`;
  const s = new Session(title, rng, speakers);
  const segNames = org.company.segments.map((x) => x.name);
  const k = rng.int(0, segNames.length - 1);
  const guideMid = rev * 4 * rng.float(0.98, 1.06);
  const v: Vars = {
    rev: m(rev), revPrev: m(revPrev), growth: pctStr(rev / revPrev - 1), gm: `${gm.toFixed(1)} percent`, gmDelta: rng.int(1, 25) * 10, oi: m(rev * om / 100),
    om: `${om.toFixed(1)} percent`, eps: `$${eps.toFixed(2)}`, epsPrev: `$${(eps * rng.float(0.85, 1.1)).toFixed(2)}`, segment: segNames[k]!, segRev: m(seg[k]!),
    segGrowth: pctStr(seg[k]! / prior[k]! - 1), segMargin: `${rng.float(8, 24).toFixed(1)} percent`, fcf: m(rev * rng.float(0.04, 0.14)), lev: rng.float(1.2, 3.1).toFixed(1),
    returned: m(rev * rng.float(0.02, 0.08)), guideLow: m(guideMid * 0.98), guideHigh: m(guideMid * 1.02), epsLow: `$${(eps * 3.8).toFixed(2)}`, epsHigh: `$${(eps * 4.1).toFixed(2)}`,
    save: m(rev * rng.float(0.003, 0.012)), pctB: `${rng.int(2, 18)} percent`, ceoFirst: org.ceo.first, target: rng.pick(['Ashby Controls', 'Delmar Instruments', 'Kinross Materials', 'Linwood Labs']), year: fy,
  };
  s.meta(`${org.company.name}\n${QNAMES[q]!.charAt(0).toUpperCase() + QNAMES[q]!.slice(1)} Quarter Fiscal ${fy} Earnings Conference Call\n${mc.longDate()}\nCorporate participants: ${[org.ir, org.ceo, org.cfo].map((p) => p.label).join('; ')}\nConference call participants: ${analysts.map((a) => a.label).join('; ')}`);
  s.say(org.operator, mc.say(`{Good morning|Good day|Greetings}, and welcome to the ${org.company.short} ${QNAMES[q]} quarter fiscal ${fy} earnings conference call.`) + ' ' + mc.say('{At this time, all participants are in a listen-only mode|All lines are currently muted}{, and a question-and-answer session will follow the prepared remarks|}.') + ' ' + mc.say(`I would now like to turn the call over to ${org.ir.name}, ${org.ir.role}. {Please go ahead|You may begin}.`));
  s.say(org.ir, speak(rng, [mc.say(`{Thank you|Thanks}, operator, and {good morning|welcome}, everyone. {With me today are|Joining me on the call are} ${org.ceo.name}, our ${org.ceo.role}, and ${org.cfo.name}, our ${org.cfo.role}.`), ...mc.some('safe_harbor', 4, v), mc.say(`{With that|And now}, I'll turn the call over to ${org.ceo.first}.`)], 0));
  s.say(org.ceo, speak(rng, [mc.say('{Thanks|Thank you}, <ir>, and {good morning|thanks to everyone for joining}.', { ir: org.ir.first }), ...mc.some('ceo_remark', rng.int(6, 8), v), ...mc.some('ceo_remark', 2, { ...v, segment: segNames[(k + 1) % segNames.length]! }), mc.say(`{With that|Now}, I'll {hand it over|turn it over} to ${org.cfo.first}{ to walk through the numbers|}.`)], 0.05));
  s.say(org.cfo, speak(rng, mc.g.list('cfo_remark').map((t) => mc.say(t, v)).concat([mc.say("{With that|And with that}, {operator, we're ready to take questions|let's open it up for questions}.")]), 0.05));
  s.say(org.operator, mc.say('{Thank you|Thanks}. {We will now begin the question-and-answer session|We\'ll now open the line for questions}. {To ask a question, please press star one on your telephone keypad|If you would like to ask a question, press star then one}.'));
  for (const a of analysts) {
    const firm = a.role.replace('Analyst, ', '');
    s.say(org.operator, mc.say(`{Our next question comes from|The next question is from|We'll take our next question from} ${a.name} with ${firm}. {Your line is open|Please go ahead|Your line is now open}.`));
    const qv: Vars = { ...v, qtopic: mc.g.list('qtopic'), qtopic2: mc.g.list('qtopic'), analystFirst: a.first };
    s.say(a, speak(rng, mc.some('analyst_q', rng.int(2, 3), qv), 0.7));
    const first = rng.pick([org.ceo, org.cfo]);
    const other = first === org.ceo ? org.cfo : org.ceo;
    s.say(first, speak(rng, mc.some('exec_a', rng.int(3, 5), { ...qv, otherFirst: other.first }), 0.6));
    if (rng.chance(0.5)) s.say(other, speak(rng, [mc.say('{Yeah|Sure}, {just to add|I\'d just add} {to that|one thing}.'), ...mc.some('exec_a', 2, { ...qv, otherFirst: first.first })], 0.6));
    if (rng.chance(0.6)) {
      s.say(a, speak(rng, [mc.one('analyst_q', qv)], 0.7));
      s.say(first, speak(rng, mc.some('exec_a', 2, { ...qv, otherFirst: other.first }), 0.6));
    }
    if (rng.chance(0.3)) s.say(first, backchannel(rng));
    s.say(a, mc.say(`{Thanks|Great, thanks|That's helpful, thank you}{, I'll pass it on|. I'll get back in the queue|, ${first.first}|}.`));
  }
  s.say(org.operator, mc.say(`{There are no further questions at this time|That concludes our question-and-answer session}. I'll turn the call back to ${org.ceo.first} for closing remarks.`));
  s.say(org.ceo, speak(rng, [mc.say('{Thanks, everyone, for joining|Thank you all for your questions}.'), mc.one('ceo_remark', v), mc.say('{We look forward to|I look forward to} {updating you|talking with you} {next quarter|again in a few months}.')], 0.1));
  s.say(org.operator, mc.say('{This concludes today\'s conference call|Ladies and gentlemen, this concludes today\'s call}. {You may now disconnect|Thank you for participating, and you may now disconnect}.'));
  return s;
}
