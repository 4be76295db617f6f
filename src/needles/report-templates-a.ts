// Annual-report needle templates, part one: compensation, dividends, debt, litigation, facilities.
import type { NeedleTemplate } from './template.js';
import { cents, cities, codeWord, date, distinct, millions, multiple, place, segments, surname } from './vocab.js';

const retentionBonus: NeedleTemplate = {
  id: 'fin-retention-bonus',
  kind: 'financial-report',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 1, 15));
    const say = (city: string, v: string) =>
      `The audit committee approved a ${v} retention bonus for the ${city} plant manager, payable in two installments.`;
    return {
      text: say(a!.city, amt!),
      lexical: `What retention bonus did the audit committee approve for the ${a!.city} plant manager?`,
      paraphrased: `How much money was set aside to keep the person running the ${a!.adj} factory from leaving?`,
      answers: [amt!],
      distractors: [{ text: say(b!.city, alt!), answers: [alt!] }],
    };
  },
};

const specialDividend: NeedleTemplate = {
  id: 'fin-special-dividend',
  kind: 'financial-report',
  build(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => cents(r, 21, 189));
    const declared = date(rng, [2026]);
    return {
      text: `On ${declared}, subsequent to year end, the Board of Directors declared a special cash dividend of ${amt} per share.`,
      lexical: 'What special cash dividend per share did the Board of Directors declare subsequent to year end?',
      paraphrased: 'After the books closed, what one-off payout is each stockholder entitled to receive?',
      answers: [amt!],
      distractors: [{ text: `The Board of Directors also maintained the regular quarterly cash dividend of ${alt} per share.`, answers: [alt!] }],
    };
  },
};

const leverageCovenant: NeedleTemplate = {
  id: 'fin-leverage-covenant',
  kind: 'financial-report',
  build(rng) {
    const bank = `${place(rng)} Bank`;
    const lev = multiple(rng, 3, 5);
    const cov = multiple(rng, 2, 3);
    return {
      text: `Under the amended revolving credit agreement with ${bank}, the maximum consolidated net leverage ratio was set at ${lev} through fiscal 2027.`,
      lexical: `What maximum consolidated net leverage ratio was set under the amended revolving credit agreement with ${bank}?`,
      paraphrased: 'What ceiling on debt relative to earnings must be respected under the loan deal as modified?',
      answers: [lev],
      distractors: [
        { text: `Under the same revolving credit agreement, the minimum interest coverage ratio was set at ${cov}.`, answers: [cov] },
      ],
    };
  },
};

const lawsuitAccrual: NeedleTemplate = {
  id: 'fin-lawsuit-accrual',
  kind: 'financial-report',
  build(rng) {
    const plaintiff = `${surname(rng)} Instruments`;
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 40));
    return {
      text: `The Company recorded an accrual of ${amt} for the pending patent infringement lawsuit brought by ${plaintiff}.`,
      lexical: `What accrual did the Company record for the pending patent infringement lawsuit brought by ${plaintiff}?`,
      paraphrased: 'How much was reserved against the likely cost of the intellectual-property dispute with the measuring-device maker?',
      answers: [amt!],
      distractors: [
        { text: `The Company recorded an accrual of ${alt} for the pending wage-and-hour class action brought by former warehouse employees.`, answers: [alt!] },
      ],
    };
  },
};

const codeNameExpansion: NeedleTemplate = {
  id: 'fin-code-name-capex',
  kind: 'financial-report',
  twoHop: true,
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [code, other] = distinct(rng, 2, (r) => `Project ${codeWord(r)}`);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 12, 95));
    const say = (c: string, v: string) => `Capital expenditures for ${c} are budgeted at ${v} for fiscal 2027.`;
    return {
      companions: [`Internally, the planned expansion of the ${a!.city} distribution center is referred to as ${code}.`],
      text: say(code!, amt!),
      // The lexical question names the code name (keyword matching reaches the figure); the paraphrased one needs both hops.
      lexical: `What capital expenditures are budgeted for ${code} for fiscal 2027?`,
      paraphrased: `How much will be spent enlarging the ${a!.adj} warehouse hub?`,
      answers: [amt!],
      distractors: [
        { text: `${say(other!, alt!)} ${other} covers the refurbishment of the ${b!.city} offices.`, answers: [alt!] },
      ],
    };
  },
};

const hqLease: NeedleTemplate = {
  id: 'fin-headquarters-lease',
  kind: 'financial-report',
  build(rng) {
    const town = place(rng);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 14));
    const years = rng.int(10, 15);
    return {
      text: `In March 2026, the Company signed a ${years}-year lease for a new headquarters building in ${town}, with annual base rent of ${amt}.`,
      lexical: `What annual base rent did the Company sign for the new headquarters building lease in ${town}?`,
      paraphrased: 'What will the yearly payment be for occupying the main offices the firm is moving into?',
      answers: [amt!],
      distractors: [
        { text: `The Company also signed a lease for a distribution warehouse in ${place(rng)}, with annual base rent of ${alt}.`, answers: [alt!] },
      ],
    };
  },
};

