// A segment's annual review at the board: its president on the year from the quarter book, its product lines, customers, competitors and priorities, then the directors' questions.
import type { Vars } from '../../data.js';
import { MEETING_FACTS } from '../model/facts.js';
import type { Person } from '../model/organization.js';
import type { MeetingContext } from './meeting-context.js';
import { floor, utter, type Room } from './procedure.js';
import { backchannel } from './speech.js';
import { change, money, percent, pointChange } from './words.js';

const QNAMES = ['first', 'second', 'third', 'fourth'];

/** Splits 100 into `n` shares of at least `min` each (product lines' shares of a segment's revenue). */
export function productShares(rng: { float(lo: number, hi: number): number }, n: number, min: number): number[] {
  const raw = Array.from({ length: n }, () => rng.float(1, 4));
  const total = raw.reduce((a, b) => a + b, 0);
  const out = raw.map((r) => Math.max(min, Math.round(((100 - min * n) * r) / total) + min));
  out[0]! += 100 - out.reduce((a, b) => a + b, 0);
  // Largest first: the first line named is "the biggest" and the second is "next", so the shares fall in that order,
  // and a tie at the top is broken so that "the biggest" is strictly so.
  out.sort((a, b) => b - a);
  if (n > 1 && out[0] === out[1]) {
    out[0]! += 1;
    out[n - 1]! -= 1;
  }
  return out;
}

/** The review of segment `i`: the chair's call, the president's walk through the year, and three to six questions. */
export function segmentReview(mc: MeetingContext, room: Room, i: number, itemNumber: string): Person {
  const { org, rng, world } = mc;
  const seg = org.segments[i]!;
  const head = seg.head;
  const k = mc.meeting.cycle;
  const year = (from: number) => [0, 1, 2, 3].reduce((a, j) => a + world.book.results(from - j).segmentRevenue[i]!, 0);
  const rev4 = year(k);
  const prior4 = year(k - 4);
  const quarters = [3, 2, 1, 0].map((j) => world.book.results(k - j));
  const best = quarters.reduce((a, q) => (q.segmentRevenue[i]! > a.segmentRevenue[i]! ? q : a));
  const lines = rng.shuffle(seg.productLines);
  const cut = productShares(rng, lines.length, 8);
  const plants = org.sites.filter((s) => s.kind === 'plant' && s.segment === seg.name);
  const accounts = rng.shuffle(seg.accounts);
  const cur = world.book.results(k);
  const old = world.book.results(k - 4);
  const others = org.segments.filter((s) => s !== seg);
  const v: Vars = mc.layer({
    n: itemNumber, seg: seg.name, headFirst: head.first, headName: head.name, chairFirst: room.chair.first, ceoFirst: org.ceo.first,
    rev4: money(rev4), prior4: money(prior4), move4: change(rev4, prior4), up: rev4 >= prior4 ? 'up' : 'down',
    bestQ: `the ${QNAMES[best.quarter.q - 1]} quarter`, margin: percent(cur.segmentMargin[i]!), marginMove: pointChange(cur.segmentMargin[i]!, old.segmentMargin[i]!),
    product: lines[0]!.name, product2: lines[1]!.name, product3: (lines[2] ?? lines[1]!).name, share1: `${cut[0]} percent`, share2: `${cut[1]} percent`,
    account: accounts[0]!.name, account2: (accounts[1] ?? accounts[0]!).name, customerType: seg.customerTypes, market: rng.pick(seg.markets), market2: rng.pick(seg.markets),
    competitor: rng.pick(org.competitors), competitor2: rng.pick(org.competitors),
    plantCity: plants.length ? plants.map((p) => p.city) : org.sites.filter((s) => s.kind === 'plant').map((s) => s.city),
    plantCount: plants.length === 1 ? 'one plant' : `${['no', 'one', 'two', 'three', 'four'][plants.length] ?? plants.length} plants`,
    otherSeg: others.map((s) => s.name), capex: money(cur.capex * 4 * (rev4 / (cur.revenue * 4)) * rng.float(0.8, 1.2)),
    engineers: String(rng.int(4, 40) * 10), years: String(rng.int(3, 5)),
  });
  utter(mc, room.s, room.chair, [mc.line('@seg_intro', v)], 0.2);
  utter(mc, room.s, head, [mc.line('@seg_open', v), mc.must('seg_year', v), mc.one('seg_quarters', v), ...(mc.states(MEETING_FACTS.segmentMargins) ? [mc.one('seg_margin', v)] : [])], 0.3);
  utter(mc, room.s, head, [mc.must('seg_products', v), ...mc.some('seg_product_more', 2, v)], 0.3);
  if (rng.chance(0.5)) room.s.say(rng.pick(floor(room)), backchannel(rng));
  utter(mc, room.s, head, [mc.must('seg_customers', v), mc.one('seg_competition', v)], 0.3);
  utter(mc, room.s, head, [mc.must('seg_priorities_open', v), ...mc.some('seg_priority', 3, v), mc.one('seg_invest', v), mc.line('@seg_close', v)], 0.3);
  // Directors question the president; the CEO adds a word at the end.
  const directors = floor(room).filter((p) => p.role !== 'ceo');
  let last: Person | undefined;
  for (let r = 0, n = rng.int(3, 6); r < n; r++) {
    const asker = rng.pick(directors.filter((p) => p !== last));
    last = asker;
    const qa = mc.exchange('seg_q', 'seg_a', v);
    if (!qa) continue;
    utter(mc, room.s, asker, [qa[0]], 0.6);
    utter(mc, room.s, head, [qa[1]], 0.45);
    if (rng.chance(0.2)) room.s.say(asker, backchannel(rng));
  }
  if (rng.chance(0.6)) utter(mc, room.s, org.ceo, [mc.one('seg_ceo', v)], 0.4);
  utter(mc, room.s, room.chair, [mc.line('@seg_thanks', v)], 0.2);
  return head;
}
