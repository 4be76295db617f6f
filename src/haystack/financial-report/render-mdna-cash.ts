// MD&A additions: the five-year summary, cash-flow changes explained line by line, sources of liquidity, ratings, debt activity and working capital.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, changeTenthsPct, dollars, money, pct, table } from './format.js';
import { epsDiluted } from './render-statements.js';
import { covenantMax, ratios } from './render-mdna-more.js';
import { yearRng } from './profile.js';

/** Letters of credit issued under the revolving facility at a year end, in tenths. */
export function lettersOfCredit(ctx: ReportContext, l: YearLedger): number {
  return Math.max(5, Math.round(l.revolverCapacity * yearRng(ctx.c, l.year, 'letters-of-credit').float(0.01, 0.04)));
}

/** Five fiscal years of selected data, all read from the ledger. */
export function* renderFiveYear(ctx: ReportContext): Generator<Block> {
  const { y, p, pp, older } = ctx;
  const ys = [y, p, pp, ...older];
  if (ys.length < 5) return;
  yield ctx.heading('Five-Year Financial Summary');
  const row = (label: string, f: (l: YearLedger) => string) => [label, ...ys.map(f)];
  yield ctx.table(table('Selected financial data (in millions, except per-share amounts and employees)', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    row('Net sales', (l) => amount(l.sales)), row('Gross profit', (l) => amount(l.gross)), row('Operating income', (l) => amount(l.oi)),
    row('Net income', (l) => amount(l.ni)), row('Diluted earnings per share', (l) => dollars(epsDiluted(l))), row('Cash dividends declared per share', (l) => dollars(l.dps)),
    row('Total assets at year end', (l) => amount(l.bs.ta)), row('Total debt at year end', (l) => amount(l.bs.curDebt + l.bs.ltDebt)), row("Total shareholders' equity", (l) => amount(l.bs.te)),
    row('Net cash provided by operating activities', (l) => amount(l.cf.cfo)), row('Capital expenditures', (l) => amount(-l.cf.capex)),
    row('Employees at year end', (l) => l.headcount.toLocaleString('en-US')),
  ]));
  const first = ys[4]!;
  const cagr = (Math.pow(y.sales / first.sales, 1 / 4) - 1) * 100;
  const best = ys.reduce((a, b) => (b.oi / b.sales > a.oi / a.sales ? b : a));
  yield ctx.para([
    ctx.say(`Over the four years since fiscal ${first.year}, net sales ${cagr >= 0 ? '{grew|increased}' : '{declined|decreased}'} at a compound annual rate of ${Math.abs(cagr).toFixed(1)}%{, from ${money(first.sales)} to ${money(y.sales)}|}.`),
    ctx.say(`{Operating margin peaked|Our operating margin was highest} in fiscal ${best.year}, at ${pct(Math.round((best.oi / best.sales) * 1000))}{, and the five-year average was ${pct(Math.round((ys.reduce((a, l) => a + l.oi / l.sales, 0) / 5) * 1000))}|}.`),
    ctx.say(`{Total debt|Debt outstanding} {stood at|was} ${money(y.bs.curDebt + y.bs.ltDebt)} at <fyEnd>, {compared with|against} ${money(first.bs.curDebt + first.bs.ltDebt)} at the end of fiscal ${first.year}.`),
  ]);
}

const wc = (label: string, v: number, provided: string, used: string) =>
  v === 0 ? '' : v > 0 ? `${provided} ${label} provided ${money(v)}` : `${used} ${label} used ${money(v)}`;

const list = (xs: string[]) => { const a = xs.filter(Boolean); return a.length < 2 ? a.join('') : `${a.slice(0, -1).join(', ')} and ${a[a.length - 1]}`; };

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
    acq ? ctx.say(`We paid ${money(y.cf.acquisitions)}{, net of cash acquired,| net of acquired cash} for ${acq.target} in ${acq.month}.`) : p.acquisition ? ctx.say(`{The prior year included|Fiscal ${p.year} investing outflows included} ${money(p.cf.acquisitions)} for the acquisition of ${p.acquisition.target}{, and we made no acquisitions in fiscal ${y.year}|}.`) : '',
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
  const surety = Math.round(y.sales * yearRng(c, y.year, 'surety').float(0.002, 0.008));
  yield ctx.para([
    ctx.say(`{We have no|We do not have any} off-balance sheet arrangements {that are reasonably likely to have|with} a material {current or future |}effect on our financial condition{ or results of operations|}.`),
    ctx.say(`{At|As of} <fyEnd>, {we had|there were} ${money(loc)} of standby letters of credit outstanding under the revolving facility and ${money(surety)} of surety bonds{, mainly supporting insurance programs, customs obligations and performance guarantees on ${c.segments[0]!.name} contracts| issued for workers' compensation and performance obligations|}.`),
  ]);
}
