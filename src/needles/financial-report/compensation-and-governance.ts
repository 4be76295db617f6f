// Annual-report needles on pay and the auditor: a retention bonus at a named plant, the CEO's target incentive, the audit fee.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import type { WorldTemplate } from '../template.js';
import { distinct, millionsFine } from '../vocab.js';
import { article, officer, pickSites, productionSites, reportTime, type SiteRef } from './report-world.js';

const COMMITTEE = 'Compensation and Human Capital Committee';

const retentionBonus: WorldTemplate<ReportWorld, { sites: SiteRef[]; amounts: string[] }> = {
  id: 'fin-retention-bonus',
  kind: 'financial-report',
  competes: [],
  sections: ['human capital', 'results of operations', 'item 11', 'personnel'],
  draw: (rng, world) => ({ sites: pickSites(rng, productionSites(world), 2), amounts: distinct(rng, 2, (r) => millionsFine(r, 1, 9)) }),
  render({ sites: [a, b], amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    const say = (s: SiteRef, v: string) => `The ${COMMITTEE} approved ${article(v)} ${v} retention bonus for the manager of our ${s.city} ${s.use}, payable in two installments in fiscal ${t.year + 1}.`;
    return {
      text: say(a!, amt!),
      lexical: `What retention bonus did the ${COMMITTEE} approve for the manager of the ${a!.city} ${a!.use}?`,
      paraphrased: `How much money was set aside to keep the person running the ${a!.regionWord} ${a!.useGloss} from leaving?`,
      answers: [amt!],
      distractors: [{ text: say(b!, alt!), answers: [alt!] }],
    };
  },
  rivals: () => [/retention (bonus|award)/i],
};

const ceoIncentive: WorldTemplate<ReportWorld, { pcts: string[] }> = {
  id: 'fin-ceo-incentive',
  kind: 'financial-report',
  competes: [],
  sections: ['item 11', 'item 10', 'executive officers', 'human capital'],
  // Whole percents from 100% to 240%: no single target is a good guess (at most 1 in 50).
  draw: (rng) => ({ pcts: distinct(rng, 2, (r) => `${r.int(100, 240)}%`) }),
  render({ pcts: [ceo, cfo] }, world, place) {
    const t = reportTime(world, place);
    const ceoName = officer(world, 'Chief Executive Officer');
    const cfoName = officer(world, 'Chief Financial Officer');
    return {
      text: `The ${COMMITTEE} set ${ceoName}'s target annual incentive for fiscal ${t.year + 1} at ${ceo} of base salary.`,
      lexical: `What target annual incentive, as a share of base salary, did the ${COMMITTEE} set for ${ceoName}?`,
      paraphrased: 'How large a yearly bonus, relative to fixed pay, can the top boss earn at goal?',
      answers: [ceo!],
      distractors: [{ text: `The committee set ${cfoName}'s target annual incentive at ${cfo} of base salary.`, answers: [cfo!] }],
    };
  },
  rivals: () => [/target (annual )?(incentive|bonus)/i],
};

const auditFees: WorldTemplate<ReportWorld, { amounts: string[] }> = {
  id: 'fin-audit-fees',
  kind: 'financial-report',
  competes: ['auditor.fees'],
  sections: ['item 14', 'item 9a', 'item 10'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 9)) }),
  render({ amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    const firm = world.company.auditor;
    return {
      text: `Fees billed by ${firm} for the annual audit of our fiscal ${t.year} financial statements and internal control totaled ${amt}.`,
      lexical: `What did the fees billed by ${firm} for the annual audit total?`,
      paraphrased: 'What did the outside accountants charge to examine the yearly books?',
      answers: [amt!],
      distractors: [{ text: `Fees billed by ${firm} for tax compliance and advisory services totaled ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/audit fees|fees billed|fees (paid|charged) (to|by) .{0,40}(LLP|auditor)/i],
};

/** Compensation and governance needles. */
export const COMPENSATION_AND_GOVERNANCE = [retentionBonus, ceoIncentive, auditFees];
