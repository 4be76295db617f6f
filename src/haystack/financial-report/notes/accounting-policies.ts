// Writes Note 1, Summary of Significant Accounting Policies, with receivables aging and the policy subsections a full 10-K carries.
import { list } from '../writing/english.js';
import { creditAllowance, receivableAging, warrantyReserve } from '../figures/balances.js';
import { overTimeRevenue } from '../figures/sales.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, money, pct, table } from '../writing/format.js';
import type { YearLedger } from '../year-ledger.js';
import type { Block } from '../../../types.js';

const CURRENCY: Record<string, string> = {
  Australia: 'Australian dollar', Belgium: 'euro', Brazil: 'Brazilian real', Canada: 'Canadian dollar', Chile: 'Chilean peso', China: 'Chinese renminbi',
  Finland: 'euro', France: 'euro', Germany: 'euro', India: 'Indian rupee', Ireland: 'euro', Italy: 'euro', Japan: 'Japanese yen', Malaysia: 'Malaysian ringgit',
  Mexico: 'Mexican peso', 'New Zealand': 'New Zealand dollar', Poland: 'Polish zloty', Portugal: 'euro', Romania: 'Romanian leu', Singapore: 'Singapore dollar',
  'South Korea': 'South Korean won', Spain: 'euro', Sweden: 'Swedish krona', Thailand: 'Thai baht', 'the Czech Republic': 'Czech koruna', 'the Netherlands': 'euro',
  'the United Arab Emirates': 'UAE dirham', 'the United Kingdom': 'British pound',
};

/** Accounting standards updates by the calendar year their annual requirements take effect, with what each one requires. */
const STANDARDS: Array<[string, string, number, string]> = [
  ['2023-07', 'Segment Reporting (Topic 280): Improvements to Reportable Segment Disclosures', 2023, 'requires annual and interim disclosure of significant segment expenses regularly provided to the chief operating decision maker'],
  ['2023-09', 'Income Taxes (Topic 740): Improvements to Income Tax Disclosures', 2024, 'requires a rate reconciliation in prescribed categories and income taxes paid disaggregated by jurisdiction'],
  ['2024-03', 'Income Statement, Reporting Comprehensive Income (Subtopic 220-40): Disaggregation of Income Statement Expenses', 2026, 'requires tabular disclosure of purchases of inventory, employee compensation, depreciation and intangible asset amortization within relevant expense captions'],
  ['2025-05', 'Financial Instruments, Credit Losses (Topic 326): Measurement of Credit Losses for Accounts Receivable and Contract Assets', 2025, 'permits a practical expedient that assumes current conditions persist over the life of current receivables'],
  ['2025-06', 'Intangibles, Goodwill and Other, Internal-Use Software (Subtopic 350-40): Targeted Improvements', 2027, 'removes the project-stage model for capitalizing internal-use software costs'],
];

