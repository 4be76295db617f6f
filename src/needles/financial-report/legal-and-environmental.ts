// Annual-report needles on contingencies: a patent suit's accrual, soil remediation next to a named plant.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millions, millionsFine } from '../vocab.js';
import { distinctSites, pickSites, productLines, type LineRef, type SiteRef } from './report-world.js';

const lawsuitAccrual: WorldTemplate<ReportWorld, { rival: string; line: LineRef; amounts: string[]; country: string }> = {
  id: 'fin-lawsuit-accrual',
  kind: 'financial-report',
  competes: ['legal.patent-matters'],
  sections: ['item 3', 'contingencies', 'legal, regulatory and compliance risks', 'intellectual property'],
  draw: (rng, world) => {
    const line = rng.pick(productLines(world));
    return {
      line,
      rival: rng.pick(world.profile.competitors[line.segment.index]!),
      amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 40)),
      country: rng.pick(['Brazil', 'India', 'Turkey', 'Indonesia', 'South Africa']),
    };
  },
  render({ rival, line, amounts: [amt, alt], country }) {
    return {
      text: `The Company recorded an accrual of ${amt} for the pending patent infringement lawsuit brought by ${rival}, which alleges that our ${line.brand} ${line.product} infringe its patents.`,
      lexical: `What accrual did the Company record for the pending patent infringement lawsuit brought by ${rival}?`,
      paraphrased: 'How much was reserved against the likely cost of the intellectual-property fight with a rival?',
      answers: [amt!],
      distractors: [{ text: `The Company recorded an accrual of ${alt} for a pending customs duty dispute in ${country}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/patent\w* (infringement|lawsuit|suit|litigation|claim)|infring\w* .{0,40}patents/i],
};

const remediation: WorldTemplate<ReportWorld, { sites: SiteRef[]; amounts: string[] }> = {
  id: 'fin-environmental-remediation',
  kind: 'financial-report',
  competes: ['environment.remediation-accrual'],
  sections: ['contingencies', 'item 3', 'regulation', 'legal, regulatory and compliance risks', 'sustainability'],
  draw: (rng, world) => ({ sites: pickSites(rng, distinctSites(world, (s) => s.domestic), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 1, 18)) }),
  render({ sites: [a, b], amounts: [amt, alt] }) {
    return {
      text: `The Company accrued ${amt} for soil remediation at a former metal-plating building adjoining our ${a!.city} ${a!.use}, as required by the state environmental agency.`,
      lexical: `How much did the Company accrue for soil remediation at the former metal-plating building adjoining the ${a!.city} ${a!.use}?`,
      paraphrased: `What provision was booked to clean up contaminated ground next to the ${a!.regionWord} ${a!.useGloss}?`,
      answers: [amt!],
      distractors: [{ text: `The Company accrued ${alt} for groundwater monitoring at a closed landfill near our ${b!.city} ${b!.use}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/remediat|contaminat|environmental (accrual|liabilit)/i],
};

/** Litigation and environmental needles. */
export const LEGAL_AND_ENVIRONMENTAL = [lawsuitAccrual, remediation];
