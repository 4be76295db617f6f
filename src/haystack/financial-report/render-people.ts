// Human capital detail for Item 1 (workforce by segment, union agreements, safety, pay and development) and director biographies for Item 10.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import type { YearLedger } from './ledger.js';
import { table } from './format.js';
import { splitBy, yearRng } from './profile.js';
import { esgMetrics } from './render-business-detail.js';

/** Employees of each segment and of corporate functions at a year end; they sum to the headcount. */
export function headcountBySegment(ctx: ReportContext, l: YearLedger): number[] {
  const r = yearRng(ctx.c, l.year, 'headcount-segments');
  return splitBy(l.headcount, [...l.seg.map((s) => s.sales * r.float(0.9, 1.1)), l.sales * 0.06]);
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

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
      ctx.say(`{We bargain with|Our plants negotiate with} ${unions.length} {local unions|union locals} at our principal sites{, and we have not had a strike or lockout at any of them in more than a decade|}.`),
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
    ctx.say(`{Our ${best.x.city} site|The ${best.x.city} ${best.x.use}} {completed|reached} ${yearRng(c, y.year, 'safe-days').int(1, 6)} million hours without a lost-time injury during the year{, the best record in our network|}.`),
  ]);
  yield ctx.heading('Compensation, Benefits and Development');
  const r = yearRng(c, y.year, 'people');
  const match = yearRng(c, 0, 'match').pick([4, 5, 6]);
  yield ctx.para([
    ctx.say(`{We match|The Company matches} employee contributions to our 401(k) savings plan up to ${match}% of eligible pay{, and about ${r.int(82, 95)}% of eligible United States employees participate|}.`),
    ctx.say(`{In fiscal ${y.year}, ${r.int(68, 91)}% of employees took part in our engagement survey|Participation in our fiscal ${y.year} engagement survey was ${r.int(68, 91)}%}{, and the favorable score was ${r.int(62, 82)}%|}.`),
    ctx.say(`{We filled|Internal candidates filled} ${r.int(38, 72)}% of open salaried positions {with internal candidates|from within}{ in fiscal ${y.year}|}, and ${r.int(120, 900).toLocaleString('en-US')} employees {completed|took part in} {leadership or technical training|our plant leadership and technical academies}.`),
    ctx.say(`{Women held|Women represented} ${r.int(19, 38)}% of our salaried workforce and ${r.int(18, 36)}% of management roles at <fyEnd>{, and we publish a pay equity review each year|}.`),
  ]);
}

const PAST = [
  'retired as chief executive officer of {firm}, a maker of industrial components',
  'served as chief financial officer of {firm} until {year}',
  'was an audit partner at a national accounting firm for {n} years',
  'led the {region} operations of {firm}',
  'served as chief information officer of {firm}',
  'was a managing director in the industrials group of an investment bank',
  'served as general counsel of {firm}',
  'held senior operating roles at {firm} over {n} years',
];
const SKILLS = ['financial expertise', 'manufacturing and supply chain experience', 'international operating experience', 'technology and cybersecurity experience', 'public-company leadership experience', 'legal and regulatory experience', 'mergers and acquisitions experience', 'human capital and compensation experience'];

/** Biographies of the independent directors (Item 10). */
export function* renderDirectorBios(ctx: ReportContext): Generator<Block> {
  const { c, y, pr } = ctx;
  const out: string[] = [];
  c.directors.slice(1).forEach((d, k) => {
    const r = yearRng(c, 0, `director-${d.name}`);
    const firm = pr.otherBoards[k + 1] || `${r.pick(['Kestrel', 'Bramwell', 'Ostrava', 'Carrow', 'Linden'])} ${r.pick(['Industries', 'Group', 'Systems'])}`;
    const past = r.pick(PAST).replace('{firm}', firm).replace('{year}', String(d.since - r.int(1, 5))).replace('{n}', String(r.int(12, 30))).replace('{region}', r.pick(['European', 'Asia Pacific', 'North American', 'Latin American']));
    const skills = r.sample(SKILLS, 2);
    out.push(ctx.say(`${d.name}, ${d.age + y.year - c.firstYear}, ${past}{ before joining our board in ${d.since}|, and has been a director since ${d.since}}.`));
    out.push(ctx.say(`{The board values|The board considers} ${d.name.split(' ')[1]}'s ${list(skills)}{ in its oversight of ${r.pick(['capital allocation', 'risk management', 'our plant network', 'executive succession', 'acquisitions'])}|}.`));
  });
  yield ctx.heading('Director Biographies');
  for (let i = 0; i < out.length; i += 6) yield ctx.para(out.slice(i, i + 6));
}

const PRIOR = ['Vice President, Finance', 'Vice President, Operations', 'Vice President and General Manager', 'Vice President, Strategy and Business Development', 'Vice President, Supply Chain', 'Vice President, Sales and Marketing'];
const OUTSIDE = ['Tavener Industries', 'Northgate Controls', 'Ellery Manufacturing', 'Marchmont Group', 'Cresswell Systems', 'Hatherley Products', 'Ravensworth Holdings', 'Pellinore Materials'];

/** Career histories of the executive officers (Item 1), fixed per officer and stated against the report year. */
export function officerBios(ctx: ReportContext): string[] {
  const { c, y } = ctx;
  return c.officers.flatMap((o, k) => {
    const r = yearRng(c, 0, `officer-${o.name}`);
    const last = o.name.split(' ')[1]!;
    const joined = o.since - r.int(2, 9);
    const seg = c.segments[k % c.segments.length]!.name;
    const outside = r.pick(OUTSIDE);
    return [
      ctx.say(`${o.name}, ${o.age + y.year - c.firstYear}, {has served as|has been} ${o.title} since ${o.since}.`),
      ctx.say(`{Before that|Previously}, ${last} {was|served as} ${r.pick(PRIOR)} of {our|the} ${seg} {segment|business} from ${joined} to ${o.since}{, after joining the Company in ${joined}|}.`),
      ctx.say(`{Earlier in ${last}'s career|Before joining ${c.short}}, ${last} spent ${r.int(6, 18)} years at ${outside}{, most recently as ${r.pick(['director of finance', 'plant manager', 'general manager of its European business', 'head of corporate development', 'chief information officer'])}|}.`),
    ];
  });
}
