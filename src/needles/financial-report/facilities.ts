// Annual-report needles on the company's sites: a new headquarters lease, a plant closure, job cuts at a site, two code-named projects.
import type { ReportWorld } from '../../haystack/financial-report/world.js';
import { restructuringSite } from '../../haystack/financial-report/figures/operations.js';
import type { WorldTemplate } from '../template.js';
import { codeWord, distinct, millions, millionsFine } from '../vocab.js';
import { distinctSites, monthAfterYearEnd, monthInYear, pickSites, productionSites, reportTime, timeOf, type SiteRef } from './report-world.js';

const headquartersLease: WorldTemplate<ReportWorld, { amounts: string[]; years: number[]; when: number; warehouse: SiteRef }> = {
  id: 'fin-headquarters-lease',
  kind: 'financial-report',
  competes: [],
  sections: ['item 2', 'leases', 'subsequent events', 'general', 'liquidity'],
  draw: (rng, world) => ({
    amounts: distinct(rng, 2, (r) => millionsFine(r, 2, 14)),
    years: [rng.int(10, 15), rng.int(5, 9)],
    when: rng.next(),
    warehouse: rng.pick(distinctSites(world)),
  }),
  render({ amounts: [amt, alt], years: [years, other], when, warehouse }, world, place) {
    const t = reportTime(world, place);
    const hq = world.company.hqCity;
    return {
      text: `In ${monthAfterYearEnd(t, when)}, the Company signed a ${years}-year lease for a new headquarters building in ${hq}, with annual base rent of ${amt}, and expects to relocate its corporate staff there in fiscal ${t.year + 2}.`,
      lexical: `What annual base rent will the Company pay under the lease it signed for a new headquarters building in ${hq}?`,
      paraphrased: 'What will the yearly payment be for occupying the main offices the firm is moving into?',
      answers: [amt!],
      distractors: [{ text: `The Company also signed a ${other}-year lease for additional warehouse space near our ${warehouse.city} ${warehouse.use}, with annual base rent of ${alt}.`, answers: [alt!] }],
    };
  },
  rivals: () => [/headquarters.{0,100}(rent|lease payment)/i],
};