const plantClosure: NeedleTemplate = {
  id: 'fin-plant-closure',
  kind: 'financial-report',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 3, 30));
    const say = (city: string, v: string) =>
      `Management committed to a plan to close the ${city} assembly plant and expects severance costs of approximately ${v}.`;
    return {
      text: say(a!.city, amt!),
      lexical: `What severance costs does management expect from the plan to close the ${a!.city} assembly plant?`,
      paraphrased: `What will payouts to dismissed workers come to when the ${a!.adj} factory shuts down?`,
      answers: [amt!],
      distractors: [{ text: say(b!.city, alt!), answers: [alt!] }],
    };
  },
};

const goodwillImpairment: NeedleTemplate = {
  id: 'fin-goodwill-impairment',
  kind: 'financial-report',
  build(rng) {
    const [s, t] = segments(rng, 2);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 10, 240));
    const say = (seg: string, v: string) =>
      `The Company recognized a non-cash goodwill impairment charge of ${v} related to its ${seg} reporting unit.`;
    return {
      text: say(s!.name, amt!),
      lexical: `What goodwill impairment charge did the Company recognize for its ${s!.name} reporting unit?`,
      paraphrased: `How big a write-down of acquisition premium was taken on the ${s!.gloss} business?`,
      answers: [amt!],
      distractors: [{ text: say(t!.name, alt!), answers: [alt!] }],
    };
  },
};

const shareRepurchase: NeedleTemplate = {
  id: 'fin-share-repurchase',
  kind: 'financial-report',
  build(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 150, 900));
    return {
      text: `In February 2026, the Board authorized a new share repurchase program of up to ${amt}, replacing the prior authorization.`,
      lexical: 'What new share repurchase program did the Board authorize in February 2026?',
      paraphrased: 'What cap did the directors place on the fresh stock buyback plan that supersedes the old one?',
      answers: [amt!],
      distractors: [
        { text: `The previous share repurchase program, authorized in 2023, had allowed purchases of up to ${alt}.`, answers: [alt!] },
      ],
    };
  },
};

const taxHoliday: NeedleTemplate = {
  id: 'fin-tax-holiday',
  kind: 'financial-report',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 30));
    const say = (city: string, v: string) =>
      `A tax holiday for the Company's ${city} manufacturing subsidiary reduced income tax expense by ${v} in fiscal 2025.`;
    return {
      text: say(a!.city, amt!),
      lexical: `By how much did the tax holiday for the ${a!.city} manufacturing subsidiary reduce income tax expense?`,
      paraphrased: `What did the temporary exemption from levies granted to the ${a!.adj} production affiliate save?`,
      answers: [amt!],
      distractors: [{ text: say(b!.city, alt!), answers: [alt!] }],
    };
  },
};

const warrantyReserve: NeedleTemplate = {
  id: 'fin-warranty-reserve',
  kind: 'financial-report',
  build(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 25));
    return {
      text: `The warranty reserve for the residential heat pump line was increased to ${amt} after field failures of a compressor valve.`,
      lexical: 'To what amount was the warranty reserve for the residential heat pump line increased after the compressor valve failures?',
      paraphrased: 'How much is now held back to cover fixing defective home climate-control appliances?',
      answers: [amt!],
      distractors: [{ text: `The warranty reserve for the commercial water heater line was ${alt} at year end.`, answers: [alt!] }],
    };
  },
};

const cyberIncident: NeedleTemplate = {
  id: 'fin-cyber-incident',
  kind: 'financial-report',
  build(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 1, 19));
    return {
      text: `In October 2025, the Company detected unauthorized access to its payroll system and recorded ${amt} in remediation costs.`,
      lexical: 'What remediation costs did the Company record after detecting unauthorized access to its payroll system?',
      paraphrased: 'What did it take to clean up after intruders broke into the salary software?',
      answers: [amt!],
      distractors: [
        { text: `In 2024, a phishing attack on the customer loyalty database led to ${alt} in remediation costs.`, answers: [alt!] },
      ],
    };
  },
};

const acquisitionPrice: NeedleTemplate = {
  id: 'fin-acquisition-price',
  kind: 'financial-report',
  build(rng) {
    const [target, other] = distinct(rng, 2, surname);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 40, 600));
    return {
      text: `The Company completed its acquisition of ${target} Robotics, a maker of warehouse picking arms, for a purchase price of ${amt} in cash.`,
      lexical: `What purchase price did the Company pay in its acquisition of ${target} Robotics, the maker of warehouse picking arms?`,
      paraphrased: 'What was paid to take over the developer of automated order-fulfillment machines?',
      answers: [amt!],
      distractors: [
        { text: `The Company completed its acquisition of ${other} Analytics, a payroll software provider, for a purchase price of ${alt}.`, answers: [alt!] },
      ],
    };
  },
};

/** Report templates, part one. */
export const REPORT_TEMPLATES_A: NeedleTemplate[] = [
  retentionBonus,
  specialDividend,
  leverageCovenant,
  lawsuitAccrual,
  codeNameExpansion,
  hqLease,
  plantClosure,
  goodwillImpairment,
  shareRepurchase,
  taxHoliday,
  warrantyReserve,
  cyberIncident,
  acquisitionPrice,
];
