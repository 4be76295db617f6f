// Item 7 MD&A: overview, consolidated and segment results (two comparisons), liquidity and critical estimates.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { cashRequirements, fourthQuarterSegments } from './render-more-e.js';
import { segmentDrivers } from './render-more-d.js';
import { capitalPlan, priorOrganic, restructuringPrograms } from './render-more-c.js';
import { renderCostOfSales, renderOiBridge } from './render-more-b.js';
import { keyMetrics, segmentEbitda, segmentQuarterDiscussion } from './render-more.js';
import type { YearLedger } from './ledger.js';
import { changeSentence, levelSentence, marginSentence, marginTenths, signedAmount, type Driver } from './change-sentence.js';
import { amount, cell, changeTenthsPct, dollars, money, pct, table } from './format.js';
import { epsDiluted } from './render-statements.js';
import { renderQuarterlyAndOutlook, renderSalesDetail } from './render-mdna-detail.js';
import { covenantMax, goodwillHeadroom, renderEstimateSensitivities, renderLiquidityDetail, renderMdnaQuarterAndNonGaap } from './render-mdna-more.js';
import { renderCashFlowDiscussion, renderFiveYear, renderLiquidityMore } from './render-mdna-cash.js';
import { taxRateChange } from './notes-detail-c.js';
import { moreEstimates, segmentOutlook } from './render-extra.js';

/** Sales drivers of the consolidated change, weighted by prior-year segment sales; volume absorbs rounding. */
function consolidatedDrivers(cur: YearLedger, prev: YearLedger, acqName: string | null): Driver[] {
  const w = (f: (i: number) => number) => Math.round(cur.seg.reduce((a, _, i) => a + f(i) * prev.seg[i]!.sales, 0) / prev.sales);
  const price = w((i) => cur.seg[i]!.price);
  const fx = w((i) => cur.seg[i]!.fx);
  const acq = w((i) => cur.seg[i]!.acquisition);
  const total = changeTenthsPct(cur.sales, prev.sales);
  return driversOf(total - price - fx - acq, price, fx, acq, acqName);
}

function driversOf(volume: number, price: number, fx: number, acq: number, acqName: string | null): Driver[] {
  return [
    { up: 'higher volume', down: 'lower volume', tenths: volume },
    { up: 'favorable pricing', down: 'lower pricing', tenths: price },
    { up: 'favorable foreign currency translation', down: 'unfavorable foreign currency translation', tenths: fx },
    { up: acqName ? `the contribution from ${acqName}` : 'acquisitions', down: 'divestitures', tenths: acq },
  ];
}

