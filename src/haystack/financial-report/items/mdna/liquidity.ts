// Writes MD&A liquidity and capital resources: cash flows, credit facilities and covenants, ratings, debt activity, capital allocation, contractual obligations.
import { list } from '../../writing/english.js';
import { cashByRegion, lettersOfCredit, suretyBonds } from '../../figures/balances.js';
import { covenantMax, debtMaturities, ratios } from '../../figures/debt.js';
import { splitBy, yearRng } from '../../streams.js';
import { levelSentence } from '../../writing/change-sentence.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, cell, changeTenthsPct, dollars, money, pct, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

const wc = (label: string, v: number, provided: string, used: string) =>
  v === 0 ? '' : v > 0 ? `${provided} ${label} provided ${money(v)}` : `${used} ${label} used ${money(v)}`;

/** Operating, investing and financing cash flows of the year compared with the prior year. */
export function* renderCashFlowDiscussion(ctx: ReportContext, y: YearLedger, p: YearLedger): Generator<Block> {
  const nonCash = (l: YearLedger) => l.cf.da + l.cf.amort + l.cf.sbc + l.cf.deferredTax + l.cf.otherOp;
  const wcap = (l: YearLedger) => l.cf.dAr + l.cf.dInv + l.cf.dPrepaid + l.cf.dAp + l.cf.dAccrued;
  const verb = (a: number, b: number) => (a >= b ? '{increased|rose}' : '{decreased|fell}');
  yield ctx.heading(`Cash Flows, Fiscal ${y.year} Compared with Fiscal ${p.year}`);
  yield ctx.heading(`Operating Activities, Fiscal ${y.year}`);
  yield ctx.para([
    ctx.say(`Net cash provided by operating activities ${verb(y.cf.cfo, p.cf.cfo)} ${money(y.cf.cfo - p.cf.cfo)} to ${money(y.cf.cfo)} in fiscal ${y.year}.`),
    ctx.say(`Net income {contributed|accounted for} ${money(y.ni)}{, compared with ${money(p.ni)} a year earlier|}, and non-cash items, {chiefly|mainly} depreciation of ${money(y.cf.da)} and amortization of ${money(y.cf.amort)}, added ${money(nonCash(y))}{ against ${money(nonCash(p))} in fiscal ${p.year}|}.`),
    ctx.say(`Working capital ${wcap(y) >= 0 ? 'provided' : 'used'} ${money(wcap(y))} of cash, {compared with|against} ${money(wcap(p))} ${wcap(p) >= 0 ? 'provided' : 'used'} in fiscal ${p.year}: ${list([
      wc('receivables', y.cf.dAr, 'lower', 'higher'), wc('inventories', y.cf.dInv, 'lower', 'higher'), wc('accounts payable', y.cf.dAp, 'higher', 'lower'), wc('accrued liabilities', y.cf.dAccrued, 'higher', 'lower'),
    ])}.`),
  ]);
  yield ctx.heading(`Investing Activities, Fiscal ${y.year}`);
  const acq = y.acquisition;
  yield ctx.para([
    ctx.say(`Net cash used in investing activities was ${money(y.cf.cfi)} in fiscal ${y.year}, {compared with|versus} ${money(p.cf.cfi)} in fiscal ${p.year}.`),
    ctx.say(`Capital expenditures ${verb(-y.cf.capex, -p.cf.capex)} to ${money(y.cf.capex)}{, or ${pct(Math.round((-y.cf.capex / y.sales) * 1000))} of net sales,|} from ${money(p.cf.capex)}.`),
    acq ? ctx.say(`We paid ${money(y.cf.acquisitions)}{, net of cash acquired,| net of acquired cash} for ${acq.target} in ${acq.month}.`) : p.acquisition ? ctx.say(`{The prior year included|Fiscal ${p.year} investing outflows included} ${money(p.cf.acquisitions)} for the acquisition of ${p.acquisition.target}${ctx.states('acquisitions.none') ? `{, and we made no acquisitions in fiscal ${y.year}|}` : ''}.`) : '',
    y.cf.assetSales ? ctx.say(`{Proceeds from asset sales|Sales of surplus property and equipment} {brought in|provided} ${money(y.cf.assetSales)}.`) : '',
  ]);
  yield ctx.heading(`Financing Activities, Fiscal ${y.year}`);
  const divUp = changeTenthsPct(-y.cf.dividends, -p.cf.dividends);
  yield ctx.para([
    ctx.say(`Financing activities ${y.cf.cff < 0 ? 'used' : 'provided'} ${money(y.cf.cff)} in fiscal ${y.year}, {compared with|after} ${money(p.cf.cff)} ${p.cf.cff < 0 ? 'used' : 'provided'} in fiscal ${p.year}.`),
    y.cf.borrowings ? ctx.say(`{We borrowed ${money(y.cf.borrowings)} and repaid ${money(y.cf.repayments)}|Borrowings totaled ${money(y.cf.borrowings)} and repayments ${money(y.cf.repayments)}}{, so debt ${y.cf.borrowings + y.cf.repayments >= 0 ? 'rose' : 'fell'} by ${money(y.cf.borrowings + y.cf.repayments)} before currency effects|}.`)
      : y.cf.repayments ? ctx.say(`We {made no new borrowings|did not borrow} and repaid ${money(y.cf.repayments)} of debt{ during the year|}.`) : '',
    ctx.say(`Dividends paid {were|came to} ${money(y.cf.dividends)}, ${divUp >= 0 ? 'up' : 'down'} ${pct(divUp)}{, and|, while} share repurchases ${y.cf.buybacks ? `{took|used} ${money(y.cf.buybacks)}` : 'were suspended for the year'}.`),
  ]);
}

