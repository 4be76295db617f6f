// Item 1A risk factors (headings and warning paragraphs), 1B and 1C cybersecurity.
import type { Block } from '../../types.js';
import { loadHaystackData, type Vars } from '../data.js';
import type { ReportContext } from './context.js';

interface Theme { heading: string[]; subj: string[]; cause: string[]; effect: string[]; resp: string[] }
interface Risks { frames: string[]; adv: string[]; categories: Array<{ title: string; themes: Theme[] }> }

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
      const headings = rng.sample(theme.heading, rng.chance(0.5) ? 2 : 1);
      for (const h of headings) {
        const vars: Vars = { subj: theme.subj, cause: theme.cause, effect: theme.effect, resp: theme.resp, adv: data.adv };
        yield ctx.heading(ctx.say(h, vars).replace(/\.$/, '') + '.');
        const paras = rng.int(2, 4);
        for (let k = 0; k < paras; k++) {
          const frames = rng.sample(data.frames, rng.int(3, 5));
          yield ctx.para(frames.map((f) => ctx.say(f, vars)));
        }
      }
    }
  }
  yield ctx.heading('Item 1B. Unresolved Staff Comments', true);
  yield ctx.meta('None.');
  yield ctx.heading('Item 1C. Cybersecurity', true);
  const cv = { cisoYears: rng.int(12, 28) };
  yield ctx.heading('Risk Management and Strategy');
  yield ctx.fromList('cyber', 4, cv);
  yield ctx.heading('Governance');
  yield ctx.fromList('cyber', 3, cv);
  void y;
}
