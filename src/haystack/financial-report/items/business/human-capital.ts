// Writes Item 1's human capital section: employees by region, function, segment and country, labor relations, safety, pay and development.
import { counted } from '../../writing/english.js';
import { esgMetrics } from '../../figures/operations.js';
import { EMPLOYEE_REGIONS, headcountByCountry, headcountBySegment, unionCovered } from '../../figures/sales.js';
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { share, table } from '../../writing/format.js';
import type { YearLedger } from '../../year-ledger.js';
import type { Block } from '../../../../types.js';


/** "; agreements covering two facilities expire in fiscal 2024", or a general remark when none expires next year. */
function unionExpiry(ctx: ReportContext, l: YearLedger): string {
  const next = unionCovered(ctx, l).filter((u) => u.expires === l.year + 1).length;
  return next > 0 ? `; agreements covering ${counted(next, 'facility', 'facilities')} expire in fiscal ${l.year + 1}` : ', and no principal agreement expires in the coming year';
}

/** Item 1, human capital. */
export function* renderHumanCapital(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.subsection(rng.pick(['Human Capital', 'Employees', 'Our People']), 'Human Capital');
  const byCountry = headcountByCountry(ctx, y);
  const hv = { usPct: share(byCountry[0]!.employees, y.headcount), unionPct: share(unionCovered(ctx, y).reduce((a, u) => a + u.covered, 0), y.headcount), unionExpiry: unionExpiry(ctx, y), trir: esgMetrics(c, y)[5]!.toFixed(2), trirPrev: esgMetrics(c, ctx.p)[5]!.toFixed(2),
    // A reason only for an improvement: a worse rate is not "reflecting our safety programs".
    trirReason: esgMetrics(c, y)[5]! <= esgMetrics(c, ctx.p)[5]! ? [', reflecting our safety programs', ', reflecting investment in training', ''] : '', turnover: rng.int(60, 160) / 10 };
  yield* ctx.fromLists('topic_hc', [4, 2], hv);
  const regions = EMPLOYEE_REGIONS.map((region) => ({ region, n: byCountry.filter((x) => x.region === region).reduce((a, x) => a + x.employees, 0) })).filter((x) => x.n > 0);
  yield ctx.table(table(`Employees by region at ${ctx.fyEnd(y.year)}`, ['Region', `Employees, fiscal ${y.year}`],
    [...regions.map(({ region, n }) => [region, n.toLocaleString('en-US')]), ['Total', y.headcount.toLocaleString('en-US')]]));
  const fnShares = [0.52, 0.2, 0.12, 0.16].map((f, k) => f * (0.9 + ((y.year * (k + 3)) % 7) / 30));
  const fnTotal = fnShares.reduce((a, b) => a + b, 0);
  const fn = fnShares.slice(0, 3).map((f) => Math.round((y.headcount * f) / fnTotal));
  fn.push(y.headcount - fn.reduce((a, b) => a + b, 0));
  yield ctx.table(table(`Employees by function at ${ctx.fyEnd(y.year)}`, ['Function', 'Employees', 'Share of total'],
    [...['Manufacturing and operations', 'Sales, marketing and service', 'Research, development and engineering', 'General and administrative'].map((name, k) => [name, fn[k]!.toLocaleString('en-US'), `${share(fn[k]!, y.headcount)}%`]), ['Total', y.headcount.toLocaleString('en-US'), '100%']]));
  yield* employeesByCountry(ctx);
  yield* renderHumanCapitalDetail(ctx);
  yield ctx.para([ctx.say(`{Employees completed|Our people logged} {an average of|about} ${rng.int(14, 46)} hours of training {each|per person} in fiscal ${y.year}.`)]);
}

/** Employees by country at the year end (Item 1); the rows sum to the headcount. */
export function* employeesByCountry(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const rows = headcountByCountry(ctx, y);
  yield ctx.table(table(`Employees by country at ${ctx.fyEnd(y.year)}`, ['Country', 'Employees'], [...rows.map((r) => [r.country, r.employees.toLocaleString('en-US')]), ['Total', y.headcount.toLocaleString('en-US')]]));
}