const RATINGS: Array<[string, string]> = [['Baa3', 'BBB-'], ['Baa2', 'BBB'], ['Baa1', 'BBB+'], ['A3', 'A-']];

/** Sources of liquidity, credit ratings, debt activity, working capital and off-balance-sheet items. */
export function* renderLiquidityMore(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  yield ctx.heading('Sources of Liquidity');
  const src = (l: YearLedger) => {
    const drawn = l.debt.filter((d) => d.kind === 'revolver').reduce((a, d) => a + d.principal, 0);
    const loc = lettersOfCredit(ctx, l);
    return [l.bs.cash, l.revolverCapacity, -drawn, -loc, l.bs.cash + l.revolverCapacity - drawn - loc];
  };
  const a = src(y);
  const b = src(p);
  yield ctx.table(table('Available liquidity (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...['Cash and cash equivalents', 'Revolving credit facility commitment', 'Less borrowings under the revolving credit facility', 'Less letters of credit issued under the facility'].map((lab, k) => [lab, cell(a[k]!), cell(b[k]!)]),
    ['Total available liquidity', amount(a[4]!), amount(b[4]!)],
  ]));
  yield ctx.para([
    ctx.say(`{Available liquidity|Our available liquidity} was ${money(a[4]!)} at <fyEnd>{, compared with ${money(b[4]!)} a year earlier| against ${money(b[4]!)} at the end of fiscal ${p.year}}.`),
    ctx.say(`{We believe|Management believes} that cash on hand, cash from operations and {the undrawn portion of|availability under} the revolving credit facility will {be sufficient to fund|cover} {working capital, capital expenditures, dividends and scheduled debt payments|our operating needs, planned capital spending and dividends} for at least the next twelve months{ and for the foreseeable future thereafter|}.`),
  ]);
  yield ctx.heading('Credit Ratings');
  const base = yearRng(c, 0, 'ratings').int(0, 2);
  const lev = ratios(y).leverage;
  const notch = lev > covenantMax(ctx) - 1 ? 0 : lev < 1.5 ? 1 : 0;
  const [moody, sp] = RATINGS[Math.min(3, base + notch)]!;
  const outlook = lev > covenantMax(ctx) - 0.75 ? 'negative' : lev < 1.2 ? 'positive' : 'stable';
  yield ctx.para([
    ctx.say(`At <fyEnd>, our senior unsecured debt was rated ${moody} by Moody's Investors Service and ${sp} by S&P Global Ratings{, both with a ${outlook} outlook|, and the outlook from both agencies was ${outlook}}.`),
    ctx.say(`{A downgrade|Any downgrade of these ratings} would {raise|increase} the margin {on revolver borrowings|we pay under the credit agreement} by {12.5 to 25|up to 25} basis points{ but would not trigger any default or acceleration of our debt| and could raise the cost of future note issues|}.`),
  ]);
  yield ctx.heading(`Debt Activity in Fiscal ${y.year}`);
  const issued = y.debt.filter((d) => d.kind === 'notes' && !p.debt.some((q) => q.name === d.name));
  const matured = p.debt.filter((d) => d.kind === 'notes' && d.maturity <= y.year);
  const term = (l: YearLedger) => l.debt.filter((d) => d.kind === 'term').reduce((s, d) => s + d.principal, 0);
  const sentences: string[] = [
    ...issued.map((d) => ctx.say(`{In fiscal ${y.year}, we issued|During the year we sold} ${money(d.principal)} {aggregate principal amount |}of ${d.name}{ in a registered offering|}, {and used the proceeds|using the net proceeds} {to ${y.acquisition ? `fund the ${y.acquisition.target} acquisition` : 'refinance maturing debt'}|for ${y.acquisition ? `the purchase of ${y.acquisition.target}` : 'the repayment of notes that matured during the year'}}.`)),
    ...matured.map((d) => ctx.say(`We repaid the ${money(d.principal)} of ${d.name} {at maturity|when they matured} {with cash on hand${issued.length ? ' and the proceeds of the new notes' : ''}|${issued.length ? 'from the new note proceeds' : 'from available cash'}}.`)),
    term(p) > 0 ? ctx.say(`{Scheduled|Quarterly} term loan {payments|amortization} reduced the balance {from ${money(term(p))} to ${money(term(y))}|by ${money(term(p) - term(y))} to ${money(term(y))}}.`) : '',
  ];
  if (sentences.join('') === '') sentences.push(ctx.say(`We did not issue or retire any senior notes in fiscal ${y.year}{, and our debt maturities are well spread through ${Math.max(...y.debt.map((d) => d.maturity))}|}.`));
  yield ctx.para(sentences);
  yield ctx.heading('Working Capital');
  const wrow = (l: YearLedger) => [l.bs.tca, l.bs.tcl, l.bs.tca - l.bs.tcl];
  const wy = wrow(y);
  const wp = wrow(p);
  yield ctx.table(table('Working capital (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ['Total current assets', amount(wy[0]!), amount(wp[0]!)], ['Total current liabilities', amount(wy[1]!), amount(wp[1]!)], ['Working capital', cell(wy[2]!), cell(wp[2]!)],
    ['Current ratio', (y.bs.tca / y.bs.tcl).toFixed(2), (p.bs.tca / p.bs.tcl).toFixed(2)],
  ]));
  yield ctx.para([
    ctx.say(`Working capital ${wy[2]! >= wp[2]! ? '{increased|rose}' : '{decreased|fell}'} ${money(wy[2]! - wp[2]!)} to ${money(wy[2]!)}{, ${y.bs.curDebt > p.bs.curDebt ? 'as debt maturing within a year moved into current liabilities' : y.bs.inv > p.bs.inv ? 'mainly on higher inventories' : 'mainly on changes in cash and receivables'}|}.`),
  ]);
  yield ctx.heading('Off-Balance Sheet Arrangements');
  const loc = lettersOfCredit(ctx, y);
  const surety = suretyBonds(ctx, y);
  yield ctx.para([
    ctx.say(`{We have no|We do not have any} off-balance sheet arrangements {that are reasonably likely to have|with} a material {current or future |}effect on our financial condition{ or results of operations|}.`),
    ctx.say(`{At|As of} <fyEnd>, {we had|there were} ${money(loc)} of standby letters of credit outstanding under the revolving facility and ${money(surety)} of surety bonds{, mainly supporting insurance programs, customs obligations and performance guarantees on ${c.segments[0]!.name} contracts| issued for workers' compensation and performance obligations|}.`),
  ]);
}

