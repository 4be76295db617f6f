// The company's own facts that open each Item 1A risk factor: named plants, customers, suppliers and rivals, with figures that match the rest of the report.
import { makesGoods } from '../../profile.js';
import { repurchasedShares } from '../../figures/earnings.js';
import { reportedMatters } from '../../writing/legal-matters.js';
import { counted, list, numberWord } from '../../writing/english.js';
import { environmentalAccrual, environmentalSites, warrantyReserve } from '../../figures/balances.js';
import { covenantMax, debtMaturities, ratios } from '../../figures/debt.js';
import { erpOrder, esgMetrics, marketRiskFigures, patentCounts, supplierOf } from '../../figures/operations.js';
import { pensionAssumptions } from '../../figures/pension.js';
import { channelSales, regionSales } from '../../figures/sales.js';
import { utb } from '../../figures/taxes.js';
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { changeTenthsPct, dollars, money, pct, share } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';

const HAZARD: Record<string, string> = {
  Texas: 'hurricanes and winter storms', Florida: 'hurricanes', Louisiana: 'hurricanes and flooding', Mississippi: 'hurricanes', Alabama: 'tornadoes and hurricanes',
  California: 'earthquakes and wildfires', Oregon: 'wildfires', Washington: 'earthquakes', Oklahoma: 'tornadoes', Kansas: 'tornadoes', Missouri: 'tornadoes and flooding',
  Iowa: 'flooding', 'North Carolina': 'hurricanes', 'South Carolina': 'hurricanes', Minnesota: 'severe winter weather', Michigan: 'severe winter weather',
};

