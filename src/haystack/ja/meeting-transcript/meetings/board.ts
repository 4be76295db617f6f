// 取締役会: the chair opens and confirms the quorum, the previous minutes, then 決議事項 (results, capital
// expenditure, officers' pay, buybacks, dividends, rules, loans) each presented, questioned by outside directors and
// voted, then 報告事項 from the business heads and the auditors, and the close.
import { loadHaystackData, type Vars } from '../../../data.js';
import { jaDate, jaMonthDay, jaWeekday, isoDate, ymd } from '../model/calendar.js';
import { JA_MEETING_FACTS as F } from '../model/facts.js';
import { periodLabel, reportedQuarter } from '../model/periods.js';
import { worldRng, type JaSegment, type JaSpeaker } from '../model/world.js';
import { jaClock } from '../talk/clock.js';
import type { JaMeetingContext } from '../talk/context.js';
import { change, millionsText, pct, tenthsOku } from '../talk/figures.js';
import { JaSession } from '../talk/session.js';
import { jaGrammar } from '../talk/speech.js';

const ITEM_TITLES: Record<string, string> = {
  // The fourth quarter's results are the year's (`2032年3月期通期`): its item is the year's accounts, not a quarter's.
  results: '四半期連結決算承認',
  resultsYear: '通期連結決算承認',
  capex: '設備投資',
  pay: '取締役の個人別の報酬等の内容決定',
  buyback: '自己株式取得に係る事項の決定',
  dividend: '剰余金の配当',
  rule: '社内規程改定',
  loan: '資金の借入',
};

/**
 * The label of a board member as a verbatim record names them: `議長（佐藤会長）` for the chair, else family name and
 * post as the room addresses them (`井上常務`, `水野本部長`, `森社外取締役`, `山下監査役`).
 */
function boardLabel(chair: JaSpeaker) {
  return (s: JaSpeaker) => (s === chair ? `議長（${s.person.family}会長）` : s.role === 'outside-director' ? `${s.person.family}社外取締役` : s.address);
}

