// Which of the company's lawsuits a report describes (Item 3, Note 18 and the litigation risk factor agree on them).
import type { LegalMatter } from '../profile.js';
import type { ReportContext } from './context.js';

/** The matters this report may describe: all of them, or none of the patent suits when a needle competes with one. */
export function reportedMatters(ctx: ReportContext): LegalMatter[] {
  if (!ctx.omit.has('legal.patent-matters')) return ctx.pr.matters;
  return ctx.pr.matters.filter((m) => !isPatentMatter(m));
}

/** True for a patent infringement suit. */
export function isPatentMatter(m: LegalMatter): boolean {
  return /patent/i.test(m.nature);
}
