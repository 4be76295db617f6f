// Assorted sections a full 10-K carries: auditor's basis for opinion and second critical audit matter, more critical estimates, segment outlook, obligor-group data, segment assets, open tax years, hedge gains, properties by segment.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, cell, money, pct, share, table } from './format.js';
import { goodwillBySegment } from './notes-detail-a.js';
import { splitBy, yearRng } from './profile.js';
import { warrantyReserve } from './render-notes-c.js';

/** Basis for opinion of the auditor's report. */
export function* auditorBasis(ctx: ReportContext): Generator<Block> {
  yield ctx.heading('Basis for Opinion');
  yield ctx.para([
    ctx.say(`These financial statements are the responsibility of the Company's management, and our responsibility is to express an opinion on them based on our audits.`),
    ctx.say(`We are a public accounting firm registered with the Public Company Accounting Oversight Board (United States) and are required to be independent with respect to the Company in accordance with the federal securities laws and the applicable rules and regulations of the Securities and Exchange Commission.`),
    ctx.say(`Our audits included {performing procedures to assess the risks of material misstatement|assessing the risks of material misstatement of the financial statements}, whether due to error or fraud, {and performing procedures that respond to those risks|and responding to those risks}, including examining, on a test basis, evidence regarding the amounts and disclosures in the financial statements.`),
  ]);
}

/** The customer-rebate critical audit matter of the auditor's report. */
export function* rebateCam(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const rebates = Math.round(y.sales * yearRng(c, y.year, 'rebates').float(0.012, 0.03));
  yield ctx.heading('Critical Audit Matter: Customer Rebate and Incentive Accruals');
  yield ctx.para([
    ctx.say(`{As described in Note 1|As discussed in Note 1 to the financial statements}, the Company reduces net sales for customer rebates and incentives, and {accrued rebates|the related accrual} totaled ${money(rebates)} at <fyEnd>.`),
    ctx.say(`{Auditing the accrual|Our audit of these accruals} was {challenging|complex} because {it depends on|management's estimate depends on} {forecast purchase volumes by customer and the tiered terms of ${c.segments.length > 3 ? 'several hundred' : 'many'} rebate agreements|projected customer purchases against tiered rebate thresholds}.`),
    ctx.say(`{Our procedures included|Among other procedures, we} {testing controls over the rebate process|tested the design and operating effectiveness of controls over the accrual}, {comparing prior-year estimates with amounts later paid|evaluating the historical accuracy of management's estimates} and {confirming rebate terms with selected customers|recalculating the accrual for a sample of agreements}.`),
  ]);
}

/** Inventory, warranty and business-combination estimates added to MD&A's critical estimates. */
export function* moreEstimates(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, 'estimates-more');
  const invRes = Math.max(1, Math.round(y.bs.inv * r.float(0.03, 0.06)));
  yield ctx.heading('Inventory Valuation');
  yield ctx.para([
    ctx.say(`{We reduce|Inventories are reduced} to net realizable value for excess and obsolete {items|stock} based on {usage over the past ${r.int(12, 24)} months and forecast demand|historical usage and demand forecasts by product line}; {the reserve|this reserve} was ${money(invRes)}, or ${pct(Math.round((invRes / y.bs.inv) * 1000))} of gross inventories, at <fyEnd>.`),
    ctx.say(`{Product transitions in ${c.segments[y.year % c.segments.length]!.name} are the main source of uncertainty|The launch of new product generations in ${c.segments[y.year % c.segments.length]!.name} creates most of the judgment} in this estimate{, because demand for superseded models can fall faster than planned|}.`),
  ]);
  yield ctx.heading('Product Warranty Obligations');
  const w = warrantyReserve(ctx, y);
  yield ctx.para([ctx.say(`The warranty reserve of ${money(w)} at <fyEnd> ${w >= warrantyReserve(ctx, p) ? 'rose' : 'fell'} from ${money(warrantyReserve(ctx, p))}; a 10% change in expected claim rates would {change|move} the reserve by about ${money(Math.max(1, Math.round(w / 10)))}{, and claims on products in their first year in the field are the hardest to predict|}.`)]);
  if (y.acquisition) {
    yield ctx.heading('Business Combinations');
    yield ctx.para([ctx.say(`{We allocated the purchase price of ${y.acquisition.target}|The purchase price of ${y.acquisition.target} was allocated} to identifiable assets and liabilities at fair value, including ${money(y.acquisition.intangibles)} of intangible assets valued {using projected cash flows, customer attrition rates and royalty rates|with an excess-earnings method for customer relationships and a relief-from-royalty method for trade names}; {a one-point change in the discount rate would have changed the intangible asset values by about ${money(Math.max(1, Math.round(y.acquisition.intangibles * 0.05)))}|the remaining ${money(y.acquisition.goodwill)} was recorded as goodwill}.`)]);
  }
}