export function boardMeeting(mc: JaMeetingContext): JaSession {
  const { world, rng, speech } = mc;
  const c = world.company;
  const day = mc.meeting.day;
  const n = mc.number('board', 300 + (world.seed % 200));
  const directors = [c.chair, c.ceo, c.planning, c.cfo, c.cto, ...c.segments.map((s) => s.head), ...c.outside];
  // Who is in the room this month: now and then a business head or an outside director is away (and says why in
  // advance), an outside director joins by video or the outside auditor by phone. The absent neither speak nor vote.
  const ar = mc.rng.fork('attendance');
  const away = ar.chance(0.3) ? ar.pick([...c.outside, ...c.segments.map((s) => s.head)]) : undefined;
  const remote = ar.chance(0.3) ? ar.pick([...c.outside.filter((x) => x !== away), c.auditors[1]!]) : undefined;
  const awayWhy = away ? ar.pick(jaGrammar().list(c.outside.includes(away) ? 'b_away_outside' : 'b_away_inside')) : '';
  const present = [...directors, ...c.auditors].filter((x) => x !== away);
  const outside = c.outside.filter((x) => x !== away);
  const segsHere = c.segments.filter((x) => x.head !== away);
  const title = `第${n}回 取締役会`;
  const ss = new JaSession({ index: mc.meeting.index, kind: 'board', title, date: isoDate(day), chair: c.chair }, rng.fork('session'), present, boardLabel(c.chair));
  const start = rng.pick([9 * 60, 9 * 60 + 30, 10 * 60, 13 * 60, 14 * 60]);
  const prev = mc.series.boards.at(-1);
  mc.series.boards.push(day);
  const k = reportedQuarter(world.year, day);
  const month = ymd(day).month;
  const seg = (): JaSegment => rng.pick(segsHere);
  const segVars = (s: JaSegment): Vars => ({
    seg: s.name,
    product: s.products,
    customer: s.customers.map(jaClient),
    site: sitesOf(s),
    // A month of the last two (a product launched, a seminar held): never one still to come.
    month: `${ymd(day - rng.int(20, 60)).month}月`,
  });
  function sitesOf(s: JaSegment): string[] {
    const own = c.sites.filter((x) => x.segment === s.name).map((x) => x.name);
    return own.length > 0 ? own : c.sites.map((x) => x.name);
  }
  /** One customer, product and site for a matter: its report, the question and the answer speak of the same ones. */
  const pinned = (v: Vars): Vars => Object.fromEntries(['customer', 'product', 'site', 'sub', 'partner'].filter((k) => Array.isArray(v[k]) && (v[k] as string[]).length > 0).map((k) => [k, rng.pick(v[k] as string[])]));
  // What anyone says is held until someone else speaks, so one speaker's consecutive speech (the chair's vote result
  // and the next item; the CFO's results, segment by segment; a head's figures and the matter of the month) is one
  // turn, as a transcript prints one speaker's continuous speech. Its facts are those of every part.
  let held = '';
  let heldBy: JaSpeaker | undefined;
  let heldFacts: string[] = [];
  function turn(who: JaSpeaker, text: string, facts?: string[]): boolean {
    if (!text) return false;
    if (heldBy !== who) flush();
    heldBy = who;
    held += text;
    heldFacts.push(...(facts ?? []));
    return true;
  }
  function flush(): void {
    if (held && heldBy) ss.turn(heldBy, held, heldFacts.length > 0 ? [...new Set(heldFacts)] : undefined);
    held = '';
    heldBy = undefined;
    heldFacts = [];
  }
  /** The directors' consent to a vote: one says so, or the minutes note it (a show of hands or 「異議なし」 from the room). */
  // Hands are shown, not said: a call for hands is followed by the minutes' note of them, never by one director's
  // 「賛成です」 (after which the chair could not announce 挙手全員 or 異議なく).
  const consent = (call: string, from: JaSpeaker[]) => {
    const hands = call.includes('挙手');
    if (!hands && rng.chance(0.4)) return void turn(rng.pick(from), rng.pick(['異議なし。', '異議ありません。']));
    // The minutes' note of the room's answer, inside the chair's speech as 議事録 print it.
    turn(c.chair, hands ? rng.pick(away ? ['〔出席取締役全員挙手〕'] : ['〔全員挙手〕', '〔出席取締役全員挙手〕']) : rng.pick(['（「異議なし」の声あり）', '（「異議なし」と呼ぶ者あり）']));
  };
  const say = (who: JaSpeaker, list: string, vars: Vars = {}, fillers = 0, facts?: string[]) => turn(who, speech.say(`<${list}>`, vars, fillers), facts);
  // The chair's procedure (opening an item, calling the vote, declaring it passed) is said every time: a fresh wording
  // when one is left, else one said before, as real minutes repeat it.
  // Nor is one wording said twice in a meeting (a vote called 'the same way' for 第1号 and 第3号議案 reads as a form).
  const frames = new Set<string>();
  const proc = (list: string, vars: Vars = {}) => {
    let text = '';
    for (let t = 0; t < 8; t++) {
      text = speech.sayWhole(`<${list}>`, vars, 4);
      if (!frames.has(text.replace(/\d+/g, '#'))) break;
    }
    frames.add(text.replace(/\d+/g, '#'));
    turn(c.chair, text);
    return text;
  };
  /** The vote's result in a wording that fits how it was called (no 挙手全員 after a call for objections). */
  const passed = (call: string, no: number) => {
    // After hands: 挙手全員 or 全員の賛成, never 異議なく／反対なく; after a call for objections, the reverse.
    const hands = call.includes('挙手');
    const fits = (t: string) => (hands ? /挙手|賛成/.test(t) && !/異議|異論|反対/.test(t) : !/挙手|賛成/.test(t)) && (!away || !/全員一致|全会一致/.test(t) || /出席取締役/.test(t));
    let text = '';
    for (let t = 0; t < 16 && !(text && mc.series.memory.fresh(text)); t++) {
      const draw = speech.raw('<b_item_passed>', { no });
      if (fits(draw)) text = draw;
    }
    turn(c.chair, speech.remember(text || `第${no}号議案は原案どおり承認されました。`));
  };

  // Items of the day: results in reporting months, then what the company has to decide this month.
  // What the board had decided before this meeting (a report on a matter follows its decision at a later meeting).
  const decided = new Set([...mc.series.counts.keys()].filter((x) => x.startsWith('ja-board-item:')));
  const items: string[] = [];
  if ([5, 8, 11, 2].includes(month)) items.push('results');
  if (month === 5 && mc.may(F.dividendForecast)) items.push('dividend');
  if (mc.may(F.capex) && rng.chance(0.35)) items.push('capex');
  if (month === 6 && mc.may(F.officerPay)) items.push('pay');
  if (mc.may(F.buyback) && [5, 11].includes(month) && rng.chance(0.5)) items.push('buyback');
  // Matters of the month from the agenda catalogue (a subsidiary, a contract, a disposal, the AGM …), each decided once
  // a series; the routine rule and loan items only when the catalogue is spent or on a light month.
  // A business head's matter without a list of segments (a warehouse, a plant's roof, a supplier) is one of goods.
  const fitting = (a: BoardAgendaItem) => segsHere.filter((x) => (a.segs === undefined ? a.by !== 'seg' || !isService(x) : a.segs.includes(x.short)));
  const fresh = boardAgenda().filter((a) => !mc.series.counts.has(`ja-board-item:${a.name}`) && (a.months === undefined || a.months.includes(month)) && fitting(a).length > 0);
  const picked = rng.sample(fresh, Math.min(fresh.length, rng.int(3, 4)));
  for (const a of picked) mc.series.counts.set(`ja-board-item:${a.name}`, 1), items.push(a.name);
  if (picked.length === 0 || rng.chance(0.2)) items.push(rng.pick(['rule', 'loan']));
  const reports = rng.int(3, 4);
  // Matters decided two or more meetings ago and not reported on since, or reported once three or more meetings ago
  // and with more to tell (what happened next): the oldest one or two.
  const here = mc.series.boards.length - 1;
  const pending = decisions(mc.series).filter((d) => {
    const f = boardFollowups()[d.name];
    if (!f) return false;
    if (d.reported === undefined) return here - d.board >= (f.wait ?? 2);
    return f.later !== undefined && !d.told && here - d.reported >= 3;
  });
  // (A presenter away this month reports next time.)
  const followups = pending.filter((d) => d.presenter !== away).slice(0, 2);
  // The president's report on the month (a customer visited, the management meeting, a survey …), each told once.
  const ceoReports = boardCeoReports().filter((r) => !mc.series.counts.has(`ja-board-ceo:${r.name}`) && (r.months === undefined || r.months.includes(month)) && (r.facts ?? []).every((f) => mc.may(f)));
  const ceoReport = ceoReports.length > 0 ? rng.pick(ceoReports) : undefined;

  // The opening states who is here as the header does: all, or all but one (and why), and who takes part from afar.
  const qv = { venue: remote && remote !== c.auditors[1] ? rng.pick(['オンラインと会議室の併用です', '会議室とウェブ会議の併用です']) : '本社の会議室での開催です', n, d: directors.length, p: directors.length - (away ? 1 : 0), a: c.auditors.length, who: away?.address ?? '', why: awayWhy };
  turn(c.chair, speech.raw(away ? '<b_open><b_quorum_away>' : '<b_open><b_quorum>', qv));
  if (remote) {
    turn(c.chair, speech.sayWhole(remote === c.auditors[1] ? '<b_remote_phone>' : '<b_remote_web>', { who: remote.address }));
    turn(remote, speech.say('<b_remote_reply>'));
  }
  proc('b_agenda_intro', { k: items.length, r: 1 + segsHere.length + followups.length + (ceoReport ? 1 : 0) });
  if (prev !== undefined) {
    proc('b_prev_minutes', { prevDate: `${jaMonthDay(prev)}` });
    consent('', outside);
    proc('b_prev_minutes_ok');
  }
  items.forEach((item, i) => {
    const no = i + 1;
    const agenda = boardAgenda().find((a) => a.name === item);
    if (agenda) return agendaItem(no, agenda);
    const presenter = item === 'results' || item === 'dividend' || item === 'buyback' || item === 'loan' ? c.cfo : item === 'pay' ? c.planning : item === 'rule' ? c.planning : rng.pick(segsHere.filter((x) => !isService(x))).head;
    proc(no === 1 ? 'b_item_first' : 'b_item_open', { no, title: ITEM_TITLES[item === 'results' && world.book.results(k).q === 4 ? 'resultsYear' : item]!, presenter: presenter.address });
    const questioner = () => rng.pick(outside);
    // <list>_question and <list>_answer are parallel: one question of the kind, answered in kind.
    const ask = (list: string, v: Vars, by: JaSpeaker) => {
      const i = rng.int(0, jaGrammar().list(`${list}_question`).length - 1);
      if (turn(questioner(), speech.say(jaGrammar().list(`${list}_question`)[i]!, v))) turn(by, speech.say(jaGrammar().list(`${list}_answer`)[i]!, v, 0.1));
    };
    if (item === 'results') {
      const r = world.book.results(k);
      const cum = world.book.cumulative(k);
      const before = world.book.cumulative(k - 4);
      // The year's results are compared with the last year (前期比), a quarter's with the same period a year ago.
      const yearly = (t: string) => (r.q === 4 ? t.replace(/前年同期/g, '前期') : t);
      const chg = (a: number, b: number) => (r.q === 4 ? change(a, b, '増収', '減収').replace('前年同期', '前期') : change(a, b, '増収', '減収'));
      turn(c.cfo, speech.say('<b_results_present>', { period: periodLabel(r), sales: millionsText(cum.sales), op: millionsText(cum.op), chg: chg(cum.sales, before.sales), page: rng.int(2, 6) }, 0.1));
      // One product, customer and cause per segment for the whole item: a director's question and the answer to it
      // speak of the cause the CFO gave, never of another one drawn afresh.
      const segV: Vars[] = [];
      const causes: string[] = [];
      // Each segment in a wording of its own: 'セグメント別では' opens the first only, '続いて／次に' never does.
      const segList = jaGrammar().list('b_results_segment');
      const opener = (t: string) => (t.startsWith('セグメント別では') ? 0 : /^\{(?:続いて|次に)/.test(t) ? 2 : 1);
      const order = rng.shuffle([...segList.keys()]);
      const firstAt = order.findIndex((x) => opener(segList[x]!) !== 2);
      const ways = [order[firstAt]!, ...order.filter((x, k) => k !== firstAt && opener(segList[x]!) !== 0)];
      cum.segments.forEach((s, j) => {
        const b = before.segments[j]!;
        const up = s.sales >= b.sales;
        const sv = segVars(c.segments[j]!);
        Object.assign(sv, pinned(sv));
        segV[j] = sv;
        // A business selling materials or parts has no maintenance contracts to grow on (no '保守の契約が積み上がった' for 機能材料).
        const ups = jaGrammar().list('cause_up').filter((t) => !(c.segments[j]!.parts && /保守|サービス/.test(t)));
        // The quarter's cause in the segment's own terms (the customer's program, the acceptance that slipped) mostly,
        // else one of the causes every business shares.
        const ownList = `b_cause_${CAUSE_KEYS[c.segments[j]!.short]}_${up ? 'up' : 'down'}`;
        const own = jaGrammar().has(ownList) && rng.chance(0.7) ? `<${ownList}>` : undefined;
        causes[j] = own ? speech.raw(own, sv) : up ? speech.raw(rng.pick(ups), sv) : speech.raw('<cause_down>', sv);
        // Said whole (a repeated 'Xについて申し上げます。' dropped by the memory left a segment's figures nameless).
        turn(c.cfo, yearly(speech.sayWhole(segList[ways[j % ways.length]!]!, { ...sv, seg: s.name, s: millionsText(s.sales), o: millionsText(s.op), chg: chg(s.sales, b.sales), cause: causes[j] })));
      });
      // The orders are the quarter's own: said so where the sales just given were cumulative (or the year's).
      say(c.cfo, 'b_results_orders', { orders: millionsText(world.book.results(k).orders), qOrders: r.q === 1 ? '' : rng.pick(['当四半期の', `第${r.q}四半期単独の`, '直近3か月の']) });
      // Each question of a different kind (two directors do not ask for the same breakdown of the orders).
      const kinds = rng.sample([...jaGrammar().list('b_results_question').keys()], rng.int(1, 3));
      // Kind 1 asks why a segment's sales fell: only of a segment whose sales did fall.
      const fell = cum.segments.map((s, j) => j).filter((j) => cum.segments[j]!.sales < before.segments[j]!.sales);
      for (const i of kinds) {
        if (i === 1 && fell.length === 0) continue;
        const j = i === 1 ? rng.pick(fell) : rng.int(0, c.segments.length - 1);
        const s = cum.segments[j]!;
        // Whether the segment grew: its margin is explained as on plan or as weak, with the cause the CFO gave.
        const up = s.sales >= before.segments[j]!.sales;
        // One product and customer for the question and its answer (not 蓄電システム asked, 水処理装置 answered).
        const sv = segV[j]!;
        const v = { ...sv, margin: pct((s.op / s.sales) * 100), orders: millionsText(r.orders), chg: chg(s.sales, before.segments[j]!.sales), cause_down_plain: causes[j]!, cause: causes[j]!, trend: [up ? '<b_results_trend_up>' : '<b_results_trend_down>'] };
        // b_results_question and b_results_answer are parallel lists: a question gets the answer of its kind.
        if (!turn(questioner(), speech.say(jaGrammar().list('b_results_question')[i]!, v))) continue;
        // The orders of the whole company (kind 2) are the CFO's to explain; a segment's, its head's or the CFO's.
        turn(i !== 2 && rng.chance(0.5) && c.segments[j]!.head !== away ? c.segments[j]!.head : c.cfo, speech.say(jaGrammar().list('b_results_answer')[i]!, v, 0.15));
      }
    } else if (item === 'capex') {
      const s = presenter === c.cfo ? seg() : c.segments.find((x) => x.head === presenter)!;
      const v: Vars = { ...segVars(s), amount: tenthsOku(rng.int(30, 900)), years: rng.int(5, 9) };
      // One product, customer and site for the line, the question on its demand and the answer.
      Object.assign(v, pinned(v));
      turn(presenter, speech.say('<b_capex_present><b_capex_detail>', v, 0.05), [F.capex]);
      if (mc.may(F.plantStart)) turn(presenter, speech.say('<b_plant_note>', { when: `${rng.pick(['来年', '再来年'])}${rng.pick(['春', '夏', '秋'])}` }), [F.plantStart]);
      ask('b_capex', v, presenter);
    } else if (item === 'pay') {
      // How the pay is built and how the committee decided it, then the outside directors' points, answered in kind.
      turn(presenter, speech.say('<b_pay_present>') + speech.saySeq(rng.sample([...jaGrammar().list('b_pay_detail').keys()], 2).sort((a, b) => a - b).map((x) => jaGrammar().list('b_pay_detail')[x]!), {}, 0.05), [F.officerPay]);
      discuss(pairsOf('b_pay', 3), outside, presenter, {}, [F.officerPay]);
    } else if (item === 'buyback') {
      turn(presenter, speech.say('<b_buyback_present>'), [F.buyback]);
      turn(presenter, speech.raw('<b_buyback_detail>', { shares: `${rng.int(20, 45)}万株`, amount: tenthsOku(rng.int(5, 30) * 10) }), [F.buyback]);
      discuss(pairsOf('b_buyback', 2), outside, presenter, {}, [F.buyback]);
    } else if (item === 'dividend') {
      const fy = world.book.results(k).fiscalYear;
      const annual = world.book.dividend(fy);
      // The year-end dividend proposed, then next year's forecast when it is no cut (a cut would need its reasons).
      const dv = { div: Math.ceil(annual / 2), annual, next: world.book.dividend(fy + 1) };
      const [proposal, forecast] = jaGrammar().list('b_dividend_present');
      turn(presenter, speech.raw(proposal!, dv) + (dv.next >= annual ? speech.raw(forecast!, dv) : ''), [F.dividendForecast]);
      discuss(pairsOf('b_dividend', 2), outside, presenter, {}, [F.dividendForecast]);
    } else if (item === 'rule') {
      const v = { rule: ['<rules>'], rulePoint: ['<rulePoints>'], month: `${ymd(day + 30).month}月` };
      say(presenter, 'b_rule_present', v, 0.05);
      ask('b_rule', v, presenter);
    } else if (item === 'loan') {
      const v = { bank: ['<banks>'], amount: tenthsOku(10 * rng.pick([5, 6, 7, 8, 9, 10, 50, 60, 70, 80])), years: rng.int(3, 10), rate: rng.pick(['固定金利', '変動金利']) };
      say(presenter, 'b_loan_present', v);
      ask('b_loan', v, presenter);
    }
    if (item !== 'dividend' && rng.chance(0.15)) say(c.chair, 'b_interest_note');
    const call = proc('b_item_vote', { no });
    consent(call, outside);
    passed(call, no);
  });
  /** One item of the agenda catalogue: presented by its officer, questioned by one or two outside directors, voted. */
  function agendaItem(no: number, a: BoardAgendaItem): void {
    const s = rng.pick(fitting(a));
    // An outside director with an interest in the matter (related-party deals) leaves the room: others ask and vote.
    const conflicted = rng.pick(outside);
    const others = a.remarkFirst ? outside.filter((x) => x !== conflicted) : outside;
    const presenter = a.by === 'cfo' ? c.cfo : a.by === 'cto' ? c.cto : a.by === 'ceo' ? c.ceo : a.by === 'planning' ? c.planning : s.head;
    const av: Vars = {
      ...segVars(s),
      sub: subsidiaries(),
      country: countries()[a.name === 'overseas-sales-sub' ? 0 : 1]!,
      partner: partners(),
      bank: ['<banks>'],
      amount: tenthsOku(freeTenths(a.amount?.[0] ?? 50, a.amount?.[1] ?? 99)),
      amount2: tenthsOku(rng.int(10, 99)),
      n1: rng.int(2, 9),
      r1: `${rng.int(2, 14)}.${rng.int(0, 9)}%`,
      r2: `${rng.int(30, 79)}.${rng.int(0, 9)}%`,
      years: rng.int(3, 10),
      month: `${ymd(day + 40).month}月`,
      next: `${ymd(day + 100).month}月`,
      director: conflicted.person.family,
      segHead: `${s.short}事業本部`,
    };
    // A counterparty is in one matter a series (no business sold to the company the board had just settled a suit with).
    const unused = partners().filter((p) => !mc.series.counts.has(`ja-board-partner:${p}`));
    if (unused.length > 0) av.partner = unused;
    Object.assign(av, pinned(av));
    if (/<partner>/.test([...a.present, ...a.qa.flat()].join(''))) mc.series.counts.set(`ja-board-partner:${av.partner as string}`, 1);
    proc(no === 1 ? 'b_item_first' : 'b_item_open', { no, title: a.title, presenter: presenter.address });
    if (a.remark && a.remarkFirst) turn(c.chair, speech.say(a.remark, av));
    turn(presenter, speech.saySeq(a.present, av, 0.06));
    // Outside directors take up every point the matter raises, in any order.
    discuss(rng.shuffle([...a.qa]), others, presenter, av);
    if (a.remark && !a.remarkFirst && rng.chance(0.6)) turn(c.chair, speech.say(a.remark, av));
    const call = proc('b_item_vote', { no });
    consent(call, others);
    passed(call, no);
    decisions(mc.series).push({ name: a.name, title: a.title, presenter, vars: av, board: mc.series.boards.length - 1, month });
  }
  /** `n` of the parallel lists `<list>_question` / `<list>_answer` as question–answer pairs, in a drawn order. */
  function pairsOf(list: string, n: number): Array<[string, string]> {
    const q = jaGrammar().list(`${list}_question`);
    const a = jaGrammar().list(`${list}_answer`);
    return rng.sample([...q.keys()], Math.min(n, q.length)).map((x) => [q[x]!, a[x]!]);
  }
  /**
   * The questions on a matter, each answered in kind: one at a time, or two asked together (まず…それから…) and
   * answered in the same order in one reply, as directors who hold several points raise them at once.
   */
  function discuss(pairs: Array<[string, string]>, askers: JaSpeaker[], answerer: JaSpeaker, v: Vars, facts?: string[]): void {
    for (let i = 0; i < pairs.length; ) {
      // Now and then an auditor asks too (they attend to question, though they do not vote).
      const who = rng.chance(0.12) ? rng.pick(c.auditors) : rng.pick(askers);
      if (i + 1 < pairs.length && rng.chance(0.45)) {
        const [[q1, a1], [q2, a2]] = [pairs[i]!, pairs[i + 1]!];
        if (turn(who, speech.say(`<b_two_q_intro>まず、${q1}<b_two_q_next>、${q2}`, v))) turn(answerer, speech.say(`<b_two_a_first>、${a1}<b_two_a_next>、${a2}`, v, 0.08), facts);
        i += 2;
      } else {
        const [q, a] = pairs[i]!;
        if (turn(who, speech.say(q, v))) turn(answerer, speech.say(a, v, 0.08), facts);
        i += 1;
      }
    }
  }
  /**
   * An amount between lo and hi 億円 in units of 1,000万円 whose 億 part is not 11–49: a needle's count (障害 11–49件)
   * must find that number nowhere else in the series.
   */
  function freeTenths(lo: number, hi: number): number {
    for (let t = 0; t < 8; t++) {
      const v = rng.int(Math.round(lo * 10), Math.round(hi * 10));
      if (Math.floor(v / 10) < 11 || Math.floor(v / 10) > 49) return v;
    }
    return Math.min(99, Math.round(hi * 10));
  }
  function subsidiaries(): string[] {
    return ['サービス', 'ロジスティクス', 'エンジニアリング', 'ビジネスサポート'].map((x) => `${c.short}${x}`);
  }
  function countries(): string[] {
    return jaCountries(world);
  }
  function partners(): string[] {
    return ['東邦精工', '日進化成', '三協ロジテック', '大和テクノサービス', '昭栄電材', '丸善エンジニアリング'].filter((p) => !p.startsWith(c.short.slice(0, 2)));
  }

  // 報告事項: how matters decided at earlier meetings went since, then the business heads, then the auditors.
  if (ceoReport) {
    mc.series.counts.set(`ja-board-ceo:${ceoReport.name}`, 1);
    const s = seg();
    const cv: Vars = { ...segVars(s), country: countries()[1]!, n1: rng.int(2, 9), r1: `${rng.int(2, 14)}.${rng.int(0, 9)}%` };
    Object.assign(cv, pinned(cv));
    proc('b_ceo_open', { presenter: c.ceo.address });
    turn(c.ceo, speech.saySeq(ceoReport.report, cv, 0.05), ceoReport.facts);
    discuss(rng.shuffle([...ceoReport.qa]), outside, c.ceo, cv, ceoReport.facts);
  }
  followups.forEach((d, i) => {
    const first = d.reported === undefined;
    const f = first ? boardFollowups()[d.name]! : boardFollowups()[d.name]!.later!;
    if (first) d.reported = here;
    else d.told = true;
    // Months since the decision, in words past ten (a standalone 11–49 is a needle's count).
    const months = here - d.board;
    const ago = months <= 10 ? `${months}か月` : months < 12 ? '一年近く' : '一年余り';
    proc(i === 0 && !ceoReport ? 'b_followup_open' : 'b_followup_next', { title: d.title, when: `${d.month}月`, presenter: d.presenter.address });
    // Its own customer, site and amounts as decided; new figures (what happened since) drawn fresh.
    const fv: Vars = { ...d.vars, when: `${d.month}月`, ago, f1: rng.int(2, 9), f2: rng.int(120, 980), fr1: `${rng.int(2, 14)}.${rng.int(0, 9)}%`, fr2: `${rng.int(30, 79)}.${rng.int(0, 9)}%` };
    turn(d.presenter, speech.saySeq(f.report, fv, 0.06));
    discuss(rng.shuffle([...f.qa]), rng.chance(0.2) ? [c.auditors[0]!] : outside, d.presenter, fv);
    if (f.remark && rng.chance(0.5)) turn(c.chair, speech.say(f.remark, fv));
  });
  // 業務執行状況の報告: last month's figures, the company's from the CFO and then each business head's own (every head
  // present, in the company's order), from the ledger's quarters split into months (they add up to the quarter).
  const told = ymd(day - 25);
  const tm = (told.year - world.year) * 12 + told.month - 1;
  const fyFrom = tm - ((told.month + 8) % 12);
  const mon = `${told.month}月`;
  const nextMon = `${ymd(day + 15).month}月`;
  const sum = (from: number, to: number, j?: number) => {
    let total = 0;
    for (let t = from; t <= to; t++) total += j === undefined ? monthSales(world, t).reduce((a, b) => a + b, 0) : monthSales(world, t)[j]!;
    return total;
  };
  /** The company's operating profit in month `t`. */
  const opOf = (t: number) => monthSales(world, t, 'op').reduce((a, b) => a + b, 0);
  const monthVars = (j?: number): Vars => {
    const [cur, prev] = [sum(tm, tm, j), sum(tm - 12, tm - 12, j)];
    const [ytd, ytdPrev] = [sum(fyFrom, tm, j), sum(fyFrom - 12, tm - 12, j)];
    return { mop: millionsText(opOf(tm)), opchg: monthChange(opOf(tm), opOf(tm - 12), '前年同月', ['増益', '減益']), mon, next: nextMon, ms: millionsText(cur), prev: millionsText(prev), mchg: monthChange(cur, prev, '前年同月'), mshort: monthChange(cur, prev, ''), ytd: millionsText(ytd), ychg: monthChange(ytd, ytdPrev, '前年同期'), up: cur >= prev ? 1 : 0 };
  };
  proc(followups.length === 0 && !ceoReport ? 'b_month_cfo_first' : 'b_month_cfo_open', { mon, presenter: c.cfo.address });
  {
    const mv = monthVars();
    // Each business's month against the same month a year before (monthVars(j).up is diffs[j] >= 0).
    const diffs = c.segments.map((_, j) => sum(tm, tm, j) - sum(tm - 12, tm - 12, j));
    const ups = c.segments.filter((_, j) => diffs[j]! >= 0).map((x) => x.name);
    const downs = c.segments.filter((_, j) => diffs[j]! < 0).map((x) => x.name);
    const mix = downs.length === 0 ? '<b_month_cfo_allup>' : ups.length === 0 ? '<b_month_cfo_alldown>' : '<b_month_cfo_mix>';
    // What moved the month decides how the CFO tells it: one business that made most of the change (said with its
    // amount), two that moved against each other under a quiet total, or the plain figures. Profit is said as its own
    // sentence where it went the other way from sales; the list of which businesses grew is left to the plain telling.
    const whole = diffs.reduce((a, b) => a + b, 0);
    const byMove = diffs.map((_, j) => j).sort((a, b) => Math.abs(diffs[b]!) - Math.abs(diffs[a]!));
    const top = byMove[0]!;
    const hi = byMove.find((j) => diffs[j]! > 0);
    const lo = byMove.find((j) => diffs[j]! < 0);
    const opMove = opOf(tm) - opOf(tm - 12);
    const split = Math.abs(opMove) >= 10 && Math.abs(whole) >= 10 && Math.sign(opMove) !== Math.sign(whole);
    const profit = split ? speech.say('<b_month_cfo_split>', mv) : speech.say('<b_month_cfo_op>', mv);
    const ytd = tm > fyFrom && rng.chance(0.5) ? speech.say('<b_month_cfo_ytd>', mv) : '';
    const swing = Math.abs(whole) >= 50 && Math.sign(diffs[top]!) === Math.sign(whole) && Math.abs(diffs[top]!) >= 0.5 * Math.abs(whole) && Math.abs(diffs[top]!) <= Math.abs(whole);
    const offset = hi !== undefined && lo !== undefined && Math.min(diffs[hi]!, -diffs[lo]!) >= Math.max(50, Math.abs(whole));
    const way = rng.float(0, 1);
    const rest = whole - diffs[top]!;
    const swungBy = moveTexts([whole, diffs[top]!, rest]);
    const offBy = hi !== undefined && lo !== undefined ? moveTexts([diffs[hi]!, diffs[lo]!]) : undefined;
    if (swing && swungBy && way < 0.6) {
      const others = jaList(c.segments.filter((_, j) => j !== top).map((x) => x.name));
      const word = (x: number) => (x > 0 ? '増収' : '減収');
      turn(
        c.cfo,
        speech.say('<b_month_cfo_swing>', { ...mv, dAmt: swungBy[0]!, dword: word(whole), topSeg: c.segments[top]!.name, tAmt: swungBy[1]!, tword: word(diffs[top]!), tmove: diffs[top]! > 0 ? '上回り' : '下回り' }, 0.05) +
          (Math.abs(rest) < 10 ? speech.say('<b_month_cfo_rest_flat>', { rest: others }) : speech.say('<b_month_cfo_rest>', { rest: others, rAmt: swungBy[2]!, rword: word(rest) })) +
          profit +
          ytd,
      );
    } else if (offset && offBy && way < 0.6) {
      turn(c.cfo, speech.say('<b_month_cfo_offset>', { ...mv, uSeg: c.segments[hi]!.name, uAmt: offBy![0]!, dSeg: c.segments[lo]!.name, dAmt: offBy![1]! }, 0.05) + profit + ytd);
    } else turn(c.cfo, speech.say('<b_month_cfo>', mv, 0.05) + profit + (tm > fyFrom ? speech.say('<b_month_cfo_ytd>', mv) : '') + speech.say(mix, { ups: jaList(ups), downs: jaList(downs) }) + (rng.chance(0.5) ? speech.say('<b_month_cfo_tail>') : ''));
  }
  const heads = segsHere;
  // The heads who also report a matter of the month (a topic or the month's lines); the others give their figures.
  const matters = new Set(rng.sample(heads, Math.min(heads.length, reports)));
  const taken = new Set<string>();
  for (const s of heads) {
    // The chair calls a head by name, or the heads follow one another as the chair asked, each naming their business.
    const called = s === heads[0] || rng.chance(0.5);
    if (called) proc(s === heads[0] ? 'b_heads_open' : 'b_report_next', { presenter: s.head.address });
    const v = { ...segVars(s), problem: ['<problems>'] };
    // One product, customer and site for the report and the question on it (the 新製品 asked about is the one launched).
    Object.assign(v, pinned(v));
    // The month's figures, why they moved (a cause of the segment's own, as the results item gives it) and what comes next.
    const j = c.segments.indexOf(s);
    const mv: Vars = { ...v, ...monthVars(j), seg: s.name };
    // Causes of a move in sales (demand, orders, shipments, FX, last year's one-offs), not of costs or margins.
    const ups = jaGrammar().list('cause_up').filter((t) => !COST.test(t) && !(s.parts && /保守|サービス/.test(t)) && !(isService(s) && SERVICE_NO.test(t)));
    const downs = jaGrammar().list('cause_down').filter((t) => !COST.test(t) && !(isService(s) && SERVICE_NO.test(t)));
    // Its products' figures, and the product that moved the segment most in its direction, with the cause of that move.
    const ps = productSales(world, tm, j);
    const before = productSales(world, tm - 12, j);
    const order = s.products.map((_, x) => x).sort((a, b) => ps[b]! - ps[a]!);
    const dir = mv.up ? 1 : -1;
    const mover = s.products.map((_, x) => x).sort((a, b) => dir * (ps[b]! - before[b]!) - dir * (ps[a]! - before[a]!))[0]!;
    Object.assign(mv, { product: s.products[mover]!, mp: s.products[mover]!, mpchg: monthChange(ps[mover]!, before[mover]!, '前年同月', ['増加', '減少']), plist: order.map((x) => `${s.products[x]}が${millionsText(ps[x]!)}`).join('、') });
    mv.cause = speech.raw(rng.pick(mv.up ? ups : downs), mv);
    const outlook = jaGrammar().list(isService(s) ? 'b_month_outlook_service' : 'b_month_outlook');
    // What moved the month, told as it happened in this business (the customer's program, the order delivered, the
    // acceptance that slipped, the line that stopped) and what the head does next: each story once a series, so a
    // head's month is told in a structure of its own instead of the figures–product–cause template.
    const way = mv.up ? 'up' : 'down';
    const tales: BoardMonthStory[] = boardMonthStories()[s.short]?.[way] ?? [];
    // A story is told of the product that moved the business most, or of another that moved the same way (an
    // inspection-centre story of the analyser that fell, though the pumps fell more).
    const movedSame = s.products.map((_, x) => x).filter((x) => dir * (ps[x]! - before[x]!) > 0).sort((a, b) => dir * (ps[b]! - before[b]!) - dir * (ps[a]! - before[a]!));
    const storyProduct = (x: BoardMonthStory): number | undefined => (x.products === undefined || x.products.includes(s.products[mover]!) ? mover : movedSame.find((k) => x.products!.includes(s.products[k]!)));
    const stories = tales.map((x, i) => ({ ...x, key: `ja-board-month:${s.short}:${way}:${i}` })).filter((x) => !mc.series.counts.has(x.key) && (x.facts ?? []).every((f) => mc.may(f)) && storyProduct(x) !== undefined);
    const story = stories.length > 0 && rng.chance(0.85) ? rng.pick(stories) : undefined;
    if (story) {
      mc.series.counts.set(story.key, 1);
      const k = storyProduct(story)!;
      if (k !== mover) Object.assign(mv, { product: s.products[k]!, mp: s.products[k]!, mpchg: monthChange(ps[k]!, before[k]!, '前年同月', ['増加', '減少']) });
      Object.assign(mv, { next2: `${ymd(day + 45).month}月`, country: countries()[0]! });
      // The figure the story needs: the month's sales (the product's move is in the story), the year to date now and
      // then; said first, or after the story as its sum ('この結果、…') when the head leads with what happened (having named
      // the business: '<seg>の状況です。').
      const lead = rng.chance(0.4);
      turn(
        s.head,
        (lead
          ? speech.sayWhole('<b_head_self>', mv) + speech.saySeq(story.report, mv, 0.06) + speech.sayWhole('<b_month_fig_after>', mv)
          : speech.sayWhole(called ? '<b_month_open>' : '<b_head_self><b_month_open_bare>', mv) + (tm > fyFrom && rng.chance(0.2) ? speech.say('<b_month_ytd>', mv) : '') + speech.saySeq(story.report, mv, 0.06)),
        story.facts,
      );
    } else
      turn(
        s.head,
        // Said whole: the memory would drop a repeated 'Xからご報告します。' and leave the figures nameless.
        speech.sayWhole(called ? '<b_month_open>' : '<b_head_self><b_month_open_bare>', mv) +
          (tm > fyFrom && rng.chance(0.4) ? speech.say('<b_month_ytd>', mv) : '') +
          (rng.chance(0.25) ? speech.say('<b_month_products>', mv) : '') +
          speech.say(mv.up ? '<b_month_mover_up>' : '<b_month_mover_down>', mv) +
          speech.say(mv.up ? '<b_month_why_up>' : '<b_month_why_down>', mv, 0.08) +
          (rng.chance(0.2) ? speech.say(rng.pick(outlook), mv, 0.08) : ''),
      );
    // A question on the figures where the head has no matter to report, or now and then besides it: on the story the
    // head told when there was one (the customer, the order, the line), else on the figures.
    const asked = !matters.has(s) || rng.chance(0.35);
    if (asked && story) {
      if (turn(rng.pick(outside), speech.say(story.q, mv))) turn(s.head, speech.say(story.a, mv, 0.1), story.facts);
    } else if (asked) {
      const [ql, al] = mv.up ? ['b_month_q_up', 'b_month_a_up'] : ['b_month_q_down', 'b_month_a_down'];
      const ks = [...jaGrammar().list(ql).keys()].filter((x) => !isService(s) || !jaGrammar().list(ql)[x]!.includes('<site>'));
      const x = rng.pick(ks);
      if (turn(rng.pick(outside), speech.say(jaGrammar().list(ql)[x]!, mv))) turn(s.head, speech.say(jaGrammar().list(al)[x]!, mv, 0.1));
    }
    if (!matters.has(s)) continue;
    // The month's lines said when no matter is reported: a director asks of a plant's problem or a new product only
    // when the head spoke of one ('新製品について' after a report of orders and staffing was a non sequitur).
    let lines: string[] = [];
    // A business head reports one matter of the month (a quality problem, a large customer, an overseas unit …) with its
    // figures, an outside director asks and the head answers in kind; each matter comes up at most twice a series.
    // Each matter is reported once a series (its sentences, said once, could not be said again).
    const open = boardTopics().filter((t) => (mc.series.counts.get(`ja-board:${t.name}`) ?? 0) < 1 && !taken.has(t.name) && (t.after === undefined || decided.has(t.after)) && !(t.goods && isService(s)));
    // How the head opens: a line on the month's business (of services or of goods), said before some matters only.
    const intro = isService(s) ? '<b_report_segment_service>' : '<b_report_segment>';
    // Matters not yet reported this series come first.
    const least = Math.min(...open.map((t) => mc.series.counts.get(`ja-board:${t.name}`) ?? 0));
    const topic = open.length > 0 && rng.chance(0.85) ? rng.pick(open.filter((t) => (mc.series.counts.get(`ja-board:${t.name}`) ?? 0) === least)) : undefined;
    if (topic) {
      taken.add(topic.name);
      mc.series.counts.set(`ja-board:${topic.name}`, (mc.series.counts.get(`ja-board:${topic.name}`) ?? 0) + 1);
      // Small counts of different things are different numbers (suppliers, months, weeks), never one figure reused.
      const n1 = rng.int(4, 9);
      const [n3, n4] = rng.sample([2, 3, 4, 5, 6, 7, 8, 9].filter((x) => x !== n1), 2);
      // Customers are counted as what they are: 4団体 of municipalities, 3施設 of hospitals, 2社 of companies.
      const unit = (UNITS as Record<string, string>)[String((v as Vars).customer)] ?? '社';
      const tv: Vars = { ...v, ...pinned(v), unit, n0: rng.int(2, 3), n1, n3: n3!, n4: n4!, n2: rng.int(120, 980), r1: `${rng.int(2, 14)}.${rng.int(0, 9)}%`, r2: `${rng.int(30, 79)}.${rng.int(0, 9)}%` };
      // After a question on the figures, the head turns to the matter with a word that says so.
      turn(s.head, speech.sayWhole('<b_one_more>') + speech.saySeq(topic.report, tv, 0.08));
      // All of its questions, in any order, each with the answer of the same index.
      discuss(rng.shuffle(topic.q.map((q, x): [string, string] => [q, topic.a[x]!])), outside, s.head, tv);
    } else {
      // Two lines of the month, none that opens a report (the figures opened it) or says how sales went (they said it).
      const list = jaGrammar().list(intro.slice(1, -1)).filter((t) => !/^(?:\{まず\||<seg>の(?:状況を|\{月次|\{業務)|\{<seg>について|<seg>からご報告)/.test(t));
      lines = rng.sample([...list], 2);
      turn(s.head, speech.sayWhole('<b_one_more>') + speech.saySeq(lines, v, 0.12));
    }
    // A product's price revision is announced once a series (said again, it would be another revision of the same price).
    const priced = rng.pick(s.products);
    if (mc.may(F.priceRevision) && !isService(s) && !mc.series.counts.has(`ja-board-price:${priced}`) && rng.chance(0.3)) {
      mc.series.counts.set(`ja-board-price:${priced}`, 1);
      // (An aside after the head's matter, or after an answer: なお.)
      turn(s.head, speech.say('なお、<b_report_price>', { ...v, product: priced }), [F.priceRevision]);
    }
    // Next spring's graduate hiring is reported once a year.
    const hiringYear = `ja-board-hiring:${ymd(day - 90).year}`;
    if (mc.may(F.hiring) && !mc.series.counts.has(hiringYear) && rng.chance(0.15)) {
      mc.series.counts.set(hiringYear, 1);
      turn(c.planning, speech.say('<b_report_hiring>'), [F.hiring]);
    }
    // (The routine questions are about a plant's problem and a new product: not for a services business.)
    const fits = [lines.some((t) => t.includes('<problem>')), lines.some((t) => t.includes('新製品'))].flatMap((ok, k) => (ok ? [k] : []));
    const i = fits.length > 0 ? rng.pick(fits) : -1;
    if (!topic && !isService(s) && i >= 0 && rng.chance(0.7) && turn(rng.pick(outside), speech.say(jaGrammar().list('b_report_question')[i]!, v))) turn(s.head, speech.say(jaGrammar().list('b_report_answer')[i]!, v, 0.12));
  }
  // The auditors' report of the month: a matter of their own once a series where one fits the month, else the routine one.
  const av = { site: rng.pick(c.sites).name, k: rng.int(1, 6), sub: rng.pick(subsidiaries()), country: countries()[1]! };
  const audits = boardAuditReports().filter((r) => !mc.series.counts.has(`ja-board-audit:${r.name}`) && (r.months === undefined || r.months.includes(month)));
  const audit = audits.length > 0 && rng.chance(0.8) ? rng.pick(audits) : undefined;
  if (audit) mc.series.counts.set(`ja-board-audit:${audit.name}`, 1);
  if (!audit || !turn(c.auditors[0]!, speech.saySeq(audit.report, av, 0.04))) say(c.auditors[0]!, 'b_audit_report', av);
  const next = nextBoard(day);
  proc('b_close', { n, next: `${jaMonthDay(next)}${jaWeekday(next)}` });
  flush();
  const end = start + Math.ceil(ss.seconds / 60) + 2;
  ss.opening('heading', `${title} 議事録`);
  ss.opening('meta', [`日時：${jaDate(day)}${jaWeekday(day)} ${jaClock(start)}〜${jaClock(end)}　場所：${c.short} 本社 ${rng.int(8, 15)}階 ${rng.pick(['大会議室', '役員会議室', '第1会議室'])}`, attendance()].join('\n'));
  return ss;

  /** The header's attendance: counts as the chair states them, who joined from afar, who was away. */
  function attendance(): string {
    const web = remote && c.outside.includes(remote) ? '、そのうち1名はウェブ会議システムにより出席' : '';
    const phone = remote === c.auditors[1] ? '（うち1名は電話会議により出席）' : '';
    const absent = away ? `　欠席：${c.outside.includes(away) ? '社外取締役' : '取締役'} ${away.person.name}` : '';
    return `出席者：取締役${directors.length}名中${present.length - c.auditors.length}名（うち社外取締役${outside.length}名${web}）、監査役${c.auditors.length}名中${c.auditors.length}名${phone}${absent}　議長：${c.chair.title} ${c.chair.person.name}`;
  }
}

/** The key of a business's own causes of a quarter's move in board.json (`b_cause_<key>_up`, `b_cause_<key>_down`). */
const CAUSE_KEYS: Record<string, string> = { 産業機器: 'industrial', 電子部品: 'electronic', 機能材料: 'materials', 環境エネルギー: 'energy', 医療機器: 'medical', ソリューション: 'solutions' };

/** The counter of a customer that is not a company (municipalities are 団体, hospitals 施設). */
const UNITS = { 自治体: '団体', 病院: '施設', 商業施設: '施設', 検査センター: 'か所' };

/** Causes that speak of costs, productivity or the product mix: they move profit, not sales. */
const COST = /原価|調達コスト|生産性|稼働率|製品構成|プロダクトミックス|価格\||コスト\}|の上昇を|立ち上げ費用|物流費|品質対応|生産の切り替え/;

/** Causes of a sales move that speak of goods (shipments, plants, materials): not a services business's. */
const SERVICE_NO = /出荷|工場|生産|新機種|原材料|部材|物流費|在庫/;

/**
 * A segment's sales in a calendar month `t` (months since January of the series' first year), 百万円: its quarter's
 * sales in the ledger split over the quarter's three months by weights drawn once a quarter, so they add up exactly.
 */
export function monthSales(world: JaMeetingContext['world'], t: number, what: 'sales' | 'op' = 'sales'): number[] {
  const k = Math.floor(t / 3);
  const pos = t - 3 * k;
  const r = worldRng(world.seed).fork(`board-month-${k}`);
  return world.book.results(k).segments.map((s) => {
    const w = [r.float(0.95, 1.05), r.float(0.95, 1.05), r.float(0.95, 1.05)];
    const all = w[0]! + w[1]! + w[2]!;
    const whole = what === 'sales' ? s.sales : s.op;
    const a = Math.round((whole * w[0]!) / all / 10) * 10;
    const b = Math.round((whole * w[1]!) / all / 10) * 10;
    return [a, b, whole - a - b][pos]!;
  });
}

/** A segment's month split over its products (each product's share drawn once a series, varying a little by month). */
function productSales(world: JaMeetingContext['world'], t: number, j: number): number[] {
  const products = world.company.segments[j]!.products;
  const base = worldRng(world.seed).fork(`board-products-${j}`);
  const w0 = products.map(() => base.float(0.5, 1.6));
  const r = worldRng(world.seed).fork(`board-products-${j}-${t}`);
  const w = w0.map((x) => x * r.float(0.95, 1.05));
  const all = w.reduce((a, b) => a + b, 0);
  const total = monthSales(world, t)[j]!;
  const parts = w.map((x) => Math.round((total * x) / all / 10) * 10);
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
}

/**
 * A month's (or the year to date's) sales against a year before: `前年同月比3.2%の増収`, or without the basis
 * `3.2%の増収`; a move of 15% or more is said in words (printed percentages stay under 15%).
 */
function monthChange(cur: number, prev: number, basis: string, words: [string, string] = ['増収', '減収']): string {
  const p = ((cur - prev) / Math.abs(prev)) * 100;
  if (Math.abs(p) < 0.05) return basis ? `${basis}並み` : 'ほぼ横ばい';
  if (Math.abs(p) >= 14.95) return basis ? `${basis}を大きく${p > 0 ? '上回る' : '下回る'}水準` : `大幅な${p > 0 ? words[0] : words[1]}`;
  return `${basis ? `${basis}比` : ''}${pct(p)}の${p > 0 ? words[0] : words[1]}`;
}

/**
 * Changes in sales (百万円, either sign) said in one turn, all in one unit: in 百万円 as the CFO's figures are
 * (`1,180百万円`), else in 億円 (`4億9,000万円`, `6,000万円`); undefined when either would print a standalone 11–49
 * (a needle's count owns those numbers).
 */
function moveTexts(values: number[]): string[] | undefined {
  const abs = values.map((x) => Math.round(Math.abs(x) / 10) * 10);
  if (abs.every((x) => x < 11 || x > 49)) return abs.map(millionsText);
  if (abs.every((x) => Math.floor(x / 100) < 11 || Math.floor(x / 100) > 49)) return abs.map((x) => tenthsOku(x / 10));
  return undefined;
}

/** `A`, `AとB`, `A、BとC`. */
function jaList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}と${names.at(-1)}`;
}

/** A matter a business head reports to the board (haystacks/ja/meeting-transcript/board-topics.json). */
interface BoardTopic {
  name: string;
  /** About goods, plants or materials (a quality defect, inventory, a supplier): not for a services business. */
  goods?: boolean;
  /** Reported only after the board decided this agenda item (`ja-board-item:<name>`) at an earlier meeting. */
  after?: string;
  report: string[];
  /** Outside directors' questions, each answered by the answer of the same index. */
  q: string[];
  a: string[];
}

function boardTopics(): BoardTopic[] {
  return loadHaystackData<BoardTopic[]>('ja/meeting-transcript/board-topics.json');
}

/** How a business head's month went, by segment (short name) and direction (haystacks/ja/meeting-transcript/board-month.json). */
interface BoardMonthStory {
  /** The products it can be told of (an inspection centre buys analysers, not infusion pumps); any when absent. */
  products?: string[];
  /** Facts it states (a customer's new plant, a price move): left out when a sweep's needle competes with them. */
  facts?: string[];
  /** What moved the month and what the head does next (uses <mp>, <mpchg>, <mon>, <next>, <next2>, <site>, <country>). */
  report: string[];
  /** An outside director's question on it, and the head's answer. */
  q: string;
  a: string;
}

function boardMonthStories(): Record<string, Partial<Record<'up' | 'down', BoardMonthStory[]>>> {
  return loadHaystackData<Record<string, Partial<Record<'up' | 'down', BoardMonthStory[]>>>>('ja/meeting-transcript/board-month.json');
}

/** A business that sells services and software (no plant, inventory or production line of its own). */
function isService(s: JaSegment): boolean {
  return s.short === 'ソリューション';
}

/** A customer as a noun that takes の/との/向け: `車載向け` (a market) becomes `車載関連のお客様`. */
export function jaClient(customer: string): string {
  return customer.endsWith('向け') ? `${customer.slice(0, -2)}関連のお客様` : customer;
}

/** The countries of the company's subsidiaries (the same in every meeting of a series): the sales one, then the plant. */
export function jaCountries(world: { seed: number }): string[] {
  const all = ['タイ', 'ベトナム', 'メキシコ', 'インド', 'ドイツ', '米国', 'インドネシア', 'マレーシア'];
  return [all[world.seed % all.length]!, all[(world.seed + 3) % all.length]!];
}

/** A matter the board decides (haystacks/ja/meeting-transcript/board-agenda.json), taken up once a series. */
interface BoardAgendaItem {
  name: string;
  /** The 議案 as the chair names it (「…の件」). */
  title: string;
  /** Segments (short names) it fits (its product, customer and site are that segment's); any when absent. */
  segs?: string[];
  /** Who presents it: the CFO, the planning head, the CTO, the president, or a business head. */
  by: 'cfo' | 'planning' | 'cto' | 'ceo' | 'seg';
  /** Months it can come up in (the AGM convocation in May, the budget in March); any month when absent. */
  months?: number[];
  /** Amount range (億円) of its <amount>. */
  amount?: [number, number];
  present: string[];
  /** Questions of outside directors, each with its answer. */
  qa: Array<[string, string]>;
  /** The chair's remark before the vote (before the presentation when `remarkFirst`: the conflicted director leaves). */
  remark?: string;
  remarkFirst?: boolean;
}

function boardAgenda(): BoardAgendaItem[] {
  return loadHaystackData<BoardAgendaItem[]>('ja/meeting-transcript/board-agenda.json');
}

/** An auditor's report on the month's audit (haystacks/ja/meeting-transcript/board-audit.json), told once a series. */
interface BoardAuditReport {
  name: string;
  /** Months it fits (the year-end audit, the audit plan); any when absent. */
  months?: number[];
  report: string[];
}

function boardAuditReports(): BoardAuditReport[] {
  return loadHaystackData<BoardAuditReport[]>('ja/meeting-transcript/board-audit.json');
}

/** The president's report on the month's business (haystacks/ja/meeting-transcript/board-ceo.json), told once a series. */
interface BoardCeoReport {
  name: string;
  /** Months it fits (the spring wage talks, the integrated report); any when absent. */
  months?: number[];
  /** Facts it states (left out, with the report, when a sweep's needle competes with them). */
  facts?: string[];
  report: string[];
  qa: Array<[string, string]>;
}

function boardCeoReports(): BoardCeoReport[] {
  return loadHaystackData<BoardCeoReport[]>('ja/meeting-transcript/board-ceo.json');
}

/** What became of a decided matter, reported at a later meeting by the officer who presented it. */
interface BoardFollowup {
  /** Meetings to wait after the decision (a merger or a handover takes effect months later); two when absent. */
  wait?: number;
  report: string[];
  /** Questions of outside directors or the auditor, each with its answer. */
  qa: Array<[string, string]>;
  /** The chair's remark after the report. */
  remark?: string;
  /** What happened next, reported some meetings after the first report. */
  later?: BoardFollowup;
}

function boardFollowups(): Record<string, BoardFollowup> {
  return loadHaystackData<Record<string, BoardFollowup>>('ja/meeting-transcript/board-followups.json');
}

/** A matter the board decided: who presented it and the customer, site and amounts it spoke of, for the report on it. */
interface Decision {
  name: string;
  title: string;
  presenter: JaSpeaker;
  vars: Vars;
  /** Index of the board meeting (0-based in the series) that decided it. */
  board: number;
  month: number;
  /** Index of the meeting that first heard what became of it. */
  reported?: number;
  /** True once its later story was told too. */
  told?: boolean;
}

/** The decisions of a series' boards so far (kept beside the series state, which is shared with other kinds). */
const DECISIONS = new WeakMap<object, Decision[]>();
function decisions(series: object): Decision[] {
  let list = DECISIONS.get(series);
  if (!list) DECISIONS.set(series, (list = []));
  return list;
}

/** The board's next meeting: the third Thursday of the next month. */
function nextBoard(day: number): number {
  let d = day + 21;
  while (ymd(d).weekday !== 4 || ymd(d).date < 15 || ymd(d).date > 21) d++;
  return d;
}
