// Annual-report needle templates, part two: pensions, notes, customers, restructuring, contingencies, code names.
import type { NeedleTemplate } from './template.js';
import { cities, codeWord, count, date, distinct, millions, percent, place, surname } from './vocab.js';

const pensionContribution: NeedleTemplate = {
  id: 'fin-pension-contribution',
  kind: 'financial-report',
  build(rng) {
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 3, 60));
    return {
      text: `The Company expects to contribute ${amt} to its defined benefit pension plan during fiscal 2026.`,
      lexical: 'How much does the Company expect to contribute to its defined benefit pension plan during fiscal 2026?',
      paraphrased: 'What sum will be paid into the retirement scheme for former workers in the coming year?',
      answers: [amt!],
      distractors: [{ text: `The Company contributed ${alt} to its defined benefit pension plan during fiscal 2025.`, answers: [alt!] }],
    };
  },
};

const unsecuredNotes: NeedleTemplate = {
  id: 'fin-unsecured-notes-coupon',
  kind: 'financial-report',
  build(rng) {
    const [rate, alt] = distinct(rng, 2, (r) => percent(r, 3, 8, 3));
    const amt = millions(rng, 250, 900);
    return {
      text: `The Company issued ${amt} aggregate principal amount of senior unsecured notes due 2033 bearing interest at ${rate}.`,
      lexical: 'At what interest rate are the senior unsecured notes due 2033 bearing interest?',
      paraphrased: 'What coupon is paid on the bonds that are not backed by collateral?',
      answers: [rate!],
      distractors: [{ text: `The senior secured term loan due 2029 bears interest at ${alt}.`, answers: [alt!] }],
    };
  },
};

const customerConcentration: NeedleTemplate = {
  id: 'fin-largest-customer',
  kind: 'financial-report',
  build(rng) {
    const [top, second] = distinct(rng, 2, surname);
    const share = percent(rng, 13, 24);
    const alt = percent(rng, 10, 13);
    return {
      text: `Sales to ${top} Wholesale, the Company's largest customer, accounted for ${share} of consolidated net revenue.`,
      lexical: `What share of consolidated net revenue did sales to ${top} Wholesale, the largest customer, account for?`,
      paraphrased: 'What portion of the total top line came from the single biggest buyer?',
      answers: [share],
      distractors: [
        { text: `Sales to ${second} Stores, the second-largest customer, accounted for ${alt} of consolidated net revenue.`, answers: [alt] },
      ],
    };
  },
};

const headcountReduction: NeedleTemplate = {
  id: 'fin-headcount-reduction',
  kind: 'financial-report',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [n, m] = distinct(rng, 2, (r) => count(r, 120, 880));
    const say = (city: string, v: string) => `As part of the restructuring, the Company eliminated ${v} positions at its ${city} call center.`;
    return {
      text: say(a!.city, n!),
      lexical: `How many positions did the Company eliminate at its ${a!.city} call center as part of the restructuring?`,
      paraphrased: `How many jobs were cut at the ${a!.adj} customer-support phone operation?`,
      answers: [n!],
      distractors: [{ text: say(b!.city, m!), answers: [m!] }],
    };
  },
};

const environmentalRemediation: NeedleTemplate = {
  id: 'fin-environmental-remediation',
  kind: 'financial-report',
  build(rng) {
    const town = place(rng);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 1, 18));
    return {
      text: `The Company accrued ${amt} for soil remediation at the former tannery site in ${town}, as required by the state environmental agency.`,
      lexical: `How much did the Company accrue for soil remediation at the former tannery site in ${town}?`,
      paraphrased: 'What provision was booked to clean up contaminated ground where leather used to be processed?',
      answers: [amt!],
      distractors: [
        { text: `The Company accrued ${alt} for groundwater monitoring at the former foundry site in ${place(rng)}.`, answers: [alt!] },
      ],
    };
  },
};

const insuranceRecovery: NeedleTemplate = {
  id: 'fin-insurance-recovery',
  kind: 'financial-report',
  build(rng) {
    const [a, b] = cities(rng, 2);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 45));
    return {
      text: `Insurance proceeds of ${amt} were received for flood damage at the ${a!.city} bottling facility.`,
      lexical: `What insurance proceeds were received for flood damage at the ${a!.city} bottling facility?`,
      paraphrased: `How much did underwriters pay out after high water ruined the ${a!.adj} beverage plant?`,
      answers: [amt!],
      distractors: [{ text: `Insurance proceeds of ${alt} were received for fire damage at the ${b!.city} bottling facility.`, answers: [alt!] }],
    };
  },
};

const auditFees: NeedleTemplate = {
  id: 'fin-audit-fees',
  kind: 'financial-report',
  build(rng) {
    const [p1, p2] = distinct(rng, 2, surname);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 1, 15));
    const firm = `${p1} & ${p2} LLP`;
    return {
      text: `Fees billed by ${firm} for the annual audit totaled ${amt}.`,
      lexical: `What did the fees billed by ${firm} for the annual audit total?`,
      paraphrased: 'What did the outside accountants charge to examine the yearly financial statements?',
      answers: [amt!],
      distractors: [{ text: `Fees billed by ${firm} for tax advisory services totaled ${alt}.`, answers: [alt!] }],
    };
  },
};