const plantClosure: WorldTemplate<ReportWorld, { sites: SiteRef[]; amounts: string[] }> = {
  id: 'fin-plant-closure',
  kind: 'financial-report',
  competes: ['restructuring.plant-consolidation'],
  sections: ['restructuring', 'results of operations', 'item 2', 'risks related to our operations', 'reportable segments'],
  draw: (rng, world) => {
    const avoid = restructuringSite(world.company).city;
    return { sites: pickSites(rng, productionSites(world).filter((s) => s.city !== avoid), 1), amounts: distinct(rng, 2, (r) => millionsFine(r, 3, 30)) };
  },
  render({ sites: [a], amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    return {
      text: `Management committed to a plan to close the ${a!.city} ${a!.use} by the end of fiscal ${t.year + 1} and expects severance costs of approximately ${amt}.`,
      lexical: `What severance costs does management expect from the plan to close the ${a!.city} ${a!.use}?`,
      paraphrased: `What will payouts to dismissed workers come to when the ${a!.regionWord} ${a!.useGloss} shuts down?`,
      answers: [amt!],
      distractors: [{ text: `Management also expects severance costs of approximately ${alt} from consolidating salaried functions at headquarters.`, answers: [alt!] }],
    };
  },
  rivals: () => [/(clos|consolidat|shut)\w* .{0,80}(plant|factory|facility|site).{0,120}severance|severance.{0,120}(clos|consolidat|shut)\w* .{0,60}(plant|factory|facility|site)/i],
};

const headcountReduction: WorldTemplate<ReportWorld, { sites: SiteRef[]; shares: number[] }> = {
  id: 'fin-headcount-reduction',
  kind: 'financial-report',
  competes: [],
  sections: ['restructuring', 'human capital', 'results of operations', 'risks related to our operations'],
  draw: (rng, world) => ({ sites: pickSites(rng, productionSites(world), 2), shares: [rng.float(0.12, 0.3), rng.float(0.05, 0.11)] }),
  render({ sites: [a, b], shares }, world, place) {
    const t = reportTime(world, place);
    // The cut is a share of the people the site employs (as Item 2 prints it), the same count in every report.
    const staff = (s: SiteRef) => Math.round((world.books(world.calendar.firstYear).headcount * world.profile.plants[s.index]!.staffShare) / 1000);
    const cut = (s: SiteRef, f: number) => String(Math.max(12, Math.round(staff(s) * f)));
    const n = cut(a!, shares[0]!);
    const m = cut(b!, shares[1]!);
    return {
      text: `As part of the restructuring, the Company eliminated ${n} positions at its ${a!.city} ${a!.use} during fiscal ${t.year}.`,
      lexical: `How many positions did the Company eliminate at its ${a!.city} ${a!.use} as part of the restructuring?`,
      paraphrased: `How many jobs were cut at the ${a!.regionWord} ${a!.useGloss}?`,
      answers: [n],
      distractors: m === n ? [] : [{ text: `The Company also eliminated ${m} positions at its ${b!.city} ${b!.use}.`, answers: [m] }],
    };
  },
  rivals: () => [/(eliminat|cut|reduc)\w* .{0,30}(positions|jobs|roles)/i],
};

const codeNameExpansion: WorldTemplate<ReportWorld, { sites: SiteRef[]; codes: string[]; amounts: string[] }> = {
  id: 'fin-code-name-capex',
  kind: 'financial-report',
  twoHop: true,
  competes: [],
  sections: ['liquidity', 'item 2', 'results of operations', 'reportable segments', 'raw materials'],
  draw: (rng, world) => ({ sites: pickSites(rng, distinctSites(world), 2), codes: distinct(rng, 2, (r) => `Project ${codeWord(r)}`), amounts: distinct(rng, 2, (r) => millions(r, 12, 95)) }),
  render({ sites: [a, b], codes: [code, other], amounts: [amt, alt] }, world, place) {
    const t = reportTime(world, place);
    const say = (c: string, v: string) => `Capital expenditures for ${c} are budgeted at ${v} for fiscal ${t.year + 1}.`;
    return {
      companions: [`Internally, the planned expansion of our ${a!.city} ${a!.use} is referred to as ${code}.`],
      text: say(code!, amt!),
      // The lexical question names the code name (keyword matching reaches the figure); the paraphrased one needs both hops.
      lexical: `What capital expenditures are budgeted for ${code}?`,
      paraphrased: `How much will be spent enlarging the ${a!.regionWord} ${a!.useGloss}?`,
      answers: [amt!],
      distractors: [{ text: `${say(other!, alt!)} ${other} covers the refurbishment of our ${b!.city} ${b!.use}.`, answers: [alt!] }],
    };
  },
  rivals: ({ sites: [a] }) => [new RegExp(`expan\\w* .{0,60}${a!.city}|${a!.city}.{0,60}expan`, 'i')],
};

const codeNameDataCenter: WorldTemplate<ReportWorld, { site: SiteRef; codes: string[]; amounts: string[]; opens: number }> = {
  id: 'fin-code-name-data-center',
  kind: 'financial-report',
  twoHop: true,
  competes: [],
  sections: ['contingencies', 'liquidity', 'item 1c', 'item 2', 'risks related to our operations'],
  draw: (rng, world) => ({ site: rng.pick(distinctSites(world, (s) => !s.domestic)), codes: distinct(rng, 2, (r) => `Project ${codeWord(r)}`), amounts: distinct(rng, 2, (r) => millions(r, 30, 400)), opens: rng.next() }),
  render({ site, codes: [code, other], amounts: [amt, alt], opens }, world, place) {
    const t = reportTime(world, place);
    const say = (c: string, v: string) => `Purchase obligations at year end included ${v} of server and networking equipment for ${c}.`;
    return {
      companions: [`${code} is the Company's planned data center in ${site.city}, scheduled to open in ${monthInYear(timeOf(world, t.year + 2), opens)}.`],
      text: say(code!, amt!),
      lexical: `What purchase obligations for server and networking equipment did the Company have for its planned data center in ${site.city}?`,
      paraphrased: `What has been pledged for computing hardware destined for the ${site.regionWord} facility housing the firm's machines?`,
      answers: [amt!],
      distractors: [{ text: say(other!, alt!), answers: [alt!] }],
    };
  },
  rivals: () => [/data cent(er|re)/i],
};

/** Site needles. */
export const FACILITIES = [headquartersLease, plantClosure, headcountReduction, codeNameExpansion, codeNameDataCenter];
