// Which of the company's lawsuits a report describes (Item 3, Note 18 and the litigation risk factor agree on them).
import type { LegalMatter } from '../profile.js';
import type { ReportContext } from './context.js';

/**
 * The matters this report may describe: all of them, but none of the patent suits when a needle competes with one,
 * and no suit over remediation costs when a needle's remediation accrual would compete with it.
 */
export function reportedMatters(ctx: ReportContext): LegalMatter[] {
  return ctx.pr.matters.filter((m) => !(isPatentMatter(m) && ctx.omit.has('legal.patent-matters')) && !(isRemediationMatter(m) && ctx.omit.has('environment.remediation-accrual')));
}

/** True for a suit over environmental remediation costs. */
export function isRemediationMatter(m: LegalMatter): boolean {
  return /remediation/i.test(m.nature);
}

/** True for a patent infringement suit. */
export function isPatentMatter(m: LegalMatter): boolean {
  return /patent/i.test(m.nature);
}
