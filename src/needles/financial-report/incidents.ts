// Annual-report needles on incidents of the year: a breach of the payroll system, flood damage at a named site.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millions, millionsFine } from '../vocab.js';
import { distinctSites, monthInYear, pickSites, reportTime, type SiteRef } from './report-world.js';

const cyberIncident: WorldTemplate<ReportWorld, { amounts: string[]; when: number }> = {
  id: 'fin-cyber-incident',
  kind: 'financial-report',
  competes: ['cyber.no-incident'],
  sections: ['item 1c', 'risks related to our operations', 'item 9a', 'results of operations'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => millionsFine(r, 1, 19)), when: rng.float(0.1, 0.8) }),
  render({ amounts: [amt, alt], when }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `In ${monthInYear(t, when)}, the Company detected unauthorized access to its payroll system and recorded ${amt} in remediation costs.`,
      lexical: 'What remediation costs did the Company record after detecting unauthorized access to its payroll system?',
      paraphrased: 'What did it take to clean up after intruders broke into the salary software?',
      answers: [amt!],
      distractors: [{ text: `A separate phishing attempt on the customer order portal, contained within a day, cost ${alt} to investigate.`, answers: [alt!] }],
    };
  },
  rivals: () => [/unauthorized access|intrusion|cyber\w*[- ](attack|incident)|breach of (our|its) (systems|network)/i],
};

const insuranceRecovery: WorldTemplate<ReportWorld, { sites: SiteRef[]; amounts: string[] }> = {
  id: 'fin-insurance-recovery',
  kind: 'financial-report',
  competes: [],
  sections: ['item 2', 'results of operations', 'note 21', 'reportable segments', 'risks related to our business and industry'],
  draw: (rng, world) => ({ sites: pickSites(rng, distinctSites(world), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 45)) }),
  render({ sites: [a, b], amounts: [amt, alt] }) {
    return {
      text: `Insurance proceeds of ${amt} were received for flood damage at our ${a!.city} ${a!.use}.`,
      lexical: `What insurance proceeds were received for flood damage at the ${a!.city} ${a!.use}?`,
      paraphrased: `How much did underwriters pay out after high water ruined the ${a!.regionWord} ${a!.useGloss}?`,
      answers: [amt!],
      distractors: [{ text: `Insurance proceeds of ${alt} were received for storm damage at our ${b!.city} ${b!.use}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/insurance (proceeds|recover)/i],
};

/** Incident needles. */
export const INCIDENTS = [cyberIncident, insuranceRecovery];