/** Additional Note 1 policy subsections of one year's report. */
export function* renderPolicies(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pr } = ctx;
  const base = yearRng(c, 0, 'policies');
  yield ctx.heading('Revenue Recognition by Revenue Stream');
  yield ctx.para(c.segments.map((s, i) => {
    const lines = pr.lines[i]!;
    const share = pct(Math.round((overTimeRevenue(ctx, y, i) / y.seg[i]!.sales) * 1000));
    return ctx.say(`{In|For} ${s.name}, {revenue from|sales of} ${lines[0]!.brand} ${lines[0]!.product} and ${lines[1 % lines.length]!.brand} ${lines[1 % lines.length]!.product} {is recognized at a point in time, when control passes on shipment or delivery|is recognized when the customer obtains control, generally on shipment}, while {installation, field service and custom-engineered orders|service agreements and made-to-order contracts} {are recognized over time|are recognized as the work is performed}{, measured by costs incurred|, using an input method based on labor hours|}, and ${share} of the segment's fiscal ${y.year} net sales {were|was} recognized {that way|over time}.`);
  }));
  const rows = c.segments.map((s, i) => { const ot = overTimeRevenue(ctx, y, i); return [s.name, amount(y.seg[i]!.sales - ot), amount(ot), amount(y.seg[i]!.sales)]; });
  const ot = c.segments.reduce((a, _, i) => a + overTimeRevenue(ctx, y, i), 0);
  yield ctx.table(table(`Timing of revenue recognition, fiscal ${y.year} (in millions)`, ['Segment', 'Point in time', 'Over time', 'Total'], [...rows, ['Total net sales', amount(y.sales - ot), amount(ot), amount(y.sales)]]));
  yield ctx.para([
    ctx.say(`{Payment terms|Customer payment terms} {are generally|typically range from} ${base.pick(['30 to 60', '30 to 90', '45 to 75'])} days{ and contracts contain no significant financing component|, and we do not adjust prices for the time value of money when the period between delivery and payment is under one year|}.`),
    ctx.say(`{We exclude|Sales taxes, value-added taxes and other taxes we collect from customers are excluded} from net sales{ all taxes collected from customers on behalf of governments|}{, and we expense sales commissions when incurred because the amortization period would be one year or less|}.`),
  ]);

  yield ctx.heading('Inventory Costing');
  const lifoShare = base.int(0, 45);
  const lifoReserve = (l: YearLedger) => Math.round(l.bs.inv * (lifoShare / 100) * yearRng(c, l.year, 'lifo').float(0.06, 0.14));
  yield ctx.para(lifoShare > 5 ? [
    ctx.say(`{Inventories of our domestic ${c.segments[0]!.name} operations|Certain domestic inventories}, about ${lifoShare}% of the total at <fyEnd>, are valued on the last-in, first-out method; the rest use first-in, first-out or average cost.`),
    ctx.say(`Had {those inventories been valued on a first-in, first-out basis|we used first-in, first-out for all inventories}, they would have been ${money(lifoReserve(y))} higher at <fyEnd> and ${money(lifoReserve(p))} higher at ${ctx.fyEnd(p.year)}.`),
  ] : [
    ctx.say(`{All of our inventories|Our inventories} are valued on the first-in, first-out or average cost method{; we do not use last-in, first-out costing| and no inventories are carried on a last-in, first-out basis}.`),
    ctx.say(`{Fixed production overhead is allocated|We allocate fixed production overhead} to inventory based on normal capacity{, and abnormal costs such as idle facility expense are charged to cost of sales as incurred|}.`),
  ]);

  yield ctx.heading('Depreciable Lives');
  const lives: Array<[string, string]> = [
    ['Buildings', `${base.pick([25, 30, 35])} to ${base.pick([40, 45, 50])} years`], ['Building and leasehold improvements', `${base.int(5, 10)} to ${base.pick([15, 20, 25])} years, or the lease term if shorter`],
    ['Machinery and production equipment', `${base.int(3, 5)} to ${base.pick([12, 15, 20])} years`], ['Tooling, molds and dies', `${base.int(2, 3)} to ${base.int(5, 8)} years`],
    ['Computer equipment and capitalized software', `3 to ${base.int(5, 8)} years`], ['Vehicles and material-handling equipment', `${base.int(4, 5)} to ${base.int(8, 10)} years`],
  ];
  yield ctx.table(table('Estimated useful lives of property, plant and equipment', ['Asset class', 'Useful life'], lives));
  const capInt = Math.max(1, Math.round(-y.cf.capex * yearRng(c, y.year, 'cap-int').float(0.004, 0.015)));
  yield ctx.para([
    ctx.say(`{We capitalized|Capitalized} interest {of|on construction projects totaled} ${money(capInt)} in fiscal ${y.year}{, mostly on the expansion of our ${c.properties[1]!.city} ${c.properties[1]!.use}|}.`),
    ctx.say(`{Gains and losses on disposals|When assets are retired or sold, the resulting gains and losses} are {recorded|included} in {other income (expense), net|operating income}{, and fully depreciated assets still in use remain in the accounts|}.`),
  ]);

  yield ctx.heading('Leases');
  yield ctx.para([
    ctx.say(`{We determine whether an arrangement is a lease at inception|Arrangements are assessed at inception to determine whether they contain a lease}; {most of our leases cover|our leases are mainly for} ${list(['warehouses', 'sales offices', c.properties.some((x) => !x.owned && !x.domestic) ? 'manufacturing space abroad' : 'manufacturing space', 'vehicles and forklifts'])}.`),
    ctx.say(`{Right-of-use assets and lease liabilities|Lease liabilities and the related right-of-use assets} are {recorded|measured} at the present value of {fixed payments|minimum lease payments} {using our incremental borrowing rate|discounted at our collateralized incremental borrowing rate}{, because the rates implicit in our leases are rarely known|}; {leases of twelve months or less are not recorded on the balance sheet|we do not record leases with an initial term of twelve months or less}.`),
  ]);

  yield ctx.heading('Impairment of Long-Lived Assets and Goodwill');
  yield ctx.para([
    ctx.say(`{We test goodwill|Goodwill is tested} for impairment {annually as of the first day of our fourth quarter|each year in the fourth quarter}, and more often {if events indicate|when indicators suggest} that {the fair value of a reporting unit may be below its carrying amount|an impairment may exist}; our ${c.segments.length} reporting units {are|correspond to} our reportable segments.`),
    ctx.say(`{Long-lived assets, including property and amortizing intangibles,|Property, plant and equipment and finite-lived intangible assets} are {reviewed|tested} for recoverability {whenever events indicate|when circumstances suggest} that their carrying amount may not be recoverable{, comparing undiscounted cash flows of the asset group with its carrying value|}.`),
    ctx.states('goodwill.impairment-test') ? ctx.say(`{No impairment charges|We recorded no goodwill or long-lived asset impairment charges} in fiscal ${y.year}, ${p.year} or ${ctx.pp.year}{ other than the write-downs included in restructuring charges|}.`) : '',
  ]);

  yield ctx.heading('Product Warranties');
  yield ctx.para([
    ctx.say(`{Our products carry|We provide} {standard|assurance-type} warranties of {one to ${base.int(3, 5)} years|${base.int(12, 24)} to ${base.int(36, 60)} months}{, and extended warranties sold separately are deferred and recognized over the coverage period|}.`),
    ctx.say(`{We accrue|The Company accrues} estimated warranty costs when {revenue is recognized|products ship}, based on {historical claim rates by product line|claims experience and known product issues}; the reserve was ${money(warrantyReserve(ctx, y))} at <fyEnd> and ${money(warrantyReserve(ctx, p))} a year earlier.`),
  ]);

  yield ctx.heading('Foreign Currency');
  const currencies = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => CURRENCY[x.region] ?? 'local currency'))];
  yield ctx.para([
    ctx.say(`{The functional currency of most of our foreign subsidiaries|Most foreign subsidiaries use a functional currency that} is the local currency{, principally the|, chiefly the} ${list(currencies.slice(0, 5))}.`),
    ctx.say(`{Assets and liabilities are translated|We translate assets and liabilities} at year-end rates and {income and expenses|results of operations} at average rates for the period, {with translation adjustments recorded|recording the adjustments} in accumulated other comprehensive loss; {transaction gains and losses|gains and losses on transactions in other currencies} are {included|recorded} in other income (expense), net.`),
  ]);

  yield ctx.heading('Recently Issued and Adopted Accounting Standards');
  const lag = c.fyEndMonth === 'December' ? 1 : 2;
  const recent = STANDARDS.filter(([asu, , eff]) => Number(asu.slice(0, 4)) <= y.year && eff + lag + 1 >= y.year);
  const where: Record<string, string> = { '2023-07': 'Note 17', '2023-09': 'Note 11', '2024-03': 'Note 21', '2025-05': 'Note 1', '2025-06': 'Note 6' };
  const sentences = recent.map(([asu, title, eff, what]) => {
    const fy = eff + lag;
    if (fy < y.year) return ctx.say(`We adopted ASU ${asu} in fiscal ${fy}{, and it affected only our disclosures|; adoption changed our disclosures but not our financial position or results|}.`);
    if (fy === y.year) return ctx.say(`In fiscal ${y.year}, we adopted Accounting Standards Update ${asu}, ${title}, which ${what}{; the new disclosures appear in ${where[asu]}|, and adoption affected our disclosures only}.`);
    return ctx.say(`At <fyEnd>, we had not yet adopted Accounting Standards Update ${asu}, ${title}, which the FASB issued in ${asu.slice(0, 4)} and which ${what}; {it is effective for us in fiscal ${fy}|we will adopt it in fiscal ${fy}}{, and we expect it to affect disclosures only|}.`);
  });
  if (sentences.length === 0) sentences.push(ctx.say(`{No recently issued accounting standard is expected to have|None of the accounting standards issued but not yet effective is expected to have} a material effect on our financial statements or disclosures{ in fiscal ${y.year + 1}|}.`));
  yield ctx.para(sentences);
}

