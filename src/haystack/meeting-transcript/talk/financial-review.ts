// The CFO's financial review at the board: the reported quarter from the quarter book, segment by segment, cash, capital and outlook, then directors' questions answered from the same figures.
import type { Vars } from '../../data.js';
import { MEETING_FACTS } from '../model/facts.js';
import type { Person } from '../model/organization.js';
import type { QuarterResults } from '../model/quarter-book.js';
import type { MeetingContext } from './meeting-context.js';
import { floor, utter, type Room } from './procedure.js';
import { backchannel } from './speech.js';
import { change, money, percent, perShare, pointChange } from './words.js';

const QNAMES = ['first', 'second', 'third', 'fourth'];

/** Variables of one segment's quarter: its figures, what moved them, and its own products, customers and market. */
function segmentVars(mc: MeetingContext, cur: QuarterResults, old: QuarterResults, i: number, parent: Vars, used: Set<string>): Vars {
  const { org, rng } = mc;
  const seg = org.segments[i]!;
  const up = cur.segmentRevenue[i]! >= old.segmentRevenue[i]!;
  const sv = mc.layer({
    seg: seg.name, segRev: money(cur.segmentRevenue[i]!), segPrior: money(old.segmentRevenue[i]!), segMove: change(cur.segmentRevenue[i]!, old.segmentRevenue[i]!),
    segMargin: percent(cur.segmentMargin[i]!), segMarginMove: pointChange(cur.segmentMargin[i]!, old.segmentMargin[i]!),
    segMarket: rng.pick(seg.markets), segCustomer: rng.pick(seg.customerTypes), segProduct: rng.pick(seg.productLines).name, segAccount: rng.pick(seg.accounts).name,
  }, parent);
  // One cause per segment, said in the walk and repeated if a director asks: the same reason both times.
  // Each segment has its own reason: a cause already given for another segment in this walk is not drawn again.
  const causes = mc.g.list(up ? 'fin_cause_up' : 'fin_cause_down');
  const fresh = causes.filter((c) => !used.has(c));
  const cause = rng.pick(fresh.length ? fresh : causes);
  used.add(cause);
  sv.cause = mc.fill(cause, sv);
  sv.up = up ? 'up' : 'down';
  return sv;
}

