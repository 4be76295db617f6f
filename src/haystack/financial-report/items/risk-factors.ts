// Writes Item 1A, Risk Factors: headed warnings by category, each opening with the company's own facts, and the segment-specific risks.
import { loadHaystackData, type Vars } from '../../data.js';
import { riskFacts } from './risk-factors/company-facts.js';
import type { ReportContext } from '../writing/context.js';
import { pct } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Item 1A risks specific to each segment, built from its share of sales, margin, customers, plants and competitors. */
export function* segmentRisks(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pr } = ctx;
  yield ctx.subsection('Risks Related to Our Segments');
  for (const [i, s] of c.segments.entries()) {
    const d = y.seg[i]!;
    const sites = c.properties.filter((x) => x.segment === s.name);
    const biggest = sites.sort((a, b) => b.sqft - a.sqft)[0];
    const m = Math.round((d.oi / d.sales) * 1000);
    const pm = Math.round((p.seg[i]!.oi / p.seg[i]!.sales) * 1000);
    const market = s.markets[(y.year + i) % s.markets.length]!;
    yield ctx.heading(riskHeading(ctx, `{Our|The} ${s.name} {segment|business} {depends on|is exposed to} {conditions|demand} in ${market}{ and on a small number of plants|, which can change quickly|}`));
    yield ctx.para([
      ctx.say(`${s.name} {generated|contributed} ${Math.round((d.sales / y.sales) * 100)}% of fiscal ${y.year} net sales at an operating margin of ${pct(m)}, {compared with|against} ${pct(pm)} in fiscal ${p.year}.`),
      biggest ? ctx.say(`{Much of its output|A large part of its production} comes from ${biggest.city}, ${biggest.region}, {so|and} {a disruption there|an outage at that site} would {be hard to offset|affect the segment more than the Company as a whole}.`) : '',
      ctx.say(`{Its customers include|The segment sells to} ${pr.keyCustomers[i]!.slice(0, 2).join(' and ')}{, and it competes with ${pr.competitors[i]![0]} and ${pr.competitors[i]![1]}|}; {a downturn in ${market}|weaker spending by ${s.customers[0]}} {would reduce|could cut} {volume|its sales} {faster than we could reduce costs|before we could adjust capacity}.`),
    ]);
  }
}

interface Theme { id: string; heading: string[]; subj: string[]; cause: string[]; effect: string[]; resp: string[] }

interface Risks { frames: string[]; adv: string[]; categories: Array<{ title: string; themes: Theme[] }> }

/** A risk-factor heading: drawn fresh every year (headings repeat across reports, as in real filings), without end punctuation. */
export function riskHeading(ctx: ReportContext, template: string, vars: Vars = {}): string {
  return ctx.g.sentence(ctx.rng, template, { ...ctx.vars, ...vars }).replace(/[.\s]+$/, '');
}

/** Item 1A. */
export function* renderRiskFactors(ctx: ReportContext): Generator<Block> {
  const { rng } = ctx;
  const data = loadHaystackData<Risks>('financial-report/risks.json');
  yield ctx.heading('Item 1A. Risk Factors', true);
  yield ctx.para([
    ctx.say('{Our business|An investment in our securities} {involves|is subject to} {risks|a number of risks}{, many of which are beyond our control|}.'),
    ctx.say('{You should carefully consider|Investors should carefully consider} the {risks|risk factors} described below{, together with the other information in this report,| and the other information in this report} {before investing in our securities|in evaluating our business}.'),
    ctx.say('{Additional risks|Risks} {not presently known to us|that we currently consider immaterial} {could also|may also} {affect|impair} our {business|operations} in fiscal <nextYear> and beyond.'),
  ]);
  for (const cat of data.categories) {
    yield ctx.subsection(cat.title);
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
}
