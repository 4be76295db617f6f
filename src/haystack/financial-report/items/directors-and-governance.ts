// Writes Part III, Items 10 to 14: directors and their biographies, governance, compensation by reference, and the auditor's fees.
import { list } from '../writing/english.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

const CAPTIONS = ['Election of Directors', 'Corporate Governance', 'Executive Compensation', 'Security Ownership of Certain Beneficial Owners and Management', 'Certain Relationships and Related Transactions', 'Ratification of Appointment of Independent Auditors', 'Compensation Discussion and Analysis', 'Board Committees'];

/** "the Audit Committee, the Finance Committee and the Compensation and Human Capital Committee": names that contain "and" stay readable. */
function committeeList(cm: string[]): string {
  const xs = cm.map((n) => `the ${n} Committee`);
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** Part III: Items 10 to 14. */
export function* renderPartThree(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.meta('PART III');
  const items = ['Item 10. Directors, Executive Officers and Corporate Governance', 'Item 11. Executive Compensation', 'Item 12. Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters', 'Item 13. Certain Relationships and Related Transactions, and Director Independence', 'Item 14. Principal Accountant Fees and Services'];
  for (const [i, item] of items.entries()) {
    yield ctx.heading(item, true);
    yield ctx.para([ctx.say('@part3', { proxyYear: y.year + 1, caption: [CAPTIONS[i]!, CAPTIONS[(i + 5) % CAPTIONS.length]!] })]);
    if (i === 0) {
      yield ctx.table(table(`Board of Directors at ${ctx.fyEnd(y.year)}`, ['Name', 'Age', 'Position', 'Director since', 'Committees'], c.directors.map((d, k) => [d.name, String(d.age + y.year - c.firstYear), d.title === 'Director' ? 'Independent Director' : d.title, String(d.since), ctx.pr.committees[k]!.join('; ') || '—'])));
      const meetings = rng.int(6, 11);
      yield ctx.para(c.directors.slice(1).map((d, k) => {
        const other = ctx.pr.otherBoards[k + 1];
        const cm = ctx.pr.committees[k + 1]!;
        const attended = meetings - (rng.chance(0.25) ? 1 : 0);
        return ctx.say(`${d.name}{, age ${d.age + y.year - c.firstYear},|} {has served on the board since|joined the board in} ${d.since}, {serves on|is a member of} ${committeeList(cm)}${other ? `, {is also a director of|also sits on the board of} ${other}` : ''} and attended ${attended} of the ${meetings} board meetings held in fiscal ${y.year}.`);
      }));
    }
    if (i === 0) yield* renderDirectorBios(ctx);
    if (i === 0) yield* governanceDetail(ctx);
    if (i === 4) {
      const fees = [0.0016, 0.00012, 0.00009, 0.00001].map((f) => Math.max(1, Math.round(y.sales * f * rng.float(0.9, 1.1))));
      const prevFees = fees.map((f) => Math.max(1, Math.round(f * rng.float(0.88, 1.02))));
      const rows = ['Audit fees', 'Audit-related fees', 'Tax fees', 'All other fees'].map((l, k) => [l, amount(fees[k]!), amount(prevFees[k]!)]);
      rows.push(['Total', amount(fees.reduce((a, b) => a + b, 0)), amount(prevFees.reduce((a, b) => a + b, 0))]);
      if (ctx.states('auditor.fees')) yield ctx.table(table(`Fees billed by ${c.auditor} (in millions)`, ['', `Fiscal ${y.year}`, `Fiscal ${y.year - 1}`], rows));
    }
  }
}

/** Code of conduct, audit committee expert and other Item 10 statements. */
export function* governanceDetail(ctx: ReportContext): Generator<Block> {
  const { c, y, pr } = ctx;
  const auditMembers = c.directors.filter((_, k) => pr.committees[k]!.includes('Audit'));
  const expert = auditMembers[0] ?? c.directors[1]!;
  yield ctx.para([
    ctx.say(`{We have adopted|The board has adopted} a Code of Business Conduct that applies to all directors, officers and employees, including ${c.officers[0]!.name}, ${c.officers[1]!.name} and ${c.officers[4]!.name}{, and it is posted on our website|}.`),
    ctx.say(`The board has determined that ${expert.name}{, who chairs the Audit Committee,| of the Audit Committee} is an audit committee financial expert{ and that all ${Math.max(3, auditMembers.length)} members of the committee are independent|}.`),
    ctx.say(`The board held ${yearRng(c, y.year, 'board-meetings').int(6, 11)} meetings in fiscal ${y.year}{, and each director attended at least 75% of the meetings of the board and the committees on which he or she served|}.`),
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