function* resultsOfOperations(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const { c, rng, g } = ctx;
  const ind = c.industry;
  const acqName = cur.acquisition?.target ?? null;
  yield ctx.heading(`Fiscal ${cur.year} Compared with Fiscal ${prev.year}`);
  const line = (label: string, a: number, b: number) => [label, amount(a), amount(b), signedAmount(a - b), prev ? pct(changeTenthsPct(a, b), true) : ''];
  yield ctx.table(table(null, ['(in millions, except per-share amounts)', `Fiscal ${cur.year}`, `Fiscal ${prev.year}`, '$ change', '% change'], [
    line('Net sales', cur.sales, prev.sales), line('Gross profit', cur.gross, prev.gross),
    ['Gross margin', pct(marginTenths(cur.gross, cur.sales)), pct(marginTenths(prev.gross, prev.sales)), '', ''],
    line('Selling, general and administrative expenses', cur.sga, prev.sga), line('Research and development expenses', cur.rnd, prev.rnd),
    line('Operating income', cur.oi, prev.oi), ['Operating margin', pct(marginTenths(cur.oi, cur.sales)), pct(marginTenths(prev.oi, prev.sales)), '', ''],
    line('Interest expense', cur.interest, prev.interest), line('Net income', cur.ni, prev.ni),
    ['Diluted earnings per share', dollars(epsDiluted(cur)), dollars(epsDiluted(prev)), '', ''],
  ]));
  const v = { ...ctx.vars, year: cur.year, prevYear: prev.year };
  const up = (list: string[]) => g.fill(rng, rng.pick(list), v);
  yield ctx.para([
    ctx.say(changeSentence(rng, 'Net sales', cur.sales, prev.sales, cur.year, consolidatedDrivers(cur, prev, acqName))),
    ctx.say(`{Volume trends reflected|Organic volume reflected|Volume performance was shaped by} ${rng.sample(ind.volumeUp, 2).map((x) => g.fill(rng, x, v)).join(' and ')}{, partly offset by ${up(ind.volumeDown)}|}.`, v),
  ]);
  const gmWhy = cur.gross / cur.sales >= prev.gross / prev.sales ? `as ${up(ind.costDown)} more than offset ${up(ind.costUp)}` : `as ${up(ind.costUp)} outweighed ${up(ind.costDown)}`;
  yield ctx.para([
    ctx.say(levelSentence(rng, 'Gross profit', cur.gross, prev.gross, cur.year)),
    ctx.say(marginSentence(rng, 'Gross margin', cur.gross, cur.sales, prev.gross, prev.sales, cur.year, gmWhy)),
  ]);
  yield* renderCostOfSales(ctx, cur, prev);
  const sgaPct = pct(marginTenths(cur.sga, cur.sales));
  yield ctx.para([
    ctx.say(changeSentence(rng, 'Selling, general and administrative expenses', cur.sga, prev.sga, cur.year, [], rng.pick([`reflecting ${rng.pick(['higher incentive compensation', 'wage inflation', 'investment in sales coverage', 'higher professional fees'])}`, `including costs related to ${acqName ?? 'our productivity program'}`, 'as we added commercial resources'])) ),
    ctx.say(`{As a percentage of net sales|Measured against net sales}, {SG&A|these expenses} {were|represented} ${sgaPct} in fiscal ${cur.year}.`),
    ctx.say(levelSentence(rng, 'Research and development expense', cur.rnd, prev.rnd, cur.year, rng.chance(0.5) ? `, as we {continued to fund|expanded} {development of|programs for} <product>` : '')),
  ].map((s) => g.fill(rng, s, v)));
  const sentences = [
    cur.restructuring > 0
      ? ctx.say(`Restructuring charges {were|totaled} ${money(cur.restructuring)} in fiscal ${cur.year}{, primarily for severance and asset write-downs related to| and related mainly to} {the consolidation of our plant in <city>|workforce reductions in <segment>|our footprint optimization program}.`, v)
      : ctx.say(`{We did not record|There were no} restructuring charges in fiscal ${cur.year}{, compared with ${money(prev.restructuring)} in fiscal ${prev.year}|}.`, v),
    ctx.say(changeSentence(rng, 'Operating income', cur.oi, prev.oi, cur.year)),
    ctx.say(marginSentence(rng, 'Operating margin', cur.oi, cur.sales, prev.oi, prev.sales, cur.year, '')),
  ];
  yield ctx.para(sentences);
  yield* renderOiBridge(ctx, cur, prev);
  yield ctx.para([
    ctx.say(levelSentence(rng, 'Interest expense', cur.interest, prev.interest, cur.year, cur.interest > prev.interest ? ', reflecting higher average borrowings and rates' : ', reflecting lower average debt outstanding')),
    ctx.say(taxRateChange(cur, prev)),
    ctx.say(changeSentence(rng, 'Net income', cur.ni, prev.ni, cur.year)),
    ctx.say(`Diluted earnings per share {were|was} ${dollars(epsDiluted(cur))} in fiscal ${cur.year}, {compared with|against} ${dollars(epsDiluted(prev))} in fiscal ${prev.year}.`),
  ]);
  yield ctx.heading(`Segment Results, Fiscal ${cur.year} Compared with Fiscal ${prev.year}`);
  for (const [i, s] of c.segments.entries()) {
    const a = cur.seg[i]!;
    const b = prev.seg[i]!;
    yield ctx.table(table(s.name, ['(in millions)', `Fiscal ${cur.year}`, `Fiscal ${prev.year}`, '% change'], [
      ['Net sales', amount(a.sales), amount(b.sales), pct(changeTenthsPct(a.sales, b.sales), true)],
      ['Segment operating income', amount(a.oi), amount(b.oi), pct(changeTenthsPct(a.oi, b.oi), true)],
      ['Segment operating margin', pct(marginTenths(a.oi, a.sales)), pct(marginTenths(b.oi, b.sales)), ''],
    ]));
    const sv = { ...v, segment: s.name, product: s.products, customer: s.customers, market: s.markets };
    const acq = cur.acquisition && cur.acquisition.segment === s.name ? cur.acquisition.target : null;
    yield ctx.para([
      ctx.say(changeSentence(rng, `Net sales in the ${s.name} segment`, a.sales, b.sales, cur.year, driversOf(a.volume, a.price, a.fx, a.acquisition, acq))),
      ctx.say(`{Demand|Volume} {in|for} <product> {reflected|was shaped by} ${up(a.volume >= 0 ? ind.volumeUp : ind.volumeDown)}{, particularly among <customer>| in <market>|}.`, sv),
      ctx.say(changeSentence(rng, 'Segment operating income', a.oi, b.oi, cur.year, [], a.oi >= b.oi ? `as ${up(ind.costDown)} and higher volume {more than offset|outweighed} ${up(ind.costUp)}` : `as ${up(ind.costUp)} {outweighed|more than offset} ${up(ind.costDown)}`), sv),
      ctx.say(marginSentence(rng, 'Segment operating margin', a.oi, a.sales, b.oi, b.sales, cur.year, '')),
    ]);
  }
  yield* segmentDrivers(ctx, cur, prev);
  yield ctx.para([
    ctx.say(`Corporate and unallocated costs were ${money(-cur.corporate)} in fiscal ${cur.year}, {compared with|versus} ${money(-prev.corporate)} in fiscal ${prev.year}{, reflecting {higher|lower} incentive compensation and {professional fees|insurance costs}|}.`),
  ]);
  yield* renderSalesDetail(ctx, cur, prev);
}