/** Segment outlook paragraphs at the end of the outlook section. */
export function* segmentOutlook(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  yield ctx.para(c.segments.map((s, i) => {
    const r = yearRng(c, y.year, `seg-outlook-${i}`);
    const lo = r.int(-3, 4);
    const m = Math.round((y.seg[i]!.oi / y.seg[i]!.sales) * 1000);
    const hi = lo + r.int(2, 4);
    const range = lo >= 0 ? `to grow ${lo}% to ${hi}%` : hi > 0 ? `to range from a ${-lo}% decline to ${hi}% growth` : hi === 0 ? `to be flat to down ${-lo}%` : `to decline ${-hi}% to ${-lo}%`;
    return ctx.say(`{For|In} ${s.name}, we expect net sales ${range} in fiscal ${y.year + 1}{, with demand in ${s.markets[0]} ${r.chance(0.5) ? 'firm' : 'uneven'}|}, and a segment operating margin {near|around|close to} ${pct(m + r.int(-10, 15))}.`);
  }));
}

/** Summarized financial information of the parent and guarantor subsidiaries (obligor group) for the senior notes. */
export function* obligorGroup(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'obligor');
  const f = r.float(0.52, 0.7);
  const part = (t: number) => Math.round(t * f * r.float(0.95, 1.05));
  yield ctx.heading('Guarantor Financial Information');
  yield ctx.para([ctx.say(`{Our senior notes|The senior notes} are {fully and unconditionally guaranteed|guaranteed, jointly and severally,} by {our principal domestic subsidiaries|substantially all of our wholly owned domestic subsidiaries}; the {table below|following table} {presents|summarizes} the {combined|summarized} financial information of ${c.name} and the guarantor subsidiaries after eliminating intercompany balances and transactions with non-guarantor subsidiaries.`)]);
  yield ctx.table(table(`Summarized financial information of the obligor group, fiscal ${y.year} (in millions)`, ['', 'Amount'], [
    ['Net sales', amount(part(y.sales))], ['Gross profit', amount(part(y.gross))], ['Net income', amount(part(y.ni))],
    ['Current assets', amount(part(y.bs.tca))], ['Noncurrent assets', amount(part(y.bs.ta - y.bs.tca))], ['Current liabilities', amount(part(y.bs.tcl))], ['Noncurrent liabilities', amount(part(y.bs.tl - y.bs.tcl))],
  ]));
}

/** Total assets by segment at a year end, with corporate assets (cash, deferred taxes, pension) as the residual, in tenths. */
export function segmentAssets(ctx: ReportContext, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'segment-assets');
  const gw = goodwillBySegment(ctx, l);
  const corporate = l.bs.cash + Math.round(l.bs.otherNca * r.float(0.3, 0.6));
  const operating = splitBy(l.bs.ta - corporate - l.bs.goodwill, l.seg.map((s) => s.sales * r.float(0.9, 1.1)));
  return [...operating.map((a, i) => a + gw[i]!), corporate];
}

