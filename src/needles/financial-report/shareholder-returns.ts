// Annual-report needles on returns to shareholders declared after the year end: a special dividend, a new buyback authorization.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { cents, distinct } from '../vocab.js';
import { dayAfterYearEnd, monthAfterYearEnd, reportTime } from './report-world.js';

const specialDividend: WorldTemplate<ReportWorld, { amounts: string[]; when: number }> = {
  id: 'fin-special-dividend',
  kind: 'financial-report',
  competes: ['subsequent.dividend', 'subsequent.no-other-events'],
  sections: ['subsequent events', 'item 5', 'liquidity', 'overview', 'risks related to our common stock'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => cents(r, 31, 245)), when: rng.next() }),
  render({ amounts: [amt, alt], when }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `On ${dayAfterYearEnd(t, when)}, after the end of fiscal ${t.year}, the Board of Directors declared a special cash dividend of ${amt} per share, payable in addition to the regular quarterly dividend.`,
      lexical: 'What special cash dividend per share did the Board of Directors declare after the end of the fiscal year?',
      paraphrased: 'Once the books closed, what one-off payout is each stockholder entitled to receive?',
      answers: [amt!],
      distractors: [{ text: `At the same meeting, the Board declared the regular quarterly dividend of ${alt} per share.`, answers: [alt!] }],
    };
  },
  rivals: () => [/special (cash )?dividend|one-time dividend/i],
};

const shareRepurchase: WorldTemplate<ReportWorld, { amounts: string[]; when: number }> = {
  id: 'fin-share-repurchase',
  kind: 'financial-report',
  competes: ['equity.repurchase-authorization', 'subsequent.no-other-events'],
  sections: ['item 5', 'subsequent events', 'liquidity', 'overview', "shareholders' equity", 'risks related to our common stock'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => `$${(r.int(41, 299) * 5).toLocaleString('en-US')} million`), when: rng.next() }),
  render({ amounts: [amt, alt], when }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `In ${monthAfterYearEnd(t, when)}, the Board authorized a new share repurchase program of up to ${amt}, replacing the prior authorization.`,
      lexical: 'What new share repurchase program did the Board authorize, replacing the prior authorization?',
      paraphrased: 'What cap did the directors place on the fresh stock buyback plan that supersedes the old one?',
      answers: [amt!],
      distractors: [{ text: `The prior program, approved in fiscal ${t.year - 3}, had allowed repurchases of up to ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/(authoriz|approv)\w* .{0,80}repurchase .{0,60}(up to|of) \$|repurchase (program|authorization) of up to|remained available under/i],
};

/** Dividend and buyback needles. */
export const SHAREHOLDER_RETURNS = [specialDividend, shareRepurchase];
