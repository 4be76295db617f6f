// Items 2 (properties, site by site), 3 (named legal proceedings) and 4 (mine safety) of Part I.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { legalHistory, utilizationBySegment } from './render-more-e.js';
import { amount, table } from './format.js';
import type { LegalMatter } from './profile.js';
import { yearRng } from './profile.js';
import { propertiesBySegment } from './render-extra.js';

const MAKES = /plant|facility|factory|works|mill|foundry|bakery|assembly|machining|fabrication/i;
const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Note number of Commitments and Contingencies, referred to from Item 3. */
export const CONTINGENCIES_NOTE = 18;

/** Stage of a matter in a fiscal year: how the report describes where it stands. */
function stage(m: LegalMatter, year: number): string {
  const age = year - m.filed;
  if (year === m.resolved) return `{In fiscal ${year}|During fiscal ${year}|This year}, the matter was ${m.outcome}.`;
  if (age === 0) return `We {were served with the complaint|received the complaint} in ${m.filedMonth} ${m.filed} and {intend to defend the case vigorously|believe the claims are without merit}.`;
  if (age === 1) return `The {court|tribunal} {denied in part|granted in part} our motion to dismiss{ in fiscal ${year}|}, and {discovery|fact discovery} {is under way|began} {and is scheduled to close in fiscal ${year + 1}|}.`;
  if (age === 2) return `{Fact and expert discovery|Discovery} {closed|concluded} {in fiscal ${year}|during the year}, and {summary judgment motions|dispositive motions} {are pending|have been briefed}.`;
  return `{A trial date|Trial} {has been set|is scheduled} for fiscal ${year + 1}{, and the parties attended a court-ordered mediation that did not resolve the matter| while settlement discussions continue|}.`;
}

/** Items 2, 3 and 4 of one year's report. */
export function* renderPart1Rest(ctx: ReportContext): Generator<Block> {
  const { c, y, rng, pr } = ctx;
  yield ctx.heading('Item 2. Properties', true);
  const pv = { hqOwned: c.properties[0]!.owned ? 'own' : 'lease', util: rng.int(68, 91) };
  yield ctx.fromList('properties', 3, pv);
  const util = c.properties.map((_, k) => yearRng(c, y.year, `util-${k}`).int(55, 97));
  const sqft = (k: number) => Math.round(c.properties[k]!.sqft * (1 + 0.01 * ((y.year * 7 + c.properties[k]!.sqft) % 5)));
  yield ctx.table(table(null, ['Location', 'Principal use', 'Segment', 'Square feet', 'Owned or leased', `Fiscal ${y.year} utilization`],
    c.properties.map((p, k) => [`${p.city}, ${p.region}`, p.use, p.segment, sqft(k).toLocaleString('en-US'), p.owned ? 'Owned' : 'Leased', `${util[k]}%`])));
  yield ctx.para([ctx.say('@properties', pv)]);
  yield* propertiesBySegment(ctx);
  yield* utilizationBySegment(ctx);
  yield ctx.heading('Principal Sites');
  const staff = (k: number) => Math.round((y.headcount * pr.plants[k]!.staffShare) / 1000);
  for (let k = 1; k < c.properties.length; k += 3) {
    const group = c.properties.slice(k, k + 3).map((p, j) => ({ p, d: pr.plants[k + j]!, k: k + j }));
    yield ctx.para(group.flatMap(({ p, d, k: n }) => {
      const out = [ctx.say(`{Our|The} ${p.city} ${p.use}{, which opened in ${d.opened},| (opened ${d.opened})|, in service since ${d.opened},} {occupies|covers} ${sqft(n).toLocaleString('en-US')} square feet{ that we ${p.owned ? 'own' : 'lease'}|}, {employs|has} {about|approximately} ${staff(n).toLocaleString('en-US')} people and {ran at|operated at} ${util[n]}% of capacity in fiscal ${y.year}.`)];
      if (d.outputs.length && MAKES.test(p.use)) out.push(ctx.say(`{It|The site} {makes|produces|supplies} ${d.outputs.join(' and ')} for ${p.segment} on ${d.lines} {production lines|lines}{ and holds ${list(d.certifications)} certification| and is certified to ${list(d.certifications)}|}.`));
      if (d.union) out.push(ctx.say(`{Hourly employees at ${p.city} are represented by|At ${p.city}, production employees belong to} ${d.union}{, under an agreement that expires in fiscal ${y.year + 1 + ((d.opened + y.year) % 3)}|}.`));
      return out;
    }));
  }

  yield ctx.heading('Item 3. Legal Proceedings', true);
  yield ctx.fromList('legal_intro', 2);
  const active = pr.matters.filter((m) => m.filed <= y.year && m.resolved >= y.year);
  for (const m of active) {
    const accrual = Math.round(m.claimM * yearRng(c, y.year, m.docket).float(0.04, 0.25));
    yield ctx.heading(m.caption);
    yield ctx.para([
      ctx.say(`In ${m.filedMonth} ${m.filed}, {a complaint captioned|an action styled} ${m.caption} (Case ${m.docket}) was filed {against us |}in the ${m.court}.`),
      ctx.say(`The {case|complaint} ${m.nature}{, and the plaintiff seeks damages of {approximately|up to} $${amount(m.claimM)} million| and seeks $${amount(m.claimM)} million in damages|}.`),
      ctx.say(stage(m, y.year)),
      m.resolved === y.year ? '' : legalHistory(ctx, m),
      m.resolved === y.year ? '' : ctx.say(`{At|As of} <fyEnd>, we had accrued $${amount(accrual)} million for this matter{, which represents our best estimate of the probable loss|, and we do not believe a loss materially above that amount is reasonably possible|}.`),
    ]);
  }
  if (active.length === 0) yield ctx.fromList('legal_case', 2, { plaintiff: pr.matters[0]!.caption.split(' v. ')[0]!, caseMonth: pr.matters[0]!.filedMonth, caseYear: y.year, caseYearEarly: y.year - 3, claimM: amount(pr.matters[0]!.claimM), accrualM: amount(rng.int(10, 90)) });
  yield ctx.para([ctx.say('{See|Refer to} Note <note> {to the consolidated financial statements|, Commitments and Contingencies,} for {additional information|further discussion}{ about these matters| on legal proceedings|}.', { note: CONTINGENCIES_NOTE })]);
  yield ctx.heading('Item 4. Mine Safety Disclosures', true);
  yield ctx.meta('Not applicable.');
}
