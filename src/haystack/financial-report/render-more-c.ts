// Still more detail: pension plans by country group, next year's capital plan, product-line histories in Item 1, organic growth for the prior comparison.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { amount, changeTenthsPct, money, pct, table } from './format.js';
import { splitBy, yearRng } from './profile.js';
import { lineSales } from './render-mdna-detail.js';

/** Pension obligation and assets split between United States and international plans (Note 12); each pair sums to the funded-status table. */
export function* pensionByCountry(ctx: ReportContext): Generator<Block> {
  const { c, y, p } = ctx;
  const split = (l: YearLedger) => {
    const w = yearRng(c, 0, 'pension-us').float(0.55, 0.8) * yearRng(c, l.year, 'pension-us').float(0.98, 1.02);
    return [splitBy(l.pensionPbo, [w, 1 - w]), splitBy(l.pensionAssets, [w * 1.05, 1 - w * 1.05])];
  };
  const [oy, ay] = split(y);
  const [op, ap] = split(p);
  yield ctx.table(table('Pension obligations and assets by plan location (in millions)', ['', `United States, ${ctx.fyEnd(y.year)}`, `International, ${ctx.fyEnd(y.year)}`, `United States, ${ctx.fyEnd(p.year)}`, `International, ${ctx.fyEnd(p.year)}`], [
    ['Projected benefit obligation', amount(oy![0]!), amount(oy![1]!), amount(op![0]!), amount(op![1]!)],
    ['Fair value of plan assets', amount(ay![0]!), amount(ay![1]!), amount(ap![0]!), amount(ap![1]!)],
  ]));
  const intl = [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))].slice(0, 3);
  yield ctx.para([ctx.say(`{Our United States plans are|The domestic plans are} closed to new participants{ and frozen for salaried employees|}; {international plans cover employees mainly in|the international plans are concentrated in} ${intl.join(', ').replace(/, ([^,]*)$/, ' and $1') || 'Europe'}.`)]);
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

/** A few sentences per product line on three years of sales (Item 1 segment subsection). */
export function* productLineHistory(ctx: ReportContext, i: number): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  const [a, b, d] = [y, p, pp].map((l) => lineSales(ctx, i, l));
  yield ctx.para(pr.lines[i]!.map((l, k) => {
    const g1 = changeTenthsPct(a![k]!, b![k]!);
    const g2 = changeTenthsPct(b![k]!, d![k]!);
    const trend = g1 >= 0 && g2 >= 0 ? 'has grown in each of the last two years' : g1 < 0 && g2 < 0 ? 'has declined for two years' : g1 >= 0 ? 'recovered in fiscal ' + y.year : 'slipped in fiscal ' + y.year;
    return ctx.say(`${l.brand} ${l.product} ${trend}, with sales of ${money(a![k]!)} in fiscal ${y.year}, ${money(b![k]!)} in fiscal ${p.year} and ${money(d![k]!)} in fiscal ${pp.year}{; ${c.segments[i]!.name} sells the line mainly to ${pr.keyCustomers[i]![k % 3]} and other ${l.market} customers|}.`);
  }));
}

/** Organic growth by segment for the prior-year comparison (MD&A). */
export function* priorOrganic(ctx: ReportContext): Generator<Block> {
  const { c, p, pp } = ctx;
  yield ctx.table(table(`Net sales growth, fiscal ${p.year} compared with fiscal ${pp.year}`, ['', 'Reported change', 'Foreign currency', 'Acquisitions', 'Organic change'], c.segments.map((s, i) => {
    const d = p.seg[i]!;
    return [s.name, pct(changeTenthsPct(d.sales, pp.seg[i]!.sales), true), pct(d.fx, true), pct(d.acquisition, true), pct(d.volume + d.price, true)];
  })));
}

/** Restructuring program status in MD&A: charges to date, expected total and savings. */
export function* restructuringPrograms(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const toDate = y.restructuring + p.restructuring + pp.restructuring;
  yield ctx.heading('Restructuring Programs');
  if (toDate === 0) {
    yield ctx.para([ctx.say(`We had no active restructuring program in fiscal ${y.year}{, and no charges were recorded in the past three years|; the last charges were recorded before fiscal ${pp.year}}.`)]);
    return;
  }
  const r = yearRng(c, y.year, 'restructuring-program');
  const site = c.properties[1 + (pp.year % (c.properties.length - 1))]!;
  const expected = toDate + Math.round(toDate * r.float(0.1, 0.4));
  yield ctx.para([
    ctx.say(`{Our footprint optimization program|The restructuring program we began in fiscal ${pp.year}} {includes|covers} the consolidation of {production|operations} from ${site.city}, ${site.region} into other ${site.segment === 'Corporate' ? c.segments[0]!.name : site.segment} plants and {reductions in salaried staff|the streamlining of administrative functions}.`),
    ctx.say(`{Charges to date|Cumulative charges} {total|are} ${money(toDate)} over fiscal ${pp.year} to ${y.year}, and we expect total charges of about ${money(expected)}{, mostly severance and accelerated depreciation|}.`),
    ctx.say(`{We expect|The program is expected to deliver} annual pretax savings of {about|approximately} ${money(Math.round(toDate * r.float(0.6, 1.2)))} when complete in fiscal ${y.year + r.int(1, 2)}{, of which about ${r.int(40, 70)}% was realized in fiscal ${y.year}|}.`),
  ]);
}

/** Credit agreement, inventory and property prose added to Notes 5 to 7. */
export function notesProse(ctx: ReportContext, note: 'inventory' | 'ppe' | 'eps'): string[] {
  const { c, y, p } = ctx;
  const r = yearRng(c, y.year, `notes-prose-${note}`);
  if (note === 'inventory') return [ctx.say(`Inventories ${y.bs.inv >= p.bs.inv ? '{increased|rose}' : '{decreased|fell}'} ${money(y.bs.inv - p.bs.inv)} during fiscal ${y.year}{, ${y.bs.inv >= p.bs.inv ? 'as we carried more safety stock of purchased components' : 'as supply chains normalized and we reduced safety stock'}|}; reserves for excess and obsolete items are netted against the balances shown.`)];
  if (note === 'ppe') {
    const top = y.seg.map((s, i) => ({ s, i })).reduce((a, b) => (b.s.capex > a.s.capex ? b : a));
    return [ctx.say(`Capital expenditures of ${money(-y.cf.capex)} in fiscal ${y.year} {were concentrated in|went mainly to} ${c.segments[top.i]!.name}, which {spent|invested} ${money(top.s.capex)}{, and construction in progress at year end related mainly to ${r.pick(['new production lines', 'a warehouse expansion', 'automation projects', 'a plant modernization'])}|}.`)];
  }
  return [ctx.say(`{Equity awards covering|Awards for} ${(r.float(0.2, 1.5)).toFixed(1)} million shares were excluded from diluted earnings per share in fiscal ${y.year} because their effect would have been antidilutive.`)];
}
