// Writes Item 1A, Risk Factors: headed warnings by category, each opening with the company's own facts, and the segment-specific risks.
import { loadHaystackData, type Vars } from '../../data.js';
import { isService, makesGoods } from '../profile.js';
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
    const sites = c.properties.filter((x) => x.segment === s.name && makesGoods(x.use));
    const biggest = sites.sort((a, b) => b.sqft - a.sqft)[0];
    const m = Math.round((d.oi / d.sales) * 1000);
    const pm = Math.round((p.seg[i]!.oi / p.seg[i]!.sales) * 1000);
    const market = s.markets[(y.year + i) % s.markets.length]!;
    yield ctx.heading(riskHeading(ctx, `{Our|The} ${s.name} {segment|business} {depends on {conditions|demand} in ${market}{ and on a small number of plants|}|is exposed to {conditions|demand} in ${market}{, which can change quickly|}}`));
    yield ctx.para([
      ctx.say(`${s.name} {generated|contributed} ${Math.round((d.sales / y.sales) * 100)}% of fiscal ${y.year} net sales at an operating margin of ${pct(m)}, {compared with|against} ${pct(pm)} in fiscal ${p.year}.`),
      biggest ? ctx.say(`{Much of its output|A large part of its production} comes from ${biggest.city}, ${biggest.region}, {so|and} {a disruption there|an outage at that site} would {be hard to offset|affect the segment more than the Company as a whole}.`) : '',
      ctx.say(`{Its customers include|The segment sells to} ${pr.keyCustomers[i]!.slice(0, 2).join(' and ')}{, and it competes with ${pr.competitors[i]![0]} and ${pr.competitors[i]![1]}|}; {a downturn in ${market}|weaker spending by ${s.customers[0]}} {would reduce|could cut} {volume|its sales} {faster than we could reduce costs|before we could adjust capacity}.`),
    ]);
  }
}

/** A risk theme: its causes pair with the effects listed for them (else the theme's general effects); only insurable causes meet the insurance frame. */
interface Theme { /** Causes of the second heading's subject, when it has its own ("Goodwill" after "Pensions"). */ cause2?: string[]; /** Its subjects and responses, when it has its own. */ subj2?: string[]; resp2?: string[]; id: string; /** The theme's name as a part of Item 1A ("Indebtedness"). */ topic: string; /** The part its second heading opens, when that is another subject ("Goodwill" after "Pensions"). */ topic2?: string; heading: string[]; /** Things the business depends on; empty where no "we depend on" sentence makes sense. */ subj: string[]; cause: string[]; effect: string[]; resp: string[]; effectsFor?: Record<string, string[]>; insurable?: string[]; /** Frame kinds (FRAME_KINDS) that make no sense for the theme. */ avoid?: string[] }

/** Kinds of frame a theme can avoid where they read as nonsense (a stock-price risk "during our busiest quarter"). */
const FRAME_KINDS: Record<string, RegExp> = {
  timing: /^\{The timing matters/, history: /^\{In recent years/, depend: /^We depend on <subj>/, central: /^\{We expect\|We anticipate\|It is likely\} that <subj>/,
  example: /^For example/, others: /^\{Competitors\||^\{Companies like ours/, efforts: /^\{Efforts\|/,
};

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
  const goods = ctx.c.segments.flatMap((s) => s.products).filter((p) => !isService(p));
  for (const cat of data.categories) {
    yield ctx.subsection(cat.title);
    for (const first of cat.themes) {
      let theme = first;
      // A recall or a defect is of a product we make, not of a service we sell.
      const varsOf = (t: Theme): Vars => ({ subj: t.subj, cause: t.cause, effect: t.effect, resp: t.resp, adv: data.adv, product: goods });
      let vars = varsOf(theme);
      // The first heading is the one the company's facts belong to (pension facts under the pension heading).
      const [h1, h2] = theme.heading;
      // Each theme is a part of Item 1A of its own ("Financial and Tax Risks: Indebtedness"), so needles can fit one theme.
      yield ctx.subsection(riskHeading(ctx, h1!, vars), `${cat.title}: ${theme.topic}`);
      // Facts first (the company's own plants, customers and figures), then how the risk would play out.
      const facts = riskFacts(ctx, theme.id).filter((f) => f !== '').map((f) => ctx.say(f, vars));
      const frames = rng.shuffle(data.frames.filter((f) => !(theme.avoid ?? []).some((kind) => FRAME_KINDS[kind]!.test(f))));
      // A frame naming a cause gets one cause and the effects that follow from it; insurance frames only insurable causes.
      const sayFrame = (f: string): string => {
        // A theme without things we depend on (governance) skips the frames that need one.
        if (f.includes('<subj>') && theme.subj.length === 0) return '';
        if (!f.includes('<cause>')) return ctx.say(f, vars);
        // Other companies and competitors meet only causes that are not ours ("a recall of our pumps", "a change in our dividend").
        const pool = /insurance/i.test(f) ? (theme.insurable ?? []) : FRAME_KINDS.others!.test(f) ? theme.cause.filter((x) => !/\bour\b|<|competitor/.test(x)) : theme.cause;
        if (pool.length === 0) return '';
        // A cause and effect said once per theme: the next frame takes a pairing not yet used where one is left.
        const pairs = pool.flatMap((cause) => (theme.effectsFor?.[cause] ?? theme.effect).map((effect) => `${cause}\u0000${effect}`));
        const fresh = pairs.filter((x) => !used.has(x));
        const pair = rng.pick(fresh.length > 0 ? fresh : pairs);
        used.add(pair);
        const [cause, effect] = pair.split('\u0000') as [string, string];
        return ctx.say(f, { ...vars, cause: [cause], effect: [effect] });
      };
      const used = new Set<string>();
      const take = (n: number) => frames.splice(0, n).map(sayFrame);
      const split = rng.int(1, Math.max(1, facts.length - 1));
      // Few generic sentences per theme: the company's facts carry it, as in a real filing.
      yield ctx.para([...facts.slice(0, split), ...take(rng.int(1, 2))]);
      yield ctx.para([...facts.slice(split), ...take(rng.int(2, 3))]);
      if (h2) {
        yield ctx.subsection(riskHeading(ctx, h2, vars), `${cat.title}: ${theme.topic2 ?? theme.topic}`);
        // A second subject (goodwill after pensions) speaks of its own causes from here on.
        if (theme.cause2) {
          theme = { ...theme, cause: theme.cause2, subj: theme.subj2 ?? theme.subj, resp: theme.resp2 ?? theme.resp };
          vars = varsOf(theme);
        }
        yield ctx.para(take(rng.int(2, 3)));
      }
      yield ctx.para(take(rng.int(2, 4)));
      if (rng.chance(0.5)) yield ctx.para(take(rng.int(2, 3)));
    }
  }
  yield* segmentRisks(ctx);
}
