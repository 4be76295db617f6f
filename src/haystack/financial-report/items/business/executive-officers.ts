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

/** Earlier jobs that lead to an officer's title: a general counsel was a lawyer before, a controller an accountant. */
const CAREER: Array<[RegExp, { inside: string[]; outside: string[]; segment: boolean }]> = [
  // A chief executive ran the business before (not a segment's finance or strategy function, nor a segment a group president now runs).
  [/Chief Executive Officer/, { inside: ['President', 'Executive Vice President'], outside: ['president of its industrial division', 'chief operating officer', 'president of its largest business'], segment: false }],
  [/Financial Officer/, { inside: ['Vice President, Finance', 'Treasurer', 'Vice President, Financial Planning and Analysis'], outside: ['director of finance', 'head of corporate development', 'treasurer'], segment: false }],
  [/Controller|Accounting/, { inside: ['Assistant Controller', 'Director of External Reporting'], outside: ['director of finance', 'assistant controller', 'audit senior manager'], segment: false }],
  [/General Counsel/, { inside: ['Deputy General Counsel', 'Associate General Counsel'], outside: ['associate general counsel', 'senior counsel'], segment: false }],
  [/Human Resources/, { inside: ['Vice President, Human Resources', 'Vice President, Talent and Organization'], outside: ['head of human resources', 'director of talent management'], segment: false }],
  [/Technology|Information/, { inside: ['Vice President, Engineering', 'Vice President, Research and Development'], outside: ['chief information officer', 'director of engineering'], segment: false }],
  [/Operating Officer/, { inside: ['Vice President, Operations', 'Vice President, Supply Chain', 'Vice President and General Manager'], outside: ['plant manager', 'general manager of its European business'], segment: true }],
];

function careerOf(title: string): { inside: string[]; outside: string[]; segment: boolean } {
  return CAREER.find(([re]) => re.test(title))?.[1] ?? { inside: PRIOR, outside: ['general manager of its European business', 'plant manager', 'head of corporate development'], segment: true };
}

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
    const career = careerOf(o.title);
    const where = career.segment ? ` of {our|the} ${seg} {segment|business}` : '';
    return [
      ctx.say(`${o.name}, ${o.age + y.year - c.firstYear}, {has served as|has been} ${o.title} since ${o.since}.`),
      ctx.say(`{Before that|Previously}, ${last} {was|served as} ${r.pick(career.inside)}${where} from ${joined} to ${o.since}{, after joining the Company in ${joined}|}.`),
      ctx.say(`{Earlier|Before joining ${c.short}}, ${last} spent ${outsideYears(r.int(6, 18), o.age + joined - c.firstYear)} years at ${outside}{, most recently as ${r.pick(career.outside)}|}.`),
    ];
  });
}

/** Years at an earlier employer, no more than the officer can have worked by the age they joined us (from 23). */
function outsideYears(drawn: number, ageWhenJoined: number): number {
  return Math.max(2, Math.min(drawn, ageWhenJoined - 23));
}
