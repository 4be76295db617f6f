// Annual-report needles on financing: the credit agreement's leverage limit, notes issued after the year end, pension funding.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millions, multiple, percent, millionsFine } from '../vocab.js';
import { monthAfterYearEnd, reportTime } from './report-world.js';

const leverageCovenant: WorldTemplate<ReportWorld, { limits: string[] }> = {
  id: 'fin-leverage-covenant',
  kind: 'financial-report',
  competes: ['debt.leverage-covenant'],
  sections: ['liquidity', 'note 7', 'financial and tax risks'],
  draw: (rng) => ({ limits: distinct(rng, 2, (r) => multiple(r, 3, 5)) }),
  render({ limits: [lev, alt] }, world, place) {
    const t = reportTime(world, place);
    const bank = world.company.bank;
    return {
      text: `Under the amended credit agreement with ${bank} as administrative agent, the maximum consolidated net leverage ratio was set at ${lev} through fiscal ${t.year + 2}.`,
      lexical: `What maximum consolidated net leverage ratio was set under the amended credit agreement with ${bank}?`,
      paraphrased: 'What ceiling on debt relative to earnings must be respected under the loan deal as modified?',
      answers: [lev!],
      distractors: [{ text: `Before the amendment, the credit agreement had capped the consolidated net leverage ratio at ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/(maximum|covenant|limit\w*|cap\w*|no more than|not exceed\w*).{0,60}leverage ratio|leverage ratio.{0,40}(maximum|no more than|not exceed|limit)/i],
};

const notesCoupon: WorldTemplate<ReportWorld, { rates: string[]; amount: string; when: number; tenor: number }> = {
  id: 'fin-unsecured-notes-coupon',
  kind: 'financial-report',
  competes: ['debt.unsecured-notes', 'subsequent.financing', 'subsequent.no-other-events'],
  sections: ['subsequent events', 'note 7', 'liquidity', 'financial and tax risks', 'overview'],
  draw: (rng) => ({
    rates: distinct(rng, 2, (r) => `${(r.int(25, 63) * 0.125).toFixed(3)}%`),
    amount: `$${(rng.int(10, 36) * 25).toLocaleString('en-US')} million`,
    when: rng.next(),
    tenor: rng.pick([7, 8, 10, 12]),
  }),
  render({ rates: [rate, alt], amount, when, tenor }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `In ${monthAfterYearEnd(t, when)}, after the end of fiscal ${t.year}, the Company issued ${amount} aggregate principal amount of senior unsecured notes due ${t.year + tenor} bearing interest at ${rate}.`,
      lexical: 'At what interest rate do the senior unsecured notes the Company issued after the end of the fiscal year bear interest?',
      paraphrased: 'What coupon will the uncollateralized bonds sold once the books closed pay?',
      answers: [rate!],
      distractors: [{ text: `The Company used part of the proceeds to repay its term loan, which had borne interest at a variable rate of ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/unsecured notes|uncollateralized/i],
};

const pensionContribution: WorldTemplate<ReportWorld, { amounts: string[] }> = {
  id: 'fin-pension-contribution',
  kind: 'financial-report',
  competes: ['pension.expected-contribution'],
  sections: ['pension', 'liquidity', 'critical accounting', 'human capital', 'financial and tax risks'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => millionsFine(r, 3, 60)) }),
  render({ amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `The Company expects to contribute ${amt} to its defined benefit pension plans during fiscal ${t.year + 1}.`,
      lexical: 'How much does the Company expect to contribute to its defined benefit pension plans during the coming fiscal year?',
      paraphrased: 'What sum will be paid into the retirement scheme for former workers in the twelve months ahead?',
      answers: [amt!],
      distractors: [{ text: `The Company also expects to contribute ${alt} to its defined contribution savings plans during fiscal ${t.year + 1}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/expect\w* to contribute|expected contributions?|contributions? .{0,40}(next|coming) (fiscal )?year/i],
};

/** Debt and pension-funding needles. */
export const FINANCING = [leverageCovenant, notesCoupon, pensionContribution];