/** Receivables aging and allowance (Note 1 supplement). */
export function* receivablesTable(ctx: ReportContext): Generator<Block> {
  const { y, p } = ctx;
  const a = receivableAging(ctx, y);
  const b = receivableAging(ctx, p);
  yield ctx.table(table('Accounts receivable by age (in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...['Current', '1 to 30 days past due', '31 to 90 days past due', 'More than 90 days past due'].map((lab, k) => [lab, amount(a[k]!), amount(b[k]!)]),
    ['Less allowance for credit losses', `(${amount(creditAllowance(ctx, y))})`, `(${amount(creditAllowance(ctx, p))})`], ['Accounts receivable, net', amount(y.bs.ar), amount(p.bs.ar)],
  ]));
}

/** Note 1. */
export function* noteAccountingPolicies(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  ctx.section = 'Notes to Consolidated Financial Statements';
  yield ctx.heading('Notes to Consolidated Financial Statements', true);
  yield ctx.note(1, 'Summary of Significant Accounting Policies');
  const pv = { fyMonth: c.fyEndMonth, fyDay: c.fyEndDay, allowM: amount(creditAllowance(ctx, y)), rndM: amount(y.rnd), advM: amount(Math.round(y.sales * rng.float(0.003, 0.012))), warrantyM: amount(warrantyReserve(ctx, y)) };
  for (const [title, list, n] of [['Basis of Presentation', 'policy_basis', 3], ['Use of Estimates', 'policy_estimates', 2], ['Cash Equivalents and Receivables', 'policy_cash', 2], ['Inventories', 'policy_inventory', 2], ['Property and Equipment Policy', 'policy_ppe', 2], ['Revenue Recognition', 'policy_revenue', 3], ['Other Policies', 'policy_other', 3]] as const) {
    yield ctx.heading(title);
    yield ctx.fromList(list, n, pv);
  }
  yield* receivablesTable(ctx);
  yield* renderPolicies(ctx);

}