/** Credit facility, covenants, cash by region and capital allocation in the liquidity section. */
export function* renderLiquidityDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr, rng } = ctx;
  yield ctx.heading('Credit Facilities and Covenants');
  const lenders = pr.lenders;
  const r = ratios(y);
  const rp = ratios(p);
  const max = covenantMax(ctx);
  yield ctx.para([
    ctx.say(`Our $${amount(y.revolverCapacity)} million revolving credit facility {is provided under|is governed by} a credit agreement dated ${c.fyEndMonth} ${12 + (pr.creditAgreementYear % 15)}, ${pr.creditAgreementYear}, {with|among us,} ${c.bank} as administrative agent{ and ${lenders.slice(0, 3).join(', ')} and ${lenders[3]} as co-syndication agents| and a syndicate of ${rng.int(9, 16)} lenders that includes ${lenders.slice(0, 2).join(' and ')}|}.`),
    ctx.say(`Borrowings bear interest at {the secured overnight financing rate|term SOFR} plus a margin of ${100 + (pr.creditAgreementYear % 6) * 12.5} basis points{ that varies with our credit ratings|, adjusted by a pricing grid tied to our leverage|}, and we pay a facility fee of ${10 + (pr.creditAgreementYear % 4) * 2.5} basis points on the {full commitment|unused commitment}.`),
    ctx.states('debt.leverage-covenant')
      ? ctx.say(`The agreement {limits|restricts} our net leverage ratio to ${max.toFixed(2)} to 1.0 and requires an interest coverage ratio of at least 3.00 to 1.0; at <fyEnd> {these ratios were|we reported ratios of} ${r.leverage.toFixed(2)} and ${r.coverage.toFixed(2)}{, respectively|}{, and we were in compliance with all covenants|}.`)
      : ctx.say(`The agreement requires an interest coverage ratio of at least 3.00 to 1.0{ and contains customary limits on liens and subsidiary debt|}; at <fyEnd> {that ratio was|we reported a ratio of} ${r.coverage.toFixed(2)}{, and we were in compliance with all covenants|}.`),
  ]);
  yield ctx.table(table('Financial covenants under the credit agreement', ['Covenant', 'Requirement', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...(ctx.states('debt.leverage-covenant') ? [['Net leverage ratio (net debt to EBITDA)', `No more than ${max.toFixed(2)}`, r.leverage.toFixed(2), rp.leverage.toFixed(2)]] : []),
    ['Interest coverage ratio (EBITDA to interest expense)', 'At least 3.00', r.coverage.toFixed(2), rp.coverage.toFixed(2)],
    ['EBITDA, as defined (in millions)', '', amount(r.ebitda), amount(rp.ebitda)],
  ]));
  yield ctx.heading('Cash Held by Region');
  const regions = ['United States', 'Europe', 'Asia Pacific', 'Latin America and Canada'];
  const cy = cashByRegion(ctx, y);
  const cp = cashByRegion(ctx, p);
  yield ctx.table(table('Cash and cash equivalents by region (in millions)', ['Region', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...regions.map((name, k) => [name, amount(cy[k]!), amount(cp[k]!)]), ['Total cash and cash equivalents', amount(y.bs.cash), amount(p.bs.cash)],
  ]));
  const abroad = y.bs.cash - cy[0]!;
  yield ctx.para([
    ctx.say(`{Of our cash and cash equivalents|Of the cash we held} at <fyEnd>, ${money(abroad)} was held by {subsidiaries outside the United States|foreign subsidiaries}{, most of it in Europe and Asia Pacific|}.`),
    ctx.say(`{We could repatriate most of this cash without material incremental tax|Repatriating most of these balances would trigger withholding taxes of about ${money(Math.round(abroad * 0.02))}}{, and we periodically bring excess foreign cash home to fund dividends and debt service|}.`),
  ]);
  yield ctx.heading('Capital Allocation');
  const y3 = [y, p, pp];
  yield ctx.table(table('Uses of cash (in millions)', ['', ...y3.map((l) => `Fiscal ${l.year}`)], [
    ['Capital expenditures', ...y3.map((l) => amount(-l.cf.capex))], ['Acquisitions, net of cash acquired', ...y3.map((l) => cell(-l.cf.acquisitions))],
    ['Dividends paid', ...y3.map((l) => amount(-l.cf.dividends))], ['Repurchases of common stock', ...y3.map((l) => cell(-l.cf.buybacks))],
    ['Total', ...y3.map((l) => amount(-l.cf.capex - l.cf.acquisitions - l.cf.dividends - l.cf.buybacks))],
  ]));
  yield ctx.para([
    ctx.say(`{We returned|Returns to shareholders totaled} ${money(-y.cf.dividends - y.cf.buybacks)}{ to shareholders| in fiscal ${y.year}}, {compared with|versus} ${money(-p.cf.dividends - p.cf.buybacks)} in fiscal ${p.year}{, including ${money(-y.cf.buybacks)} of share repurchases|}.`),
    ctx.say(`{Our board raised the quarterly dividend|The quarterly dividend was increased} ${pct(changeTenthsPct(Math.round(y.dps * 100), Math.round(p.dps * 100)))} {in fiscal ${y.year}|during the year}, and ${dollars(y.dps)} per share was declared for the year.`),
  ]);
}