/** Item 7 of one year's report. */
export function* renderMdna(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  yield ctx.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", true);
  const v = { fyMonth: c.fyEndMonth, fyDay: c.fyEndDay, prevYear2: pp.year };
  yield ctx.fromList('mdna_intro', 3, v);
  yield ctx.heading('Overview');
  yield ctx.fromList('mdna_context', 3);
  yield ctx.para([
    ctx.say(`{In fiscal ${y.year}|For the year}, net sales were ${money(y.sales)} and {diluted earnings per share were|we earned} ${dollars(epsDiluted(y))}{ per diluted share|}.`),
    ctx.say(`{We generated|Operating activities provided} ${money(y.cf.cfo)} of {operating cash flow|cash}{ and returned ${money(-y.cf.dividends - y.cf.buybacks)} to shareholders through dividends and share repurchases|}.`),
    ...(y.acquisition ? [ctx.say(`In ${y.acquisition.month} ${y.year}, we {acquired|completed the acquisition of} ${y.acquisition.target}{, a supplier of <product>,|} for ${money(y.acquisition.price)}{, net of cash acquired|}, {adding it to|and it is reported in} our ${y.acquisition.segment} segment.`)] : []),
  ]);
  yield* renderFiveYear(ctx);
  yield* keyMetrics(ctx);
  yield* segmentEbitda(ctx);
  yield ctx.heading('Results of Operations');
  yield* resultsOfOperations(ctx, y, p);
  yield* resultsOfOperations(ctx, p, pp);
  yield* renderMdnaQuarterAndNonGaap(ctx, (cur, prev) => consolidatedDrivers(cur, prev, null).map((d) => d.tenths));
  yield* priorOrganic(ctx);
  yield* fourthQuarterSegments(ctx);
  yield* restructuringPrograms(ctx);
  yield* segmentQuarterDiscussion(ctx);
  yield* renderQuarterlyAndOutlook(ctx);
  yield* segmentOutlook(ctx);
  yield* renderLiquidity(ctx);
}