/** Segment assets table (Note 17). */
export function* segmentAssetTable(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const a = segmentAssets(ctx, y);
  const b = segmentAssets(ctx, p);
  yield ctx.table(table('Total assets by segment (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...c.segments.map((s, i) => [s.name, amount(a[i]!), amount(b[i]!)]), ['Corporate', amount(a[a.length - 1]!), amount(b[b.length - 1]!)], ['Total consolidated assets', amount(y.bs.ta), amount(p.bs.ta)],
  ]));
}

/** Tax years open to examination by jurisdiction (Note 11). */
export function* openTaxYears(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const regions = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))].slice(0, 5);
  const r = yearRng(c, 0, 'tax-years');
  const rows = [['United States (federal)', `Fiscal ${y.year - r.int(2, 4)} and later`], ['United States (states)', `Fiscal ${y.year - r.int(3, 6)} and later`], ...regions.map((g) => [g.replace(/^the /, 'The '), `Fiscal ${y.year - r.int(3, 8)} and later`])];
  yield ctx.table(table('Major tax jurisdictions and years open to examination', ['Jurisdiction', 'Open tax years'], rows));
}

/** Gains and losses on cash flow hedges recognized in other comprehensive income and reclassified (Note 10). */
export function* hedgeGains(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const g = (l: YearLedger) => { const r = yearRng(c, l.year, 'hedge-gains'); const s = l.sales; return [Math.round(s * r.float(-0.002, 0.002)), Math.round(s * r.float(-0.001, 0.001)), Math.round(s * r.float(-0.0015, 0.0015)), Math.round(s * r.float(-0.0008, 0.0008))]; };
  const a = g(y);
  const b = g(p);
  yield ctx.table(table('Pre-tax gains (losses) on cash flow hedges (in millions)', ['', `Fiscal ${y.year}`, `Fiscal ${p.year}`], [
    ['Foreign currency forwards, recognized in other comprehensive income', cell(a[0]!), cell(b[0]!)], ['Commodity swaps, recognized in other comprehensive income', cell(a[1]!), cell(b[1]!)],
    ['Foreign currency forwards, reclassified to cost of sales', cell(a[2]!), cell(b[2]!)], ['Commodity swaps, reclassified to cost of sales', cell(a[3]!), cell(b[3]!)],
  ]));
  yield ctx.para([ctx.say(`{We expect to reclassify|Approximately} ${money(Math.max(1, Math.abs(a[0]! + a[1]!) / 2 | 0))} of {net ${a[0]! + a[1]! >= 0 ? 'gains' : 'losses'}|deferred hedge results} {from accumulated other comprehensive loss into earnings within the next twelve months|will be reclassified into cost of sales over the next twelve months}{, as the hedged purchases and sales occur|}.`)]);
}

/** Square footage by segment and use (Item 2). */
export function* propertiesBySegment(ctx: ReportContext): Generator<Block> {
  const { c } = ctx;
  const groups = [...c.segments.map((s) => s.name), 'Corporate'];
  const rows = groups.map((g) => {
    const ps = c.properties.filter((x) => x.segment === g);
    const owned = ps.filter((x) => x.owned).reduce((a, x) => a + x.sqft, 0);
    const leased = ps.filter((x) => !x.owned).reduce((a, x) => a + x.sqft, 0);
    return [g, String(ps.length), owned.toLocaleString('en-US'), leased.toLocaleString('en-US'), (owned + leased).toLocaleString('en-US')];
  });
  const all = c.properties.reduce((a, x) => a + x.sqft, 0);
  const ownedAll = c.properties.filter((x) => x.owned).reduce((a, x) => a + x.sqft, 0);
  yield ctx.table(table('Principal properties by segment (square feet)', ['Segment', 'Sites', 'Owned', 'Leased', 'Total'], [...rows, ['Total', String(c.properties.length), ownedAll.toLocaleString('en-US'), (all - ownedAll).toLocaleString('en-US'), all.toLocaleString('en-US')]]));
  yield ctx.para([ctx.say(`{We own|The Company owns} ${share(ownedAll, all)}% of the square footage of our principal properties and lease the rest{, generally under leases with renewal options|}.`)]);
}