export function* renderLiquidity(ctx: ReportContext): Generator<Block> {
  const { y, p, rng } = ctx;
  yield ctx.subsection('Liquidity and Capital Resources');
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
}

/** Planned capital spending for next year by category (MD&A liquidity). */
export function* capitalPlan(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'capital-plan');
  const total = Math.round(-y.cf.capex * r.float(0.95, 1.15));
  const cats = ['Capacity expansion and new products', 'Maintenance and replacement', 'Automation and productivity', 'Information technology', 'Environmental, health and safety'];
  const parts = splitBy(total, [0.32, 0.3, 0.18, 0.12, 0.08].map((w) => w * r.float(0.85, 1.15)));
  yield ctx.table(table(`Planned capital expenditures, fiscal ${y.year + 1} (in millions)`, ['Category', 'Amount'], [...cats.map((n, k) => [n, amount(parts[k]!)]), ['Total planned capital expenditures', amount(total)]]));
}

/** Cash requirements of the coming year (MD&A liquidity). */
export function* cashRequirements(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'cash-requirements');
  const m = debtMaturities(y);
  const contrib = Math.max(1, Math.round(y.pensionPbo * r.float(0.005, 0.02)));
  yield ctx.para([
    ctx.say(`{Our principal cash requirements for fiscal ${y.year + 1} are|In fiscal ${y.year + 1}, we expect to need cash for} capital expenditures, dividends of about ${money(Math.round(y.dps * y.basicShares * r.float(1.03, 1.08)))}, ${ctx.states('pension.expected-contribution') ? `${m.years[0] ? `debt maturities of ${money(m.years[0])}, ` : ''}and pension contributions of {about|approximately} ${money(contrib)}` : m.years[0] ? `and debt maturities of ${money(m.years[0])}` : 'and interest on our debt'}.`),
    ctx.say(`{We expect to fund these needs|These needs will be funded} from operating cash flow and cash on hand{, drawing on the revolving facility only for seasonal working capital|}.`),
  ]);
}
