// 決算説明会: the IR moderator opens, the president and the CFO walk the quarter from the ledger (億円 as spoken), the
// dollar's rate and the profit bridge (earnings-figures.ts), the forecast, then analysts of securities houses ask their
// questions, citing what they read in the numbers or what the last briefing answered, the answers taking up each point
// with the quarter's own figures (backlog, margins of the quarter alone, FX), and the moderator closes.
import { loadHaystackData, type Vars } from '../../../data.js';
import { jaDate, jaWeekday, isoDate } from '../model/calendar.js';
import { JA_MEETING_FACTS as F } from '../model/facts.js';
import { fiscalLabel, periodLabel, reportedQuarter } from '../model/periods.js';
import type { JaSegment, JaSpeaker } from '../model/world.js';
import { hhmm } from '../talk/clock.js';
import type { JaMeetingContext } from '../talk/context.js';
import { change, okuSpoken, pct } from '../talk/figures.js';
import { JaSession } from '../talk/session.js';
import { jaClient, jaCountries } from './board.js';
import { jaGrammar } from '../talk/speech.js';
import { irFigures, type BridgePart } from './earnings-figures.js';

export function earningsCall(mc: JaMeetingContext): JaSession {
  const { world, rng, speech } = mc;
  const c = world.company;
  const day = mc.meeting.day;
  const k = reportedQuarter(world.year, day);
  const r = world.book.results(k);
  const cum = world.book.cumulative(k);
  const before = world.book.cumulative(k - 4);
  const period = periodLabel(r);
  const fig = irFigures(world);
  // The last briefing's meeting index (an analyst recalls what was said there as '前回').
  const lastBriefing = mc.series.counts.get('ja-ir-last-briefing');
  mc.series.counts.set('ja-ir-last-briefing', mc.meeting.index);
  const analysts = rng.sample(world.analysts, rng.int(5, 7));
  const present: JaSpeaker[] = [c.ir, c.ceo, c.cfo, ...analysts];
  // A Q&A transcript names people short, as companies publish them: an officer by family name alone (酒井; the header
  // lists each with full title and name, the moderator's introduction says who is who and each officer's first turn
  // names their post), the moderator as 司会, an analyst by family name and firm (山下（あおば証券）).
  // Every person of a world has a family name of their own, so the labels never collide.
  const label = (s: JaSpeaker) => (s === c.ir ? '司会' : s.role === 'analyst' ? `${s.person.family}（${(s as (typeof analysts)[number]).firm}）` : s.person.family);
  const title = `${c.name} ${period}決算説明会`;
  const ss = new JaSession({ index: mc.meeting.index, kind: 'earnings-call', title, date: isoDate(day), chair: c.ir }, rng.fork('session'), present, label);
  const segVars = (s: JaSegment): Vars => ({ seg: s.short, product: s.products, customer: s.customers.map(jaClient), site: c.sites.filter((x) => x.segment === s.name).map((x) => x.name) });
  /** One customer, product and site: what a turn says of them speaks of the same ones. */
  const pinnedOf = (v: Vars): Vars => Object.fromEntries(['customer', 'product', 'site'].filter((k) => Array.isArray(v[k]) && (v[k] as string[]).length > 0).map((k) => [k, rng.pick(v[k] as string[])]));
  // Why a segment's sales rose or fell: demand, orders, deals, FX (not a cost, which moves profit, not sales).
  const causeOf = (j: number) => [cum.segments[j]!.sales >= before.segments[j]!.sales ? '<e_sales_up>' : '<e_sales_down>'];

  /**
   * A turn as said: a customer group named 'X関連のお客様' is 'X向け' before 向け (車載向けの…, not 車載関連のお客様向けの…);
   * at the full-year briefing the year is compared with the last year (前期比, as a 決算短信 says), not with a period (前年同期比).
   */
  const turn = (speaker: JaSpeaker, text: string, facts?: Parameters<JaSession['turn']>[2]): boolean => ss.turn(speaker, yearly(text.replace(/関連のお客様向け/g, '向け')), facts);
  const yearly = (text: string) => (r.q === 4 ? text.replace(/前年同期/g, '前期') : text);
  /**
   * One whole wording of a phrase list, the least used so far in the series (ties drawn at random): a wording comes back
   * only when every other one of its list has been said as often.
   */
  const bag = (name: string): string => {
    const list = jaGrammar().list(name);
    const used = (i: number) => mc.series.counts.get(`ja-ir-bag:${name}:${i}`) ?? 0;
    const least = Math.min(...list.map((_, i) => used(i)));
    const i = rng.pick(list.map((_, i) => i).filter((i) => used(i) === least));
    mc.series.counts.set(`ja-ir-bag:${name}:${i}`, used(i) + 1);
    return list[i]!;
  };
  // The moderator's procedure is always said: a fresh wording when one is left, else one said before.
  const proc = (template: string, v: Vars = {}) => speech.sayWhole(template, v);
  // The season of the briefing (May, August, November, February) for a greeting that speaks of it.
  const season = SEASON[r.q - 1]!;
  /** A part of the profit bridge named as the CFO says it, with its amount ('円安の効果で12億円'). */
  const named = (p: BridgePart) => `${rng.pick(BRIDGE_NAMES[p.key][p.oku > 0 ? 'up' : 'down'])}で${Math.abs(p.oku)}億円`;
  /** The profit bridge said: the parts that raised profit, those that lowered it, the net (amounts in 億円). */
  const bridgeSpeech = (parts: BridgePart[], total: number, page: number): string => {
    const plus = parts.filter((p) => p.oku > 0).sort((a, b) => b.oku - a.oku).map(named).join('、');
    const minus = parts.filter((p) => p.oku < 0).sort((a, b) => a.oku - b.oku).map(named).join('、');
    const frame = plus ? bag('e_bridge_frame') : bag('e_bridge_all_down');
    const net = total > 0 ? bag('e_bridge_net_up') : total < 0 ? bag('e_bridge_net_down') : bag('e_bridge_net_flat');
    // The net is always said (the same change can come back a year later: a wording not said before where one is left).
    return speech.say(frame, { plus, minus, page }) + proc(net, { total: Math.abs(total) });
  };
  /** The bridge without FX, as a clause an answer ends with ('…のプラス、…のマイナスとなっております。'). */
  const bridgeRecap = (parts: BridgePart[]): string => {
    const rest = parts.filter((p) => p.key !== 'fx' && p.oku !== 0);
    const plus = rest.filter((p) => p.oku > 0).map(named).join('、');
    const minus = rest.filter((p) => p.oku < 0).map(named).join('、');
    return `${plus ? `${plus}のプラス、` : ''}${minus}のマイナスとなっております。`;
  };
  turn(c.ir, proc(bag('e_open'), { company: c.short, period, irName: c.ir.person.name, season }));
  turn(c.ir, speech.saySeq([bag('e_intro'), bag('e_safe_harbor')], { ceo: c.ceo.person.name, cfo: c.cfo.person.name, cfoFamily: c.cfo.person.family }));
  // The prepared remarks say what moved since the last briefing and why: the segment that led and the one that lagged,
  // each segment's margin against a year ago and its trend against the last briefing, orders against a year ago.
  const growth = (j: number) => cum.segments[j]!.sales / before.segments[j]!.sales - 1;
  const order = c.segments.map((_, j) => j).sort((a, b) => growth(b) - growth(a));
  const lead = order[0]!;
  const lag = order.at(-1)!;
  const margin = (x: { sales: number; op: number }) => (x.op / x.sales) * 100;
  const plan = r.q === 4 ? undefined : world.book.forecast(k - r.q);
  const ref = r.q === 1 ? '前期の通期' : '前四半期';
  const last = world.book.cumulative(k - 1);
  const lastBefore = world.book.cumulative(k - 5);
  const ceoVars: Vars = {
    ceo: c.ceo.person.family,
    period,
    ...segVars(c.segments[lead]!),
    cause: causeOf(lead),
    lagSeg: c.segments[lag]!.short,
    // The lagging segment's cause speaks of its own customers and products, not the leading one's.
    lagCause: speech.raw(causeOf(lag)[0]!, { ...segVars(c.segments[lag]!), ...pinnedOf(segVars(c.segments[lag]!)) }),
    when: WHEN[r.q - 1]!,
    season,
  };
  const tone = growth(lead) >= 0 ? bag('e_ceo_up') : bag('e_ceo_down');
  const rest = lead === lag || growth(lead) < 0 ? '' : growth(lag) < 0 ? bag('e_ceo_lag') : bag('e_ceo_all_up');
  // The president's first turn says who he is (the label is his family name alone): the greeting is said whole.
  turn(c.ceo, speech.sayWhole(bag('e_ceo_greeting'), ceoVars) + speech.saySeq([tone, rest].filter((t) => t), ceoVars, 0.2));
  // The board's decisions since the last briefing (a subsidiary, a contract, a policy), the oldest first, two at most:
  // the president tells them once; analysts may ask about them later (a theme's `after`).
  const said = earningsNews();
  const news = [...mc.series.counts.keys()].filter((x) => x.startsWith('ja-board-item:')).map((x) => x.slice('ja-board-item:'.length)).filter((key) => said[key] !== undefined && !mc.series.counts.has(`ja-ir-told:${key}`)).slice(0, 2).map((key) => [key, said[key]!] as const);
  if (news.length > 0) {
    const nv: Vars = { salesCountry: jaCountries(world)[0]!, plantCountry: jaCountries(world)[1]!, site: rng.pick(c.sites).name };
    const told = news.map(([key, lines]) => (mc.series.counts.set(`ja-ir-told:${key}`, 1), speech.say(rng.pick(lines), nv))).filter((t) => t).map((t, i) => (i > 0 ? `また、${t}` : t)).join('');
    if (told) turn(c.ceo, speech.sayWhole(bag('e_news_lead')) + told);
  }
  turn(c.cfo, speech.sayWhole(bag('e_cfo_self'), { cfo: c.cfo.person.family }) + speech.say(bag('e_cfo_total'), { period, sales: okuSpoken(cum.sales), op: okuSpoken(cum.op), chg: change(cum.sales, before.sales, '増収', '減収'), opChg: steadyChange(cum.op, before.op, '増益', '減益'), margin: pct(margin(cum)), marginMove: points(margin(cum) - margin(before)), page: rng.int(3, 5) }, 0.1));
  // The FX of the period and the year-on-year profit bridge (the slide every briefing shows), from the world's figures:
  // the parts add up to the change of the profits stated, and the rate is the one every turn of the series gives.
  const rate = fig.averageRate(k);
  const rateBefore = fig.averageRate(k - 4);
  const fxLine = rate === rateBefore ? bag('e_cfo_fx_flat') : bag('e_cfo_fx');
  const bridge = fig.bridge(k);
  const yenMove = rate > rateBefore ? '円安' : '円高';
  turn(c.cfo, speech.say(fxLine, { rate, rateBefore, yenMove, yenMoveBy: `${Math.abs(rate - rateBefore)}円の${yenMove}` }) + bridgeSpeech(bridge.parts, bridge.total, rng.int(4, 7)));
  const segOrder = rng.chance(0.5) ? order : cum.segments.map((_, j) => j);
  segOrder.forEach((j, n) => {
    const s = cum.segments[j]!;
    const v: Vars = {
      ...segVars(c.segments[j]!),
      ...pinnedOf(segVars(c.segments[j]!)),
      s: okuSpoken(s.sales),
      o: okuSpoken(s.op),
      chg: change(s.sales, before.segments[j]!.sales, '増収', '減収'),
      cause: causeOf(j),
      segMargin: pct(margin(s)),
      segMarginMove: points(margin(s) - margin(before.segments[j]!)),
      ref,
    };
    const trend = trendOf(growth(j), last.segments[j]!.sales / lastBefore.segments[j]!.sales - 1);
    const opening = n === 0 ? bag('e_cfo_seg_first') : n === segOrder.length - 1 ? bag('e_cfo_seg_last') : bag('e_cfo_seg_next');
    // What happened in the segment (a customer's orders, a site's line, a product's changeover), then how its growth moved.
    // A business's own stories where its list has one (a machine is installed, a material qualified, a contract renewed).
    const own = `e_story_${c.segments[j]!.short}_${growth(j) >= 0 ? 'up' : 'down'}`;
    const story = rng.chance(0.7) ? bag(jaGrammar().has(own) ? own : growth(j) >= 0 ? 'e_seg_story_up' : 'e_seg_story_down') : '';
    const moved = rng.chance(0.5) ? bag(`e_trend_${trend}`) : '';
    // The segment is always named (its opening said whole, even in a wording said before), then its figures and story.
    // Two times in three the figures are said by what moved (sales up or down, the margin up, down or flat), before
    // the story or after it ('数字を申し上げますと、…': a story of costs is no cause of the sales); else the plain walk: figures, story, trend.
    const salesMove = Math.abs(growth(j)) < 0.0005 ? undefined : growth(j) > 0 ? 'up' : 'down';
    const md = margin(s) - margin(before.segments[j]!);
    const state = salesMove && `e_cfo_seg_${salesMove}_${Math.abs(md) < 0.05 ? 'mflat' : md > 0 ? 'mup' : 'mdown'}`;
    const shape = state ? rng.int(0, 2) : 0;
    const figures = shape === 0 ? (rng.chance(0.5) ? bag('e_cfo_segment') : bag('e_cfo_segment_margin')) : bag(state!);
    const told = story ? speech.say(story, v, 0.1) : '';
    const said = speech.say(figures, v, 0.1);
    const walk = shape === 2 && told && said ? told + bag('e_cfo_seg_then') + said : [said, told].join('');
    turn(c.cfo, speech.sayWhole(opening, v) + walk + (moved ? speech.say(moved, v, 0.1) : ''));
  });
  const ordersBefore = world.book.results(k - 4).orders;
  // The orders are the quarter's, compared with the same quarter a year ago: said as the quarter's where the sales
  // walked through were cumulative (541億円 of orders next to 2,274億円 of a year's sales read as a year's orders), and
  // left as 前年同期比 at the full-year briefing too (ss.turn: not the year's 前期比).
  // 'e_cfo_orders' says the backlog grew: only when the quarter's orders exceeded its sales (the backlog an answer gives).
  const qOrders = r.q === 1 ? '' : rng.pick(['当四半期の', `第${r.q}四半期単独の`, '直近3か月の']);
  ss.turn(c.cfo, speech.say(r.orders >= r.sales && rng.chance(0.5) ? bag('e_cfo_orders') : bag('e_cfo_orders_yoy'), { qOrders, orders: okuSpoken(r.orders), ordersChg: steadyChange(r.orders, ordersBefore, '増加', '減少'), b2b: [r.orders >= r.sales ? bag('e_b2b_over') : bag('e_b2b_under')] }));
  if (r.q === 4) {
    const f = world.book.forecast(k);
    turn(c.cfo, speech.saySeq([bag('e_forecast'), bag('e_forecast_why')], { fs: okuSpoken(f.sales), fo: okuSpoken(f.op), fx: fig.assumedRate(k), next: fiscalLabel(r.fiscalYear + 1), ...segVars(c.segments[lead]!) }));
    if (mc.may(F.dividendForecast)) turn(c.cfo, speech.raw(bag('e_dividend'), { annual: world.book.dividend(r.fiscalYear), next: world.book.dividend(r.fiscalYear + 1) }), [F.dividendForecast]);
  } else if (plan && r.q >= 2) {
    const progress = (cum.sales / plan.sales) * 100;
    // A progress in the needles' percentage range (15–30%) is not said.
    const v = { fs: okuSpoken(plan.sales), fo: okuSpoken(plan.op), salesProgress: pct(progress), half: r.q === 2 ? '下期' : '第4四半期', ...segVars(c.segments[lead]!) };
    turn(c.cfo, speech.say(progress >= 30 ? bag('e_plan_keep') : bag('e_plan_keep_short'), { ...v, ...pinnedOf(v) }));
  }
  if (mc.may(F.priceRevision) && rng.chance(0.6)) turn(c.cfo, speech.say(bag('e_price'), segVars(rng.pick(c.segments))), [F.priceRevision]);
  turn(c.ir, proc(bag('e_qa_open')));
  const taken = new Set<string>();
  // Themes not yet asked this series come first; a theme tied to a board decision (a new subsidiary, a supply
  // contract …) only once the board has taken it, a theme of a quarter only at that quarter's briefing.
  const pickTopic = (): EarningsTopic | undefined => {
    const fits = (t: EarningsTopic) => t.segs === undefined || c.segments.some((x) => t.segs!.includes(x.short));
    // A theme is asked once a series, except the themes of the quarter's own figures (`repeat`), asked again at later briefings.
    const open = earningsTopics().filter((t) => ((mc.series.counts.get(`ja-ir:${t.name}`) ?? 0) < 1 || t.repeat === true) && !taken.has(t.name) && fits(t) && (t.after === undefined || mc.series.counts.has(t.after)) && (t.quarters === undefined || t.quarters.includes(r.q)) && (t.needs !== 'split' || (growth(lead) >= 0 && growth(lag) < 0)));
    if (open.length === 0) return undefined;
    const least = Math.min(...open.map((t) => mc.series.counts.get(`ja-ir:${t.name}`) ?? 0));
    const t = rng.pick(open.filter((x) => (mc.series.counts.get(`ja-ir:${x.name}`) ?? 0) === least));
    taken.add(t.name);
    mc.series.counts.set(`ja-ir:${t.name}`, (mc.series.counts.get(`ja-ir:${t.name}`) ?? 0) + 1);
    return t;
  };
  /** Each template said in turn, or '' when one of them could only repeat what the series said (a theme asked again). */
  const whole = (templates: string[], v: Vars): string => {
    const parts = templates.map((t) => speech.say(t, v, 0.15));
    return parts.every((p) => p.length > 0) ? parts.join('') : '';
  };
  /** One customer, product and site for a theme: its question and its answer speak of the same ones. */
  const pinned = pinnedOf;
  // A short question of the quarter (e_q, answered by e_a of the same index), each kind once a briefing.
  const asked = new Set<number>();
  const genericIndex = (): number => {
    const n = jaGrammar().list('e_q').length;
    const free = Array.from({ length: n }, (_, i) => i).filter((i) => !asked.has(i));
    const i = free.length > 0 ? rng.pick(free) : rng.int(0, n - 1);
    asked.add(i);
    return i;
  };
  // `plan` (above) is the full-year plan this quarter is measured against (the forecast given at the last fourth quarter's briefing).
  // An analyst's lead-in to the second question: a wording not said before, else the bare 'next point'.
  const followup = () => speech.say(bag('e_followup'), { q2: '' }, 0.1) || '続いて2点目です。';
  // What an analyst read in the numbers and what an answer adds from the ledger: the quarter alone (this quarter
  // against the last one and the same one a year ago), the margin the last briefing gave, the backlog, the FX.
  const pq = world.book.results(k - 1);
  const yq = world.book.results(k - 4);
  const qName = r.q === 1 ? '第1四半期' : rng.pick([`第${r.q}四半期単独`, '3か月単独', '直近の3か月']);
  const fxPart = bridge.parts.find((p) => p.key === 'fx')!.oku;
  const ledgerVars = (j: number): Vars => {
    const m = (x: { sales: number; op: number }) => pct(margin(x));
    const qm = margin(r.segments[j]!);
    const pm = margin(pq.segments[j]!);
    return {
      qName,
      qMargin: m(r.segments[j]!),
      pqMargin: m(pq.segments[j]!),
      qmDir: m(r.segments[j]!) === m(pq.segments[j]!) ? '' : qm > pm ? '上昇' : '低下',
      yqMargin: m(yq.segments[j]!),
      qYoy: points(qm - margin(yq.segments[j]!)),
      lastRef: rng.pick(['前回の説明会', '前回の決算']),
      lastMargin: m(last.segments[j]!),
      lmDir: m(last.segments[j]!) === m(cum.segments[j]!) ? '' : margin(cum.segments[j]!) > margin(last.segments[j]!) ? '改善' : '悪化',
      pOrders: okuSpoken(pq.orders),
      oDir: okuSpoken(pq.orders) === okuSpoken(r.orders) ? '' : r.orders > pq.orders ? '増加' : '減少',
      qSales: okuSpoken(r.segments[j]!.sales),
      ySales: okuSpoken(yq.segments[j]!.sales),
      sDir: okuSpoken(r.segments[j]!.sales) === okuSpoken(yq.segments[j]!.sales) ? '' : r.segments[j]!.sales > yq.segments[j]!.sales ? '上回って' : '下回って',
      periodEnd: r.q === 4 ? '期末' : `第${r.q}四半期末`,
      backlog: okuSpoken(fig.backlog(k)),
      pBacklog: okuSpoken(fig.backlog(k - 1)),
      bDir: okuSpoken(fig.backlog(k)) === okuSpoken(fig.backlog(k - 1)) ? '' : fig.backlog(k) > fig.backlog(k - 1) ? '増加' : '減少',
      months: fig.backlogMonths(k),
      fxSens: `${fig.fxSensitivity}億円`,
      fxEffect: fxPart === 0 ? 'ほぼゼロ' : `${Math.abs(fxPart)}億円程度の${fxPart > 0 ? 'プラス' : 'マイナス'}`,
      bridgeRecap: bridgeRecap(bridge.parts),
      peer: growth(j) >= 0 ? 'up' : 'down',
    };
  };
  /** The analyst's reading of the numbers for a theme (empty when the figures did not move, so there is nothing to say). */
  const contextOf = (topic: EarningsTopic | undefined, v: Vars): string => {
    // What an earlier briefing's answer on a matter of the same kind (orders, margins) and business said, once,
    // before the new figures; this theme's own answer is kept for a later briefing.
    const group = topic ? recallGroup(topic) : undefined;
    const prefix = `ja-ir-said:${group}:${String(v.seg)}:`;
    const said = group === undefined ? undefined : [...mc.series.counts.entries()].filter(([key, at]) => key.startsWith(prefix) && at === lastBriefing && !key.endsWith(`:${topic!.name}`)).at(-1);
    if (topic?.prev !== undefined && group !== undefined) mc.series.counts.set(`${prefix}${topic.name}`, mc.meeting.index);
    let recall = '';
    if (said) {
      mc.series.counts.delete(said[0]);
      const name = said[0].split(':').at(-1)!;
      const prev = earningsTopics().find((x) => x.name === name)?.prev;
      if (prev) recall = speech.say(bag('e_ctx_recall'), { prevTheme: name, prevSaid: prev });
    }
    return recall + figuresRead(topic?.ctx, v);
  };
  const figuresRead = (kind: string | undefined, v: Vars): string => {
    if (kind === undefined) return '';
    if (kind === 'peer') return speech.say(bag(v.peer === 'up' ? 'e_peer_up' : 'e_peer_down'), v);
    const dir = { qmargin: 'qmDir', prevmargin: 'lmDir', orders: 'oDir', qsales: 'sDir' }[kind];
    if (dir === undefined || v[dir] === '') return '';
    return speech.say(bag(`e_ctx_${kind}`), v);
  };
  /** What an answer adds from the ledger for a theme. */
  const tailOf = (kind: string | undefined, v: Vars): string => {
    if (kind === undefined) return '';
    if (kind === 'backlog' && v.bDir === '') return '';
    return speech.say(bag(`e_a_${kind}`), v, 0.1);
  };
  /** A question with the analyst's reading of the numbers after its opening sentence ('…について伺います。'). */
  const withContext = (q: string, ctx: string): string => {
    if (!ctx || !q) return q;
    const cut = q.search(/[。？]/) + 1;
    return cut > 0 ? q.slice(0, cut) + ctx + q.slice(cut) : ctx + q;
  };
  for (const [n, a] of analysts.entries()) {
    /** The themes this analyst asked, for the thanks that closes their turn. */
    const themes: string[] = [];
    const vars = (topic?: EarningsTopic): Vars => {
      const can = c.segments.map((x, i) => (topic?.segs === undefined || topic.segs.includes(x.short) ? i : -1)).filter((i) => i >= 0);
      // A theme that calls its segment the weakest ('見劣りする') speaks of the segment with the lowest margin.
      const weakest = () => can.reduce((a, b) => (margin(cum.segments[b]!) < margin(cum.segments[a]!) ? b : a));
      const j = topic?.seg === 'weakest' ? weakest() : rng.pick(can);
      const s = cum.segments[j]!;
      return {
        ...segVars(c.segments[j]!),
        margin: pct((s.op / s.sales) * 100),
        orders: okuSpoken(r.orders),
        cause: causeOf(j),
        firm: a.firm,
        family: a.person.family,
        segSales: okuSpoken(s.sales),
        segOp: okuSpoken(s.op),
        segChg: change(s.sales, before.segments[j]!.sales, '増収', '減収'),
        sales: okuSpoken(cum.sales),
        op: okuSpoken(cum.op),
        totalMargin: pct((cum.op / cum.sales) * 100),
        period,
        salesCountry: jaCountries(world)[0]!,
        plantCountry: jaCountries(world)[1]!,
        progress: plan ? pct((cum.op / plan.op) * 100) : '',
        sub: `${c.short}サービス`,
        leadSeg: c.segments[lead]!.short,
        leadChg: change(cum.segments[lead]!.sales, before.segments[lead]!.sales, '増収', '減収'),
        lagSeg: c.segments[lag]!.short,
        lagChg: change(cum.segments[lag]!.sales, before.segments[lag]!.sales, '増収', '減収'),
        marginMove: points(margin(cum) - margin(before)),
        segMarginMove: points(margin(s) - margin(before.segments[j]!)),
        ordersChg: steadyChange(r.orders, world.book.results(k - 4).orders, '増加', '減少'),
        ...ledgerVars(j),
      };
    };
    const answerer = () => (rng.chance(0.6) ? c.cfo : c.ceo);
    // Most analysts ask about a theme of the quarter (orders ahead, margins, FX, China, M&A …) and get its answer; the
    // question is composed first, so the moderator calls on no one who has nothing new to ask.
    // One customer, product and site per theme: the question and its answer speak of the same ones.
    const topicVars = (v: Vars): Vars => ({ ...v, ...pinned(v), n1: rng.int(2, 9), r1: `${rng.int(2, 14)}.${rng.int(0, 9)}%`, r2: `${rng.int(30, 79)}.${rng.int(0, 9)}%`, fx: fig.assumedRate(k) });
    // A theme of the quarter while one is left (a short question of the quarter only after the themes run out).
    const topic = pickTopic();
    const v1 = topicVars(vars(topic));
    const i1 = genericIndex();
    const body = topic ? withContext(whole(topic.q, v1), contextOf(topic, v1)) : speech.say(jaGrammar().list('e_q')[i1]!, v1, 0.2);
    // The answer is composed with the question: a question whose answer could only repeat what the series said is not asked.
    const answer1 = topic ? speech.saySeq(topic.a, v1, 0.15) : speech.say(jaGrammar().list('e_a')[i1]!, v1, 0.2);
    if (!body || !answer1) continue;
    const call = n === 0 && rng.chance(0.6) ? bag('e_call_first') : n === analysts.length - 1 && rng.chance(0.6) ? bag('e_call_last') : bag('e_call_on');
    // The call names the analyst whole, as moderators do at every briefing (never dropped as said before).
    if (!turn(c.ir, proc(call, v1))) continue;
    if (topic) themes.push(topic.name);
    // The second question is composed before the analyst speaks, so one who says 'two questions' asks two and one
    // who asks one does not announce two: another theme where one is left, else a short question of the quarter.
    let second: { q: string; theme?: string; answer: () => void } | undefined;
    if (rng.chance(0.7)) {
      const t2 = pickTopic();
      const v2 = vars(t2);
      if (t2) {
        const tv = topicVars(v2);
        const q = withContext(whole(t2.q, tv), contextOf(t2, tv));
        const ans = q ? speech.saySeq(t2.a, tv, 0.15) : '';
        if (q && ans) second = { q, theme: t2.name, answer: () => turn(t2.by === 'ceo' ? c.ceo : t2.by === 'cfo' ? c.cfo : answerer(), ans + tailOf(t2.tail, tv)) };
      } else {
        // A question of the quarter and the answer of its kind (e_q and e_a are parallel lists).
        const i = genericIndex();
        const pv = { ...v2, ...pinned(v2) };
        const q = speech.say(jaGrammar().list('e_q')[i]!, pv, 0.1);
        // A question put to the president ('社長にお伺いしたい') is answered by the president.
        const ans = q ? speech.say(jaGrammar().list('e_a')[i]!, pv, 0.2) : '';
        if (q && ans) second = { q, answer: () => turn(q.includes('社長に') ? c.ceo : answerer(), ans + tailOf(GENERIC_TAIL[i], pv)) };
      }
    }
    // The analyst introduces themself whole at every briefing (their name and firm are never dropped as said before).
    turn(a, proc(bag(second ? 'e_q_intro' : 'e_q_intro_one'), v1) + body);
    if (topic) turn(topic.by === 'ceo' ? c.ceo : topic.by === 'cfo' ? c.cfo : answerer(), answer1 + tailOf(topic.tail, v1));
    else turn(body.includes('社長に') ? c.ceo : answerer(), answer1 + tailOf(GENERIC_TAIL[i1], v1));
    if (second && turn(a, followup() + second.q)) {
      second.answer();
      if (second.theme) themes.push(second.theme);
    }
    // The thanks names what was asked where the analyst asked a theme (said once a series, so it is never the same twice);
    // published transcripts keep it for some analysts only (the moderator's next call follows the last answer).
    if (rng.chance(0.4)) turn(a, proc(themes.length === 2 ? bag('e_q_done_two') : themes.length === 1 ? bag('e_q_done_theme') : bag('e_q_done'), { theme: themes[0] ?? '', theme2: themes[1] ?? '' }));
  }
  turn(c.ir, proc(bag('e_close'), { company: c.short, period }));
  const start = rng.pick([15 * 60, 15 * 60 + 30, 16 * 60, 17 * 60]);
  ss.opening('heading', `${title} 質疑応答`);
  ss.opening('meta', [`日時：${jaDate(day)}${jaWeekday(day)} ${hhmm(start)}〜${hhmm(start + Math.ceil(ss.seconds / 60) + 1)}`, `形式：${rng.pick(['オンライン（Zoomウェビナー）', 'ハイブリッド（本社会議室・オンライン）', '電話会議'])}`, `登壇者：${c.ceo.title} ${c.ceo.person.name}、${c.cfo.title} ${c.cfo.person.name}`].join('\n'));
  return ss;
}

