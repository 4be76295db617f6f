// Writes MD&A results of operations: consolidated and segment comparisons, cost of sales, the operating income bridge, sales drivers and restructuring programs.
import { costOfSalesParts } from '../../figures/balances.js';
import { epsDiluted, oiBridge } from '../../figures/earnings.js';
import { renderSalesDetail } from './sales-by-region-and-line.js';
import { restructuringSite } from '../../figures/operations.js';
import { yearRng } from '../../streams.js';
import { changeSentence, levelSentence, marginSentence, marginTenths, signedAmount, taxRateChange, type Driver } from '../../writing/change-sentence.js';
import type { ReportContext } from '../../writing/context.js';
import { amount, cell, changeTenthsPct, dollars, money, pct, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';

/** Sales drivers of the consolidated change, weighted by prior-year segment sales; volume absorbs rounding. */
export function consolidatedDrivers(cur: YearLedger, prev: YearLedger, acqName: string | null): Driver[] {
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

export function* resultsOfOperations(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
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
      ? ctx.say(`Restructuring charges {were|totaled} ${money(cur.restructuring)} in fiscal ${cur.year}{, primarily for severance and asset write-downs related to| and related mainly to} ${ctx.states('restructuring.plant-consolidation') ? `{the consolidation of our ${restructuringSite(c).city} plant|workforce reductions in <segment>|our footprint optimization program}` : '{workforce reductions in <segment>|our footprint optimization program}'}.`, v)
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

const BRIDGE = ['Volume and mix', 'Pricing', 'Cost inflation', 'Productivity and sourcing savings', 'Foreign currency', 'Acquisitions', 'Other, including incentive compensation and restructuring'];

/** Operating income bridge table and sentence for one comparison (MD&A). */
export function* renderOiBridge(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const b = oiBridge(ctx, cur, prev);
  yield ctx.table(table(`Operating income bridge, fiscal ${prev.year} to fiscal ${cur.year} (in millions)`, ['', 'Amount'], [
    [`Operating income, fiscal ${prev.year}`, amount(prev.oi)], ...BRIDGE.map((lab, k) => [lab, cell(b[k]!)]), [`Operating income, fiscal ${cur.year}`, amount(cur.oi)],
  ]));
  yield ctx.para([ctx.say(`Pricing ${b[1]! >= 0 ? 'added' : 'cost'} ${money(b[1]!)} and productivity ${money(b[3]!)}, {against|while} cost inflation {took|absorbed} ${money(b[2]!)}{, so net price less inflation was ${b[1]! + b[2]! >= 0 ? 'positive' : 'negative'} by ${money(b[1]! + b[2]!)}|}.`)]);
}

/** Cost of sales by component for a comparison (MD&A). */
export function* renderCostOfSales(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const a = costOfSalesParts(ctx, cur);
  const b = costOfSalesParts(ctx, prev);
  const labels = ['Materials and purchased components', 'Direct labor', 'Manufacturing overhead', 'Freight and distribution'];
  yield ctx.table(table(`Cost of sales by component (in millions)`, ['', `Fiscal ${cur.year}`, `Fiscal ${prev.year}`], [
    ...labels.map((lab, k) => [lab, amount(a[k]!), amount(b[k]!)]), ['Cost of sales', amount(cur.cogs), amount(prev.cogs)],
  ]));
  const share = (x: number, l: YearLedger) => pct(Math.round((x / l.sales) * 1000));
  yield ctx.para([ctx.say(`Materials {cost|costs} {equaled|were} ${share(a[0]!, cur)} of net sales in fiscal ${cur.year}, {compared with|against} ${share(b[0]!, prev)}, and freight {ran at|was} ${share(a[3]!, cur)}{, versus ${share(b[3]!, prev)}|}.`)]);
}

/** Restructuring program status in MD&A: charges to date, expected total and savings. */
export function* restructuringPrograms(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const toDate = y.restructuring + p.restructuring + pp.restructuring;
  yield ctx.subsection('Restructuring Programs');
  if (toDate === 0) {
    yield ctx.para([ctx.say(`We had no active restructuring program in fiscal ${y.year}{, and no charges were recorded in the past three years|; the last charges were recorded before fiscal ${pp.year}}.`)]);
    return;
  }
  const r = yearRng(c, y.year, 'restructuring-program');
  const site = restructuringSite(c);
  const expected = toDate + Math.round(toDate * r.float(0.1, 0.4));
  yield ctx.para([
    ctx.states('restructuring.plant-consolidation')
      ? ctx.say(`{Our footprint optimization program|Our restructuring program} {includes|covers} the consolidation of {production|operations} from ${site.city}, ${site.region} into other ${site.segment === 'Corporate' ? c.segments[0]!.name : site.segment} plants and {reductions in salaried staff|the streamlining of administrative functions}.`)
      : ctx.say(`{Our productivity program|Our restructuring program} {covers|includes} {reductions in salaried staff and the streamlining of administrative functions|the consolidation of shared services and reductions in salaried staff}.`),
    ctx.say(`{Charges to date|Cumulative charges} {total|are} ${money(toDate)} over fiscal ${pp.year} to ${y.year}, and we expect total charges of about ${money(expected)}{, mostly severance and accelerated depreciation|}.`),
    ctx.say(`{We expect|The program is expected to deliver} annual pretax savings of {about|approximately} ${money(Math.round(toDate * r.float(0.6, 1.2)))} when complete in fiscal ${y.year + r.int(1, 2)}{, of which about ${r.int(40, 70)}% was realized in fiscal ${y.year}|}.`),
  ]);
}

/** Sales-change drivers of every segment for one comparison, with a sentence on each segment's biggest plant and customer (MD&A). */
export function* segmentDrivers(ctx: ReportContext, cur: YearLedger, prev: YearLedger): Generator<Block> {
  const { c, pr } = ctx;
  yield ctx.table(table(`Drivers of the change in segment net sales, fiscal ${cur.year} compared with fiscal ${prev.year}`, ['Segment', 'Volume and mix', 'Price', 'Foreign currency', 'Acquisitions', 'Total change'], c.segments.map((s, i) => {
    const d = cur.seg[i]!;
    return [s.name, pct(d.volume, true), pct(d.price, true), pct(d.fx, true), pct(d.acquisition, true), pct(d.volume + d.price + d.fx + d.acquisition, true)];
  })));
  yield ctx.para(c.segments.map((s, i) => {
    const plant = c.properties.map((x, k) => ({ x, k })).filter(({ x }) => x.segment === s.name).sort((a, b) => b.x.sqft - a.x.sqft)[0];
    const d = cur.seg[i]!;
    const where = plant ? `{output at|production at} our ${plant.x.city} ${plant.x.use}` : 'production across the segment';
    return ctx.say(`In ${s.name}, ${d.volume >= 0 ? 'higher' : 'lower'} volume {moved|changed} ${where} {accordingly|in step}, and orders from ${pr.keyCustomers[i]![(cur.year + i) % 3]} ${d.volume >= 0 ? '{were stronger|increased}' : '{were softer|declined}'} in fiscal ${cur.year}.`);
  }));
}
