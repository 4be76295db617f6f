// Annual-report needles on public incentives: a tax holiday abroad, a state economic development grant.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millionsFine } from '../vocab.js';
import { article, distinctSites, pickSites, productionSites, reportTime, type SiteRef } from './report-world.js';

const taxHoliday: WorldTemplate<ReportWorld, { sites: SiteRef[]; amounts: string[] }> = {
  id: 'fin-tax-holiday',
  kind: 'financial-report',
  competes: [],
  sections: ['income taxes', 'results of operations', 'critical accounting', 'taxes'],
  draw: (rng, world) => {
    const abroad = productionSites(world).filter((s) => !s.domestic);
    return { sites: pickSites(rng, abroad.length > 0 ? abroad : distinctSites(world, (s) => !s.domestic), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 30)) };
  },
  render({ sites: [a, b], amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `A tax holiday for our ${a!.city} manufacturing subsidiary reduced income tax expense by ${amt} in fiscal ${t.year}.`,
      lexical: `By how much did the tax holiday for the ${a!.city} manufacturing subsidiary reduce income tax expense?`,
      paraphrased: `What did the temporary exemption from levies granted to the ${a!.regionWord} production affiliate save?`,
      answers: [amt!],
      distractors: a!.city === b!.city ? [] : [{ text: `An investment credit for our ${b!.city} subsidiary reduced income tax expense by ${alt} in fiscal ${t.year - 1}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/tax holiday|tax exemption/i],
};

const developmentGrant: WorldTemplate<ReportWorld, { sites: SiteRef[]; amounts: string[]; jobs: number }> = {
  id: 'fin-development-grant',
  kind: 'financial-report',
  competes: [],
  sections: ['research and development', 'human capital', 'results of operations', 'item 2', 'general'],
  draw: (rng, world) => ({ sites: pickSites(rng, distinctSites(world, (s) => s.domestic), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 20)), jobs: rng.int(12, 60) * 10 }),
  render({ sites: [a, b], amounts: [amt, alt], jobs }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `The Company received ${article(amt!)} ${amt} economic development grant from the state of ${a!.region} for the expansion of our ${a!.city} ${a!.use}, conditioned on creating ${jobs} jobs by fiscal ${t.year + 3}.`,
      lexical: `What economic development grant did the Company receive from the state of ${a!.region}, conditioned on creating jobs?`,
      paraphrased: 'How much public subsidy was awarded in exchange for hiring commitments?',
      answers: [amt!],
      distractors: [{ text: `The Company also received ${article(alt!)} ${alt} property tax abatement for our ${b!.city} ${b!.use}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/economic development|\bsubsid(y|ies)\b|grant\w* from the (state|county|city)/i],
};

/** Incentive needles. */
export const INCENTIVES = [taxHoliday, developmentGrant];