/** A theme analysts ask about (haystacks/ja/meeting-transcript/earnings-topics.json): the question and its answer. */
interface EarningsTopic {
  name: string;
  /** Asked only once the series has this count (`ja-board-item:<agenda>`: the board decided the matter). */
  after?: string;
  /** Asked only at the briefings of these quarters (1–4). */
  quarters?: number[];
  /** Segments (short names) the theme fits; its figures and products are that segment's. Any when absent. */
  segs?: string[];
  /** `weakest`: the theme's segment is the one with the lowest margin of the period (the question says it lags the others). */
  seg?: 'weakest';
  /** A theme of the quarter's own figures, asked again at later briefings (its sentences carry the new figures). */
  repeat?: boolean;
  /** `split`: asked only when one segment grew and another shrank (the question contrasts them). */
  needs?: 'split';
  /** Who answers: the president, the CFO, or either. */
  by?: 'ceo' | 'cfo';
  /** What the analyst read in the numbers before asking (e_ctx_<ctx>; `peer`: what peers' results showed). */
  ctx?: 'qmargin' | 'prevmargin' | 'orders' | 'qsales' | 'peer';
  /** What the answer adds from the ledger (e_a_<tail>). */
  tail?: 'backlog' | 'qmargin';
  /** What the answer said, as an analyst recalls it at a later briefing ('…とのお話'). */
  prev?: string;
  q: string[];
  a: string[];
}