/** Fact sentence templates (to pass through `ctx.say`) for a risk theme id; empty for an unknown id. */
export function riskFacts(ctx: ReportContext, id: string): string[] {
  const { c, y, p, pr } = ctx;
  const Y = y.year;
  const segs = c.segments.map((s, i) => ({ s, i, d: y.seg[i]!, pd: p.seg[i]! }));
  const big = segs.reduce((a, b) => (b.d.sales > a.d.sales ? b : a));
  const plants = c.properties.map((x, k) => ({ x, k, d: pr.plants[k]! })).filter(({ k }) => k > 0);
  const producing = plants.filter(({ d }) => d.outputs.length > 0);
  const makers = producing.some(({ x }) => makesGoods(x.use)) ? producing.filter(({ x }) => makesGoods(x.use)) : producing;
  const util = (k: number) => yearRng(c, Y, `util-${k}`).int(55, 97);
  const intl = (l: YearLedger) => { const r = regionSales(ctx, l); return l.sales - r.reduce((a, s) => a + s[0]!, 0); };
  const pick = <T>(xs: T[], salt: number) => xs[(Y + salt) % xs.length]!;
  switch (id) {
    case 'economy': {
      const worst = segs.reduce((a, b) => (b.d.volume < a.d.volume ? b : a));
      const weeks = Math.round((y.backlog / y.sales) * 52);
      return [
        `${big.s.name}, our largest segment at ${share(big.d.sales, y.sales)}% of fiscal ${Y} net sales, {sells mainly into|depends heavily on} ${list(big.s.markets)}{, where orders tend to follow capital spending and interest rates|, and demand there can change within a quarter|}.`,
        worst.d.volume < 0
          ? `Volume in ${worst.s.name} fell ${pct(worst.d.volume)} in fiscal ${Y}, and segment operating income ${worst.d.oi < worst.pd.oi ? `dropped ${pct(changeTenthsPct(worst.d.oi, worst.pd.oi))}` : 'held up only because of pricing and cost actions'}.`
          : `Volume grew in every segment in fiscal ${Y}{, but| yet} ${worst.s.name} {managed only|added just} ${pct(worst.d.volume)}, {a reminder|a sign} that growth in ${pick(worst.s.markets, 1)} is {uneven|not assured}.`,
        weeks < 14 ? `Year-end backlog of ${money(y.backlog)} {covered|represented} only about ${weeks} weeks of shipments, so {a downturn|weaker demand} {would reach|would show up in} our {results|sales} quickly.` : `Year-end backlog of ${money(y.backlog)} {covered|represented} about ${weeks} weeks of shipments, but customers can {cancel or reschedule|defer} many of those orders {with little penalty|on short notice}.`,
      ];
    }
    case 'materials': {
      const mats = c.industry.rawMaterials.slice(0, 3);
      const m0 = mats[Y % mats.length]!;
      const users = makers.filter(({ d }) => d.inputs.includes(m0)).map(({ x }) => x.city);
      const mr = marketRiskFigures(ctx);
      return [
        `{Our largest purchased inputs are|We spend the most on} ${list(mats)}{, and their prices moved sharply in several recent years|}.`,
        `${supplierOf(c, m0)} {is our largest source of|supplies most of the} ${m0}${users.length ? ` used at our ${list(users.slice(0, 3))} ${users.length > 1 ? 'plants' : 'plant'}` : ''}{, and qualifying a second source would take {six to nine months|most of a year}|; replacing it quickly would be difficult|}.`,
        `A 10% increase in the cost of our principal inputs would have raised fiscal ${Y} cost of sales by about ${money(mr.comm)}{ before any pricing actions|, roughly ${pct(Math.round((mr.comm / y.oi) * 1000))} of operating income}.`,
      ];
    }
    case 'competition': {
      const s = pick(segs, 0);
      return [
        `In ${s.s.name}, we compete with ${list(pr.competitors[s.i]!.slice(0, 3))}{, among others|, several of which have larger sales forces than ours|}.`,
        `${s.s.name} earned an operating margin of ${pct(Math.round((s.d.oi / s.d.sales) * 1000))} in fiscal ${Y}; giving up two points of price {without offsetting savings|across the segment} would {cost|remove} about ${money(Math.round(s.d.sales * 0.02))} of {annual |}operating income.`,
        `{Pricing|Net price realization} {added|contributed} ${pct(s.d.price)} to ${s.s.name} net sales in fiscal ${Y}{, and we may not be able to repeat that|; competitors may not follow future increases|}.`,
      ];
    }
    case 'customers': {
      const s = pick(segs, 2);
      const top = Math.round(s.d.sales * yearRng(c, Y, `top-${s.i}`).float(0.04, 0.11));
      const dist = share(channelSales(ctx, s.i, y)[1]!, s.d.sales);
      return [
        ctx.states('customers.concentration')
          ? `${pr.keyCustomers[s.i]![0]} is the largest customer of ${s.s.name} and accounted for ${pct(Math.round((top / s.d.sales) * 1000))} of the segment's fiscal ${Y} net sales{; our agreement with it can be terminated on short notice|}.`
          : `${pr.keyCustomers[s.i]![0]} {is one of|ranks among} the largest customers of ${s.s.name}{, and our agreement with it can be terminated on short notice|}.`,
        `Distributors and dealers handled ${dist}% of ${s.s.name} sales, so {inventory reductions by a few large distributors|destocking in the distribution channel} can {lower|reduce} our shipments even when end demand is steady.`,
      ];
    }
    case 'acquisitions': {
      const acq = [y, p, ctx.pp].find((l) => l.acquisition);
      const gi = y.bs.goodwill + y.bs.intang;
      return [
        acq ? `We acquired ${acq.acquisition!.target} in ${acq.acquisition!.month} ${acq.year} for ${money(acq.acquisition!.price)} and recorded ${money(acq.acquisition!.goodwill)} of goodwill in ${acq.acquisition!.segment}{; its integration is still under way|; we are still combining its systems with ours|}.`
          : ctx.states('acquisitions.none')
            ? `We have not completed an acquisition since before fiscal ${ctx.pp.year}, and {candidates in our markets are few and expensive|valuations in our markets remain high}.`
            : `{Candidates in our markets are few and expensive|Valuations in our markets remain high}, and we may not find acquisitions that meet our return targets.`,
        `Goodwill and intangible assets {totaled|were} ${money(gi)} at <fyEnd>, or ${share(gi, y.bs.ta)}% of total assets.`,
      ];
    }
    case 'international': {
      const abroad = plants.filter(({ x }) => !x.domestic);
      return [
        `Customers outside the United States {accounted for|generated} ${share(intl(y), y.sales)}% of fiscal ${Y} net sales${share(intl(y), y.sales) === share(intl(p), p.sales) ? `, about the same share as in fiscal ${p.year}` : `, {compared with|against} ${share(intl(p), p.sales)}% in fiscal ${p.year}`}.`,
        `We operate ${counted(abroad.length, 'principal facility', 'principal facilities')} abroad, {${abroad.length > 1 ? 'including' : 'in'}} ${list(abroad.slice(0, 4).map(({ x }) => `${x.city}, ${x.region}`))}.`,
      ];
    }
    case 'facilities': {
      const top = makers.reduce((a, b) => (b.x.sqft > a.x.sqft ? b : a), makers[0]!);
      const hz = plants.find(({ x }) => HAZARD[x.region]);
      const staff = Math.round((y.headcount * top.d.staffShare) / 1000);
      return [
        `Our ${top.x.city} ${top.x.use}, at ${top.x.sqft.toLocaleString('en-US')} square feet {our largest production site|the largest plant in our network}, {makes|produces} ${list(top.d.outputs)} for ${top.x.segment}{ and employs about ${staff.toLocaleString('en-US')} people|}.`,
        `It ran at ${util(top.k)}% of capacity in fiscal ${Y}, {so|which means} {other plants could absorb only part of its output|we have limited room to shift its volume elsewhere}.`,
        ...(hz ? [`Our ${hz.x.city}, ${hz.x.region} site is exposed to ${HAZARD[hz.x.region]}{, and our insurance carries deductibles and sublimits for those events|}.`] : []),
      ];
    }
    case 'people': {
      const union = plants.filter(({ x, d }) => x.domestic && d.union);
      const ceo = c.officers[0]!;
      const newer = c.officers.filter((o) => Y - o.since < 4).length;
      return [
        union.length
          ? `Hourly employees at ${list(union.slice(0, 3).map(({ x }) => x.city))} are represented by unions, and the agreement at ${union[0]!.x.city} {expires|comes up for renewal} in fiscal ${Y + 1 + ((union[0]!.d.opened + Y) % 3)}.`
          : `None of our principal domestic plants is unionized, but organizing campaigns {have occurred|have taken place} at {peers|competitors} {nearby|in our markets}.`,
        `${ceo.name} has been an officer since ${ceo.since}${newer > 0 ? `{, and ${numberWord(newer)} of our ${numberWord(c.officers.length)} executive officers ${newer === 1 ? 'has been an officer' : 'have been officers'} for less than four years|}` : ''}.`,
        `We employed about ${y.headcount.toLocaleString('en-US')} people at <fyEnd>{, and wage inflation at our plants has outpaced our price increases in some years|}.`,
      ];
    }
    case 'it': {
      const order = erpOrder(c);
      const done = Math.min(order.length, Math.max(0, 3 * (Y - c.firstYear + 1)));
      const next = order.slice(done, done + 2).map((k) => c.properties[k]!.city);
      return [
        done < order.length
          ? `We are moving our sites to a single enterprise resource planning system; ${numberWord(done)} of ${numberWord(order.length)} have moved, and ${list(next)} are next{, which puts order entry and shipping at risk during each cutover|}.`
          : `All ${order.length} of our principal sites now run on a single enterprise resource planning system{, so an outage of that system would affect the whole Company at once| and a failure of that platform would have company-wide effects}.`,
        `{Our plants|Production lines at sites such as ${pick(makers, 3).x.city}} rely on networked control systems that {were not designed|were built} {with modern security in mind|before current threats emerged}.`,
      ];
    }
    case 'product': {
      const w = warrantyReserve(ctx, y);
      const line = pick(pr.lines.flat(), 5);
      return [
        `{Our product warranty reserve was|Warranty reserves stood at} ${money(w)} at <fyEnd>${w === warrantyReserve(ctx, p) ? ', unchanged from a year earlier' : `, ${w > warrantyReserve(ctx, p) ? 'up' : 'down'} from ${money(warrantyReserve(ctx, p))}`}{, and a single field failure could exceed it|}.`,
        `{A defect in|A quality problem with} ${line.brand} ${line.product}{, used in ${line.market},|} could {lead to|require} {a recall|field repairs} and {claims from customers|lost orders}.`,
      ];
    }
    case 'ip': {
      const pc = patentCounts(c, y);
      const issued = pc.reduce((a, r) => a + r[0]!, 0);
      const brands = pr.lines.flat().slice(0, 3).map((l) => l.brand);
      return [
        `We held about ${issued.toLocaleString('en-US')} issued patents at <fyEnd>, {and spent|after spending} ${money(y.rnd)} on research and development in fiscal ${Y}.`,
        `{Much of the value of our brands {rests on|depends on}|The ${list(brands)} brands {rest on|depend on}} trademarks and {unpatented know-how|trade secrets} that {competitors could copy|former employees could take to rivals}.`,
      ];
    }
    case 'restructuring':
      return [
        y.restructuring || p.restructuring
          ? `We recorded restructuring charges in ${list([y, p, ctx.pp].filter((l) => l.restructuring).map((l) => `fiscal ${l.year} (${money(l.restructuring)})`))}{ as we consolidated plants and reduced staff|}.`
          : `We recorded no restructuring charges in fiscal ${Y} or fiscal ${p.year}, {but we continue to review our plant footprint|although further plant consolidations remain under study}.`,
        `{Moving production|Transferring lines} {out of|from} ${pick(makers, 7).x.city} or any other plant {would|could} {disrupt deliveries|strain customer service} {for several months|while the new site qualifies the work}.`,
      ];
    case 'environment': {
      const sites = environmentalSites(ctx).map((x) => x.city);
      const accrued = ctx.states('environment.remediation-accrual');
      return [
        accrued
          ? `{We had accrued|Our accrual for environmental matters was} ${money(environmentalAccrual(ctx, y))} {for environmental remediation |}at <fyEnd>, {covering|for} sites {including|such as} ${list(sites.slice(0, 3))}.`
          : `{Several of our sites|Sites we operate or formerly operated}, {including|such as} ${list(sites.slice(0, 3))}, {have a long industrial history|have been in industrial use for decades}{, and soil or groundwater there may need investigation|}.`,
        accrued
          ? `{Costs at any of these sites|Remediation costs} could exceed {the accrual|our estimates} if {regulators require additional work|new contamination is found}.`
          : `{Investigating these sites|Any cleanup at these sites} could {cost more than we expect|take years} if {regulators require additional work|contamination is found}.`,
      ];
    }
    case 'climate': {
      const e = esgMetrics(c, y);
      return [
        `{Several of our sites, including ${list(plants.filter(({ x }) => !x.domestic).slice(0, 2).map(({ x }) => x.city))},|Sites such as ${list(plants.filter(({ x }) => !x.domestic).slice(0, 2).map(({ x }) => x.city))}} {are in jurisdictions that already price carbon or require emissions reporting|already face carbon pricing or mandatory climate reporting}.`,
        `Our operations emitted about ${(Number(e[0]!.toFixed(1)) + Number(e[1]!.toFixed(1))).toFixed(1)} thousand metric tons of Scope 1 and Scope 2 emissions in fiscal ${Y} and used ${e[2]!.toFixed(1)} gigawatt-hours of energy{, so carbon pricing would raise our costs directly|}.`,
      ];
    }
    case 'litigation': {
      const active = reportedMatters(ctx).filter((m) => m.filed <= Y && m.resolved > Y);
      const big2 = active.reduce((a, b) => (b.claimM > a.claimM ? b : a), active[0] ?? pr.matters[0]!);
      return active.length
        ? [`{The oldest of our open matters|Our longest-running matter}, filed in ${active[0]!.filedMonth} ${active[0]!.filed}, {is pending in|is before} the ${active[0]!.court}.`, `We were defending ${numberWord(active.length)} significant {lawsuits|matters} at <fyEnd>{, described in Item 3|}; the largest claim, in ${big2.caption}, seeks ${money(big2.claimM)}.`]
        : [`{No significant lawsuit was pending against us|We had no significant pending lawsuits} at <fyEnd>, {but that can change quickly|although new claims arise regularly in our industry}.`];
    }
    case 'corruption': {
      const countries = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))];
      const dist = yearRng(c, Y, 'distributors').int(180, 2400);
      return [`{Sales agents and distributors in|Intermediaries in} ${list(countries.slice(-2))} {interact|deal} with {customs officials and state-owned customers|government officials}{ on our behalf|}, which {raises|increases} our exposure {under|to} the Foreign Corrupt Practices Act and local anti-bribery laws.`, `We {operate|have facilities} in ${counted(countries.length, 'country', 'countries')} outside the United States, {including|among them} ${list(countries.slice(0, 4))}, and sell through about ${dist.toLocaleString('en-US')} independent distributors and dealers{ whose conduct we cannot fully control|}.`];
    }
    case 'debt': {
      const m = debtMaturities(y);
      const r = ratios(y);
      const nextYear = m.years.findIndex((v) => v > 0);
      return [
        `Total debt was ${money(m.total)} at <fyEnd>, and interest expense was ${money(y.interest)} in fiscal ${Y}.`,
        nextYear >= 0 ? `{Of that debt, ${money(m.years[nextYear]!)}|A total of ${money(m.years[nextYear]!)}} {comes due|matures} in fiscal ${Y + 1 + nextYear}{, and we may have to refinance it at higher rates|}.` : '',
        ctx.states('debt.leverage-covenant')
          ? `Our net leverage ratio was ${r.leverage.toFixed(2)} against a covenant maximum of ${covenantMax(ctx).toFixed(2)}{; a sharp fall in EBITDA could narrow that headroom|}.`
          : `Our net leverage ratio was ${r.leverage.toFixed(2)} at <fyEnd>{, and a sharp fall in EBITDA would raise it quickly|}.`,
      ];
    }
    case 'fx': {
      const fx = Math.round(y.seg.reduce((a, s, i) => a + s.fx * p.seg[i]!.sales, 0) / p.sales);
      const mr = marketRiskFigures(ctx);
      return [
        `Currency translation ${fx >= 0 ? 'added' : 'reduced net sales by'} ${pct(fx)}${fx >= 0 ? ' to net sales' : ''} in fiscal ${Y}.`,
        `A 10% stronger dollar would have lowered fiscal ${Y} net sales by about ${money(mr.fxSens)} and operating income by about ${money(mr.fxOi)}.`,
      ];
    }
    case 'tax': {
      const eff = (l: YearLedger) => l.taxRec.statutory + l.taxRec.state + l.taxRec.foreign + l.taxRec.credits + l.taxRec.other;
      return [
        `Our effective tax rate was ${pct(eff(y))} in fiscal ${Y} and ${pct(eff(p))} in fiscal ${p.year}, and ${money(y.pretax - Math.round(y.pretax * 0.62))} of pretax income was earned outside the United States.`,
        `{Unrecognized tax benefits|Reserves for uncertain tax positions} {were|totaled} ${money(utb(y))} at <fyEnd>.`,
      ];
    }
    case 'pension': {
      const funded = y.pensionAssets - y.pensionPbo;
      return [
        `Our defined benefit plans were ${funded < 0 ? `underfunded by ${money(funded)}` : `overfunded by ${money(funded)}`} at <fyEnd>, with obligations of ${money(y.pensionPbo)} measured at a ${(pensionAssumptions(ctx, y)[0]! / 100).toFixed(2)}% discount rate.`,
        `A 50 basis point decline in that rate would {raise|increase} the obligation by about ${money(Math.round(y.pensionPbo * 0.052))}.`,
      ];
    }
    case 'stock': {
      const hi = Math.max(...y.priceHigh);
      const lo = Math.min(...y.priceLow);
      return [
        `During fiscal ${Y}, our share price ranged from a low of ${dollars(lo)} to a high of ${dollars(hi)}{, a spread of ${Math.round((hi / lo - 1) * 100)}%|}.`,
        `We paid dividends of ${dollars(y.dps)} per share and ${repurchasedShares(y) ? `repurchased ${repurchasedShares(y)}` : 'did not repurchase shares'} in fiscal ${Y}{; both depend on cash flow we cannot guarantee|, and the board may change either at any time|}.`,
      ];
    }
    case 'seasonality': {
      const qs = y.quarters.map((q) => Math.round((q.sales / y.sales) * 1000));
      const hi = qs.indexOf(Math.max(...qs));
      const lo = qs.indexOf(Math.min(...qs));
      const Q = ['first', 'second', 'third', 'fourth'];
      return [
        `The ${Q[hi]} quarter {produced|brought in} ${pct(qs[hi]!)} of fiscal ${Y} net sales and the ${Q[lo]} quarter only ${pct(qs[lo]!)}{, and operating income swings more than sales|}.`,
        `{Quarterly operating income ranged from|Operating income by quarter ran from} ${money(Math.min(...y.quarters.map((q) => q.oi)))} to ${money(Math.max(...y.quarters.map((q) => q.oi)))} in fiscal ${Y}.`,
      ];
    }
    case 'controls': {
      const age = Y - c.firstYear;
      const order = erpOrder(c);
      return [
        age <= 3
          ? `In fiscal ${c.firstYear - 1}, management identified a material weakness at our ${c.properties[order[0]!]!.city} site, which we remediated in fiscal ${c.firstYear}{, and a recurrence could require new disclosure|}.`
          : `We have reported no material weakness since fiscal ${c.firstYear - 1}{, but our control environment keeps changing as we convert sites to new systems|}.`,
        y.acquisition ? `Management excluded ${y.acquisition.target}, acquired in ${y.acquisition.month} ${Y}, from its assessment of internal control{, and its controls are not yet integrated with ours|}.` : '',
      ];
    }
    case 'governance': {
      const indep = c.directors.length - 1;
      return [`{Our by-laws designate|We have designated} the courts of ${c.incorporation} as the exclusive forum for {derivative and fiduciary-duty claims|most shareholder claims}.`, `We are incorporated in ${c.incorporation}, and our board has ${numberWord(c.directors.length)} members, ${numberWord(indep)} of them independent{; our charter allows the board to issue preferred stock without a shareholder vote|}.`];
    }
    default:
      return [];
  }
}