/** Workforce, labor relations, safety, pay and development under Item 1's human capital heading. */
export function* renderHumanCapitalDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  const hy = headcountBySegment(ctx, y);
  const hp = headcountBySegment(ctx, p);
  const names = [...c.segments.map((s) => s.name), 'Corporate and shared services'];
  yield ctx.table(table('Employees by segment', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...names.map((n, k) => [n, hy[k]!.toLocaleString('en-US'), hp[k]!.toLocaleString('en-US')]), ['Total', y.headcount.toLocaleString('en-US'), p.headcount.toLocaleString('en-US')],
  ]));
  const grow = names.map((n, k) => ({ n, d: hy[k]! - hp[k]! })).sort((a, b) => b.d - a.d);
  yield ctx.para([
    ctx.say(`{Headcount|Our workforce} ${y.headcount >= p.headcount ? '{grew|increased}' : '{declined|decreased}'} by ${Math.abs(y.headcount - p.headcount).toLocaleString('en-US')} during fiscal ${y.year}{, with the largest ${grow[0]!.d >= 0 ? 'addition' : 'change'} in ${grow[0]!.n}|}${y.acquisition ? `, including about ${Math.round(y.acquisition.price / 4).toLocaleString('en-US')} employees who joined with ${y.acquisition.target}` : ''}.`),
  ]);
  yield ctx.heading('Labor Relations');
  const unions = c.properties.map((x, k) => ({ x, d: pr.plants[k]! })).filter(({ d }) => d.union);
  if (unions.length) {
    yield ctx.table(table(`Principal collective bargaining agreements at ${ctx.fyEnd(y.year)}`, ['Site', 'Union', 'Employees covered', 'Agreement expires'], unions.map(({ x, d }) => [
      `${x.city}, ${x.region}`, d.union!, Math.round((y.headcount * d.staffShare) / 1000 * 0.7).toLocaleString('en-US'), `Fiscal ${y.year + 1 + ((d.opened + y.year) % 3)}`,
    ])));
    const next = unions.find(({ d }) => (d.opened + y.year) % 3 === 0);
    yield ctx.para([
      ctx.say(`{We bargain with|Our plants negotiate with} ${counted(unions.length, 'union local')} at our principal sites{, and we have not had a strike or lockout at any of them in more than a decade|}.`),
      next ? ctx.say(`The agreement at ${next.x.city} expires in fiscal ${y.year + 1}{, and negotiations are expected to begin in the first quarter|; we expect to open talks several months before it lapses|}.`) : '',
      ctx.say('{Outside the United States|At several of our international sites}, employees are represented by works councils or {national|industry-wide} unions {under local law|as local practice requires}.'),
    ]);
  }
  yield ctx.heading('Health and Safety');
  const ys = [y, p, pp];
  const safety = ys.map((l) => { const r = yearRng(c, l.year, 'safety'); const trir = esgMetrics(c, l)[5]!; return [trir, trir * r.float(0.25, 0.45), r.int(0, 1) ? 0 : r.int(0, 1), Math.round(l.headcount * r.float(0.15, 0.4))]; });
  yield ctx.table(table('Safety performance', ['', ...ys.map((l) => `Fiscal ${l.year}`)], [
    ['Total recordable incident rate', ...safety.map((s) => s[0]!.toFixed(2))], ['Lost-time incident rate', ...safety.map((s) => s[1]!.toFixed(2))],
    ['Work-related fatalities', ...safety.map((s) => String(s[2]))], ['Near-miss and hazard reports submitted', ...safety.map((s) => s[3]!.toLocaleString('en-US'))],
  ]));
  const best = c.properties.map((x, k) => ({ x, k })).filter(({ k }) => k > 0 && pr.plants[k]!.outputs.length)[(y.year * 7) % 5]!;
  yield ctx.para([
    ctx.say(`Our total recordable incident rate was ${safety[0]![0]!.toFixed(2)} in fiscal ${y.year}, ${safety[0]![0]! <= safety[1]![0]! ? 'an improvement from' : 'worse than'} ${safety[1]![0]!.toFixed(2)} in fiscal ${p.year}{, and each incident is reviewed by plant leadership within 48 hours|}.`),
    ctx.say(`{Our ${best.x.city} site|The ${best.x.city} ${best.x.use}} {completed|reached} ${yearRng(c, y.year, 'safe-days').int(1, 6)} million consecutive hours without a lost-time injury in fiscal ${y.year}{, the longest run in our network|}.`),
  ]);
  yield ctx.heading('Compensation, Benefits and Development');
  const r = yearRng(c, y.year, 'people');
  const match = yearRng(c, 0, 'match').pick([4, 5, 6]);
  yield ctx.para([
    ctx.say(`{We match|The Company matches} employee contributions to our 401(k) savings plan up to ${match}% of eligible pay{, and about ${r.int(82, 95)}% of eligible United States employees participate|}.`),
    ctx.say(`{In fiscal ${y.year}, ${r.int(68, 91)}% of employees took part in our engagement survey|Participation in our fiscal ${y.year} engagement survey was ${r.int(68, 91)}%}{, and the favorable score was ${r.int(62, 82)}%|}.`),
    ctx.say(`We filled ${r.int(38, 64)}% of open salaried positions {with internal candidates|from within}{ in fiscal ${y.year}|}, and ${r.int(120, 900).toLocaleString('en-US')} employees {completed|took part in} {leadership or technical training|our plant leadership and technical academies}.`),
    ctx.say(`{Women held|Women represented} ${r.int(19, 38)}% of our salaried workforce and ${r.int(18, 36)}% of management roles at <fyEnd>{, and we publish a pay equity review each year|}.`),
  ]);
}