/** What the president says of a board decision at the next briefing, by agenda key (haystacks/ja/meeting-transcript/earnings-news.json). */
function earningsNews(): Record<string, string[]> {
  return loadHaystackData<Record<string, string[]>>('ja/meeting-transcript/earnings-news.json');
}

function earningsTopics(): EarningsTopic[] {
  return ['earnings-topics.json', 'earnings-topics-2.json'].flatMap((f) => loadHaystackData<EarningsTopic[]>(`ja/meeting-transcript/${f}`));
}

/** The kind of matter a theme takes up, for an analyst who recalls an earlier answer on the same kind: orders or margins. */
function recallGroup(t: EarningsTopic): 'orders' | 'margin' | undefined {
  if (t.ctx === 'orders' || t.tail === 'backlog') return 'orders';
  if (t.ctx === 'qmargin' || t.ctx === 'prevmargin' || t.tail === 'qmargin' || t.seg === 'weakest') return 'margin';
  return undefined;
}

/** What the answer to a short question of the quarter (e_q/e_a by index) adds from the ledger: the margin, the backlog. */
const GENERIC_TAIL: Record<number, 'backlog' | 'qmargin'> = { 0: 'qmargin', 2: 'backlog', 11: 'backlog' };

/** How the CFO names the parts of the profit bridge, by whether they raised profit or lowered it. */
const BRIDGE_NAMES: Record<BridgePart['key'], { up: string[]; down: string[] }> = {
  volume: { up: ['販売数量の増加', '数量の増加', '増収の効果'], down: ['販売数量の減少', '数量の減少', '減収の影響'] },
  fx: { up: ['円安の効果', '為替'], down: ['円高の影響', '為替'] },
  fixed: { up: ['固定費の減少'], down: ['人件費を中心とする固定費の増加', '賃上げや償却費などの固定費の増加', '固定費の増加'] },
  cost: { up: ['原価の低減などその他', '原価の改善を中心とするその他の要因'], down: ['原材料費の上昇などその他', '原価の悪化などその他'] },
};

