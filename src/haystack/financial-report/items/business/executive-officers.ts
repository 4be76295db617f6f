// Writes Item 1's information about the executive officers and where the company's filings are available.
import { yearRng } from '../../streams.js';
import type { ReportContext } from '../../writing/context.js';
import { table } from '../../writing/format.js';
import type { Block } from '../../../../types.js';

/** Item 1, executive officers and available information. */
export function* renderExecutiveOfficers(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  yield ctx.subsection('Information About Our Executive Officers');
  yield ctx.table(table(null, ['Name', 'Age', 'Position', 'Officer since'], c.officers.map((o) => [o.name, String(o.age + (y.year - c.firstYear)), o.title, String(o.since)])));
  const bios = officerBios(ctx);
  for (let k = 0; k < bios.length; k += 9) yield ctx.para(bios.slice(k, k + 9));
  yield ctx.subsection('Available Information');
  yield ctx.fromList('topic_info', 2);
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