/** The financial review: the chair's call, the CFO's walk through the quarter, and two to five questions. */
export function financialReview(mc: MeetingContext, room: Room, cfo: Person, itemNumber: string): void {
  const { org, rng, world } = mc;
  const k = mc.meeting.cycle;
  const cur = world.book.results(k);
  const old = world.book.results(k - 4);
  const guide = world.book.guidance(k);
  const plants = org.sites.filter((s) => s.kind === 'plant').map((s) => s.city);
  const levTarget = Math.max(1, cur.leverage - rng.float(0.1, 0.5));
  const v = mc.layer({
    n: itemNumber, f: cfo.first, chairFirst: room.chair.first, qname: QNAMES[cur.quarter.q - 1]!, nextQname: QNAMES[cur.quarter.q % 4]!, fy: String(cur.quarter.fiscalYear),
    rev: money(cur.revenue), revPrior: money(old.revenue), revMove: change(cur.revenue, old.revenue),
    gm: percent(cur.grossMargin), gmPrior: percent(old.grossMargin), gmMove: pointChange(cur.grossMargin, old.grossMargin),
    om: percent(cur.operatingMargin), omPrior: percent(old.operatingMargin), omMove: pointChange(cur.operatingMargin, old.operatingMargin),
    oi: money(cur.operatingIncome), eps: perShare(cur.eps), epsPrior: perShare(old.eps), fcf: money(cur.freeCashFlow), fcfPrior: money(old.freeCashFlow), capex: money(cur.capex),
    lev: cur.leverage.toFixed(1), levPrior: old.leverage.toFixed(1), levTarget: levTarget.toFixed(1), returned: money(cur.returned), dividend: perShare(cur.dividend),
    backlog: money(cur.backlog), backlogPrior: money(old.backlog), backlogMove: change(cur.backlog, old.backlog), headcount: cur.headcount.toLocaleString('en-US'),
    guideLow: money(guide.revenueLow), guideHigh: money(guide.revenueHigh), epsLow: perShare(guide.epsLow), epsHigh: perShare(guide.epsHigh), capexYear: money(guide.capex), tax: percent(guide.taxRate),
    material: org.rawMaterials.map(([m]) => m), plantCity: plants, share: rng.pick(['half', 'two-thirds', 'a third', 'three-quarters']),
  });
  const usedCauses = new Set<string>();
  const segs = org.segments.map((_, i) => segmentVars(mc, cur, old, i, v, usedCauses));
  const order = rng.shuffle(segs.map((_, i) => i));
  const gmUp = cur.grossMargin >= old.grossMargin;
  const fcfUp = cur.freeCashFlow >= old.freeCashFlow;
  const margins = mc.states(MEETING_FACTS.segmentMargins);

  // Directors question management; the CEO, a member of the board, does not question the CFO.
  const directors = floor(room).filter((p) => p.role !== 'ceo');
  utter(mc, room.s, room.chair, [mc.line('@fin_intro', v)], 0.2);
  utter(mc, room.s, cfo, [mc.line('@fin_open', v), mc.must('fin_revenue', v), ...order.map((i) => mc.must(margins && rng.chance(0.4) ? 'fin_segment_margin' : 'fin_segment', segs[i]!))], 0.25);
  if (rng.chance(0.5)) room.s.say(rng.pick(directors), backchannel(rng));
  // The margin's cause is drawn once: the walk and any answer about margin give the same reason.
  v.gmCause = mc.fill(gmUp ? '@fin_gm_cause_up' : '@fin_gm_cause_down', v);
  utter(mc, room.s, cfo, [mc.must(gmUp ? 'fin_gm_up' : 'fin_gm_down', v), mc.must('fin_om', v), mc.must('fin_eps', v)], 0.25);
  utter(mc, room.s, cfo, [mc.must(fcfUp ? 'fin_cash_up' : 'fin_cash_down', v), mc.must('fin_capital', v), mc.one('fin_backlog', v)], 0.25);
  utter(mc, room.s, cfo, [mc.must('fin_outlook', v), ...(mc.states(MEETING_FACTS.epsGuidance) ? [mc.one('fin_outlook_eps', v)] : []), mc.line('@fin_close', v)], 0.25);

  // Directors ask about what the walk said: the weakest and strongest segment, margin, cash, leverage, backlog, the range.
  const growth = segs.map((sv, i) => ({ sv, g: cur.segmentRevenue[i]! / old.segmentRevenue[i]! - 1 })).sort((a, b) => a.g - b.g);
  const worst = growth[0]!;
  const best = growth[growth.length - 1]!;
  const asks: Array<[string, string, Vars]> = [
    ...(worst.g < 0 ? [['fq_seg_down', 'fa_seg_down', worst.sv] as [string, string, Vars]] : []),
    ...(best.g > 0.02 ? [['fq_seg_up', 'fa_seg_up', best.sv] as [string, string, Vars]] : []),
    ['fq_gm', gmUp ? 'fa_gm_up' : 'fa_gm_down', v],
    ['fq_cash', fcfUp ? 'fa_cash_up' : 'fa_cash_down', v],
    ['fq_leverage', 'fa_leverage', v],
    ['fq_backlog', 'fa_backlog', v],
    ['fq_range', 'fa_range', mc.layer({ lowSeg: worst.sv.seg as string, lowMarket: worst.sv.segMarket as string }, v)],
  ];
  let last: Person | undefined;
  for (const [q, a, av] of rng.sample(asks, rng.int(2, Math.min(5, asks.length)))) {
    const asker = rng.pick(directors.filter((p) => p !== last));
    last = asker;
    const qa = mc.exchange(q, a, av);
    if (!qa) continue;
    utter(mc, room.s, asker, [qa[0]], 0.6);
    utter(mc, room.s, cfo, [qa[1]], 0.45);
    if (rng.chance(0.25)) room.s.say(asker, backchannel(rng));
  }
}
