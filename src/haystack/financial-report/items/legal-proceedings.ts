// Writes Items 3 (Legal Proceedings: each pending matter and where it stands) and 4 (Mine Safety Disclosures).
import { isPatentMatter, reportedMatters } from '../writing/legal-matters.js';
import type { LegalMatter } from '../profile.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** A procedural sentence for a pending matter, fixed by the matter and the year. */
export function legalHistory(ctx: ReportContext, m: LegalMatter): string {
  const r = yearRng(ctx.c, ctx.y.year, `legal-${m.docket}`);
  const age = ctx.y.year - m.filed;
  if (age <= 0) return '';
  return ctx.say(`{The parties exchanged|During fiscal ${ctx.y.year}, the parties exchanged} ${r.int(2, 40) * 1000} pages of documents and {took|completed} ${r.int(3, 14)} depositions{, and the plaintiff retained ${r.int(1, 3)} expert witnesses|}.`);
}

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

/** Items 3 and 4. */
export function* renderLegalProceedings(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  yield ctx.heading('Item 3. Legal Proceedings', true);
  yield ctx.fromList('legal_intro', 2);
  const active = reportedMatters(ctx).filter((m) => m.filed <= y.year && m.resolved >= y.year);
  for (const m of active) {
    const accrual = Math.round(m.claimM * yearRng(c, y.year, m.docket).float(0.04, 0.25));
    if (isPatentMatter(m)) ctx.states('legal.patent-matters');
    yield ctx.heading(m.caption);
    yield ctx.para([
      ctx.say(`In ${m.filedMonth} ${m.filed}, {a complaint captioned|an action styled} ${m.caption} (Case ${m.docket}) was filed {against us |}in the ${m.court}.`),
      ctx.say(`The {case|complaint} ${m.nature}{, and the plaintiff seeks damages of {approximately|up to} $${amount(m.claimM)} million| and seeks $${amount(m.claimM)} million in damages|}.`),
      ctx.say(stage(m, y.year)),
      m.resolved === y.year ? '' : legalHistory(ctx, m),
      m.resolved === y.year ? '' : ctx.say(`{At|As of} <fyEnd>, we had accrued $${amount(accrual)} million for this matter{, which represents our best estimate of the probable loss|, and we do not believe a loss materially above that amount is reasonably possible|}.`),
    ]);
  }
  if (active.length === 0) yield ctx.para([ctx.say(`{We are not|The Company is not} a party to any pending legal proceeding {that we believe is material|that management considers material} {to our business or financial condition|to our financial position, results of operations or cash flows}{ at <fyEnd>|}.`)]);
  yield ctx.para([ctx.say('{See|Refer to} Note <note> {to the consolidated financial statements|, Commitments and Contingencies,} for {additional information|further discussion}{ about these matters| on legal proceedings|}.', { note: CONTINGENCIES_NOTE })]);
  yield ctx.heading('Item 4. Mine Safety Disclosures', true);
  yield ctx.meta('Not applicable.');
}