const ceoIncentive: NeedleTemplate = {
  id: 'fin-ceo-incentive',
  kind: 'financial-report',
  build(rng) {
    const [ceo, cfo] = distinct(rng, 2, (r) => `${r.int(90, 260)}%`);
    return {
      text: `The Compensation Committee set the Chief Executive Officer's target annual incentive at ${ceo} of base salary.`,
      lexical: "What target annual incentive did the Compensation Committee set for the Chief Executive Officer, as a share of base salary?",
      paraphrased: 'How large a yearly bonus, relative to fixed pay, can the top boss earn at goal?',
      answers: [ceo!],
      distractors: [
        { text: `The Compensation Committee set the Chief Financial Officer's target annual incentive at ${cfo} of base salary.`, answers: [cfo!] },
      ],
    };
  },
};

const inventoryWritedown: NeedleTemplate = {
  id: 'fin-inventory-writedown',
  kind: 'financial-report',
  build(rng) {
    const brand = codeWord(rng);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 38));
    return {
      text: `The Company wrote down ${amt} of obsolete ${brand} smartwatch inventory after a product recall.`,
      lexical: `How much obsolete ${brand} smartwatch inventory did the Company write down after the product recall?`,
      paraphrased: 'What loss was taken on unsellable wrist-worn gadgets?',
      answers: [amt!],
      distractors: [{ text: `The Company wrote down ${alt} of obsolete tablet inventory in the prior year.`, answers: [alt!] }],
    };
  },
};

const developmentGrant: NeedleTemplate = {
  id: 'fin-development-grant',
  kind: 'financial-report',
  build(rng) {
    const county = place(rng);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 2, 20));
    const jobs = rng.int(12, 60) * 10;
    return {
      text: `The Company received a ${amt} economic development grant from ${county} County, conditioned on creating ${jobs} jobs by 2028.`,
      lexical: `What economic development grant did the Company receive from ${county} County, conditioned on creating jobs?`,
      paraphrased: 'How much public subsidy was awarded in exchange for hiring commitments?',
      answers: [amt!],
      distractors: [{ text: `The Company also received a ${alt} property tax abatement from ${place(rng)} County.`, answers: [alt!] }],
    };
  },
};

const supplyAgreement: NeedleTemplate = {
  id: 'fin-supply-agreement',
  kind: 'financial-report',
  build(rng) {
    const [miner, other] = distinct(rng, 2, surname);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 80, 700));
    return {
      text: `The Company entered into a seven-year supply agreement with ${miner} Mining for lithium carbonate, with minimum purchase commitments of ${amt}.`,
      lexical: `What minimum purchase commitments does the seven-year supply agreement with ${miner} Mining for lithium carbonate carry?`,
      paraphrased: 'What is the least the firm must buy from the battery-metal producer over the life of the deal?',
      answers: [amt!],
      distractors: [
        { text: `The Company entered into a three-year supply agreement with ${other} Polymers for resin pellets, with minimum purchase commitments of ${alt}.`, answers: [alt!] },
      ],
    };
  },
};

const codeNameAcquisition: NeedleTemplate = {
  id: 'fin-code-name-acquisition',
  kind: 'financial-report',
  twoHop: true,
  build(rng) {
    const [a] = cities(rng, 1);
    const target = `${surname(rng)} Biosystems`;
    const [code, other] = distinct(rng, 2, (r) => `Project ${codeWord(r)}`);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 120, 900));
    return {
      companions: [`The proposed acquisition of ${target}, a ${a!.city}-based maker of diagnostic test kits, is referred to in board materials as ${code}.`],
      text: `${code} carries an expected purchase price of ${amt}, subject to regulatory approval.`,
      lexical: `What expected purchase price, subject to regulatory approval, does the proposed acquisition of ${target} carry?`,
      paraphrased: `How much would it cost to buy the ${a!.adj} producer of lab assays for detecting illness?`,
      answers: [amt!],
      distractors: [{ text: `${other}, a smaller bolt-on deal, carries an expected purchase price of ${alt}.`, answers: [alt!] }],
    };
  },
};

const codeNameDataCenter: NeedleTemplate = {
  id: 'fin-code-name-data-center',
  kind: 'financial-report',
  twoHop: true,
  build(rng) {
    const [a] = cities(rng, 1);
    const [code, other] = distinct(rng, 2, (r) => `Project ${codeWord(r)}`);
    const [amt, alt] = distinct(rng, 2, (r) => millions(r, 30, 400));
    const done = date(rng, [2027, 2028]);
    return {
      companions: [`${code} is the Company's planned data center in ${a!.city}, scheduled to open on ${done}.`],
      text: `Purchase obligations at year end included ${amt} of server and networking equipment for ${code}.`,
      lexical: `What purchase obligations for server and networking equipment did the Company have for its planned data center in ${a!.city}?`,
      paraphrased: `What has been pledged for computing hardware destined for the ${a!.adj} facility housing the firm's machines?`,
      answers: [amt!],
      distractors: [{ text: `Purchase obligations at year end included ${alt} of server and networking equipment for ${other}.`, answers: [alt!] }],
    };
  },
};

/** Report templates, part two. */
export const REPORT_TEMPLATES_B: NeedleTemplate[] = [
  pensionContribution,
  unsecuredNotes,
  customerConcentration,
  headcountReduction,
  environmentalRemediation,
  insuranceRecovery,
  auditFees,
  ceoIncentive,
  inventoryWritedown,
  developmentGrant,
  supplyAgreement,
  codeNameAcquisition,
  codeNameDataCenter,
];