function* renderLiquidity(ctx: ReportContext): Generator<Block> {
  const { y, p, rng } = ctx;
  yield ctx.heading('Liquidity and Capital Resources');
  const revolver = y.debt.find((d) => d.kind === 'revolver');
  const totalDebt = y.bs.curDebt + y.bs.ltDebt;
  const ebitda = y.oi + y.cf.da + y.amort;
  const lv = {
    revolverM: amount(y.revolverCapacity), cashM: amount(y.bs.cash), foreignCashM: amount(Math.round(y.bs.cash * rng.float(0.3, 0.7))),
    revolverDrawnM: amount(revolver?.principal ?? 0), covenant: covenantMax(ctx).toFixed(2), leverage: ((totalDebt - y.bs.cash) / ebitda).toFixed(2),
  };
  yield ctx.fromList('liquidity', 4, lv);
  yield ctx.table(table('Summary of cash flows', ['(in millions)', `Fiscal ${y.year}`, `Fiscal ${p.year}`], [
    ['Net cash provided by operating activities', amount(y.cf.cfo), amount(p.cf.cfo)], ['Net cash used in investing activities', amount(y.cf.cfi), amount(p.cf.cfi)],
    ['Net cash provided by (used in) financing activities', amount(y.cf.cff), amount(p.cf.cff)], ['Effect of exchange rate changes on cash', amount(y.cf.fx), amount(p.cf.fx)],
    ['Net increase (decrease) in cash and cash equivalents', amount(y.cf.change), amount(p.cf.change)],
  ]));
  const wc = y.cf.dAr + y.cf.dInv + y.cf.dPrepaid + y.cf.dAp + y.cf.dAccrued;
  yield ctx.para([
    ctx.say(levelSentence(rng, 'Cash provided by operating activities', y.cf.cfo, p.cf.cfo, y.year, `, as ${wc >= 0 ? 'working capital released' : 'working capital absorbed'} ${money(wc)}`)),
    ctx.say(`Capital expenditures {were|totaled} ${money(-y.cf.capex)} in fiscal ${y.year}{ and were focused on <focus>|, including investment in <focus>|}, and we expect {capital spending|capital expenditures} of {approximately |}${money(Math.round(-y.cf.capex * rng.float(0.95, 1.15)))} in fiscal ${y.year + 1}.`, { focus: ['capacity expansion in <segment>', 'automation and safety projects', 'a new facility in <city>', 'information systems'] }),
    ctx.say(`Financing activities {used|provided} ${money(y.cf.cff)} of cash{, including dividends of ${money(y.cf.dividends)}${y.cf.buybacks ? ` and share repurchases of ${money(y.cf.buybacks)}` : ''}|}.`.replace('{used|provided}', y.cf.cff < 0 ? 'used' : 'provided')),
  ]);
  yield* renderCashFlowDiscussion(ctx, y, p);
  yield* renderCashFlowDiscussion(ctx, p, ctx.pp);
  yield* renderLiquidityDetail(ctx);
  yield* renderLiquidityMore(ctx);
  yield* capitalPlan(ctx);
  yield* cashRequirements(ctx);
  const maturities = [1, 2, 3, 4, 5].map((k) => y.debt.filter((d) => d.maturity === y.year + k).reduce((a, d) => a + d.principal, 0));
  const later = totalDebt - maturities.reduce((a, b) => a + b, 0);
  const interest = Math.round(y.interest * rng.float(0.9, 1.05));
  const purchase = Math.round(y.sales * rng.float(0.03, 0.08));
  yield ctx.heading('Contractual Obligations');
  yield ctx.para([ctx.say('The following table {summarizes|presents} our {significant contractual obligations|contractual cash obligations} at <fyEnd>{, by fiscal year of payment|}.')]);
  const yrs = [1, 2, 3, 4, 5].map((k) => String(y.year + k));
  const leaseRow = y.leasePayments;
  yield ctx.table(table(null, ['(in millions)', ...yrs, 'Thereafter', 'Total'], [
    ['Debt principal', ...maturities.map((m) => cell(m)), cell(later), amount(totalDebt)],
    ['Interest on debt', ...[1, 0.92, 0.84, 0.74, 0.65].map((f) => amount(Math.round(interest * f))), amount(interest * 3), amount([1, 0.92, 0.84, 0.74, 0.65].reduce((a, f) => a + Math.round(interest * f), 0) + interest * 3)],
    ['Operating leases', ...leaseRow.map((m) => amount(m)), amount(leaseRow.reduce((a, b) => a + b, 0))],
    ['Purchase obligations', amount(purchase), amount(Math.round(purchase * 0.3)), '—', '—', '—', '—', amount(purchase + Math.round(purchase * 0.3))],
  ]));
  yield ctx.heading('Critical Accounting Estimates');
  yield ctx.fromList('cae_intro', 2);
  const tight = goodwillHeadroom(ctx).reduce((a, b) => (b[1] < a[1] ? b : a));
  yield ctx.fromList('cae_goodwill', 3, { headroom: tight[1], bps: rng.pick([50, 100]), segment: tight[0], sensPct: rng.int(3, 9) });
  yield ctx.fromList('cae_tax', 3, { taxSensM: amount(Math.round(y.pretax / 100)) });
  yield ctx.fromList('cae_pension', 3, { discount: (rng.int(430, 590) / 100).toFixed(2), ror: (rng.int(550, 725) / 100).toFixed(2), pbo25M: amount(Math.round(y.pensionPbo * 0.028)) });
  yield ctx.fromList('cae_revenue', 2, { rebateM: amount(Math.round(y.sales * rng.float(0.01, 0.03))) });
  yield* renderEstimateSensitivities(ctx);
  yield* moreEstimates(ctx);
  yield ctx.heading('Recently Issued Accounting Standards');
  yield ctx.para([ctx.say(`{See|Refer to} Note 1 to the consolidated financial statements for {accounting standards adopted in fiscal ${y.year} and those issued but not yet effective|recently issued and adopted accounting standards and their expected effect on our disclosures}.`)]);
}