/** How the CEO names the period a briefing reports, by quarter. */
const WHEN = [['新年度の最初の四半期', '期初の3か月'], ['上期', 'この上半期'], ['第3四半期までの累計', '4月から12月までの9か月間'], ['当期', 'この一年']];

/** Greetings of a briefing's season, by the quarter it reports: August, November, February, May. */
const SEASON = [
  ['暑い日が続く中', '猛暑の中', '暑さの厳しい中'],
  ['朝晩冷え込む季節となりましたが', '年末に向けてお忙しい中', '秋も深まってまいりましたが'],
  ['寒さの厳しい中', 'まだ寒い日が続いておりますが', '年度末を前にお忙しい中'],
  ['大型連休明けのお忙しい中', '新年度のお忙しい時期に', '新緑の季節となりましたが'],
];

/** A change in margin as spoken: `0.6ポイントの改善`, `0.4ポイントの悪化`, `横ばい`. */
function points(d: number): string {
  if (Math.abs(d) < 0.05) return '横ばい';
  return `${Math.abs(d).toFixed(1)}ポイントの${d > 0 ? '改善' : '悪化'}`;
}

/** Year-on-year change of a figure that can move far (profit, orders): a percentage under 15%, else words only. */
function steadyChange(cur: number, prev: number, up: string, down: string): string {
  const p = ((cur - prev) / Math.abs(prev)) * 100;
  if (Math.abs(p) < 15) return change(cur, prev, up, down);
  return `前年同期から大幅な${p > 0 ? up : down}`;
}

/** How a segment's growth moved since the last briefing: turned up or down, widened or narrowed. */
function trendOf(now: number, then: number): 'turn_up' | 'turn_down' | 'up_wider' | 'up_narrower' | 'down_wider' | 'down_narrower' {
  if (now >= 0 && then < 0) return 'turn_up';
  if (now < 0 && then >= 0) return 'turn_down';
  if (now >= 0) return now >= then ? 'up_wider' : 'up_narrower';
  return now <= then ? 'down_wider' : 'down_narrower';
}
