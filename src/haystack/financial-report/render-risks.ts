// Item 1A risk factors (headings and warning paragraphs), 1B and 1C cybersecurity.
import type { Block } from '../../types.js';
import { loadHaystackData, type Vars } from '../data.js';
import type { ReportContext } from './context.js';
import { cyberDetail } from './render-more.js';
import { segmentRisks } from './render-more-d.js';
import { riskFacts } from './risk-facts.js';

interface Theme { id: string; heading: string[]; subj: string[]; cause: string[]; effect: string[]; resp: string[] }
interface Risks { frames: string[]; adv: string[]; categories: Array<{ title: string; themes: Theme[] }> }

/** A risk-factor heading: drawn fresh every year (headings repeat across reports, as in real filings), without end punctuation. */
export function riskHeading(ctx: ReportContext, template: string, vars: Vars = {}): string {
  return ctx.g.sentence(ctx.rng, template, { ...ctx.vars, ...vars }).replace(/[.\s]+$/, '');
}

/** Items 1A, 1B and 1C of one year's report. */
export function* renderRisks(ctx: ReportContext): Generator<Block> {
  const { rng, y } = ctx;
  const data = loadHaystackData<Risks>('financial-report/risks.json');
  yield ctx.heading('Item 1A. Risk Factors', true);
  yield ctx.para([
    ctx.say('{Our business|An investment in our securities} {involves|is subject to} {risks|a number of risks}{, many of which are beyond our control|}.'),
    ctx.say('{You should carefully consider|Investors should carefully consider} the {risks|risk factors} described below{, together with the other information in this report,| and the other information in this report} {before investing in our securities|in evaluating our business}.'),
    ctx.say('{Additional risks|Risks} {not presently known to us|that we currently consider immaterial} {could also|may also} {affect|impair} our {business|operations} in fiscal <nextYear> and beyond.'),
  ]);
  for (const cat of data.categories) {
    yield ctx.heading(cat.title);
    for (const theme of cat.themes) {
      const vars: Vars = { subj: theme.subj, cause: theme.cause, effect: theme.effect, resp: theme.resp, adv: data.adv };
      const [h1, h2] = rng.shuffle(theme.heading);
      yield ctx.heading(riskHeading(ctx, h1!, vars));
      // Facts first (the company's own plants, customers and figures), then how the risk would play out.
      const facts = riskFacts(ctx, theme.id).filter((f) => f !== '').map((f) => ctx.say(f, vars));
      const frames = rng.shuffle(data.frames);
      const take = (n: number) => frames.splice(0, n).map((f) => ctx.say(f, vars));
      const split = rng.int(1, Math.max(1, facts.length - 1));
      yield ctx.para([...facts.slice(0, split), ...take(rng.int(2, 3))]);
      yield ctx.para([...facts.slice(split), ...take(rng.int(2, 4))]);
      if (h2) {
        yield ctx.heading(riskHeading(ctx, h2, vars));
        yield ctx.para(take(rng.int(3, 4)));
      }
      yield ctx.para(take(rng.int(3, 4)));
      yield ctx.para(take(rng.int(2, 4)));
      if (rng.chance(0.5)) yield ctx.para(take(rng.int(2, 3)));
    }
  }
  yield* segmentRisks(ctx);
  yield ctx.heading('Item 1B. Unresolved Staff Comments', true);
  yield ctx.meta('None.');
  yield ctx.heading('Item 1C. Cybersecurity', true);
  const cv = { cisoYears: rng.int(12, 28) };
  yield ctx.heading('Risk Management and Strategy');
  yield ctx.fromList('cyber', 4, cv);
  yield ctx.heading('Governance');
  yield ctx.fromList('cyber', 3, cv);
  yield* cyberDetail(ctx);
  void y;
}
