// Writes Part IV: Item 15 (exhibit index, subsidiaries, Schedule II), Item 16, the signatures and the officers' certifications.
import { MONTHS, longDate } from '../calendar.js';
import { creditAllowance, inventoryReserve, warrantyReserve, warrantySettled } from '../figures/balances.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Part IV: Items 15 and 16, the signatures and the certifications. */
export function* renderPartFour(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  yield ctx.meta('PART IV');
  yield ctx.heading('Item 15. Exhibits and Financial Statement Schedules', true);
  yield* renderExhibits(ctx);
  yield ctx.heading('Item 16. Form 10-K Summary', true);
  yield ctx.meta('None.');
  ctx.section = `Signatures, fiscal ${y.year}`;
  yield ctx.heading('SIGNATURES');
  yield ctx.para([ctx.say(`Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on ${longDate(ctx.cal.filedOn(y.year))}.`)]);
  const signers = [...c.officers.slice(0, 2), c.officers[4]!, ...c.directors.slice(1)];
  const signed = longDate(ctx.cal.filedOn(y.year));
  yield ctx.table(table(null, ['Signature', 'Title', 'Date'], signers.map((s) => [`/s/ ${s.name}`, s.title, signed])));
  yield* renderCertifications(ctx);
}

const SUFFIX: Record<string, string> = {
  Germany: 'GmbH', France: 'SAS', Italy: 'S.r.l.', Spain: 'S.L.', 'the Netherlands': 'B.V.', Belgium: 'BV', 'the United Kingdom': 'Limited', Ireland: 'Limited', Mexico: 'S. de R.L. de C.V.',
  Brazil: 'Ltda.', Canada: 'ULC', China: 'Co., Ltd.', Japan: 'K.K.', India: 'Private Limited', Poland: 'Sp. z o.o.', 'the Czech Republic': 's.r.o.', Sweden: 'AB', Finland: 'Oy',
  Singapore: 'Pte. Ltd.', Malaysia: 'Sdn. Bhd.', Thailand: 'Co., Ltd.', Australia: 'Pty Ltd', 'New Zealand': 'Limited', 'South Korea': 'Co., Ltd.', Chile: 'SpA', Portugal: 'Lda.',
  Romania: 'S.R.L.', 'the United Arab Emirates': 'FZE',
};

/** Exhibit 21: subsidiaries of the registrant, by jurisdiction. */
export function* renderSubsidiaries(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp } = ctx;
  const rows: string[][] = [[`${c.short} Holdings LLC`, 'Delaware', '100%'], [`${c.short} International Holdings B.V.`, 'The Netherlands', '100%']];
  for (const s of c.segments) rows.push([`${c.short} ${s.name} LLC`, 'Delaware', '100%']);
  for (const region of [...new Set(c.properties.filter((x) => !x.domestic).map((x) => x.region))]) {
    rows.push([`${c.short} ${region.replace(/^the /, '')} ${SUFFIX[region] ?? 'Limited'}`, region.replace(/^the /, 'The '), region === 'China' ? `${yearRng(c, 0, 'jv-china').pick([60, 70, 100])}%` : '100%']);
  }
  for (const l of [pp, p, y]) if (l.acquisition) rows.push([`${l.acquisition.target} LLC`, 'Delaware', '100%']);
  rows.push([`${c.short} Insurance Company`, 'Vermont', '100%'], [`${c.short} Receivables Funding LLC`, 'Delaware', '100%']);
  yield ctx.table(table(`Exhibit 21.1: subsidiaries of ${c.name} at ${ctx.fyEnd(y.year)}`, ['Subsidiary', 'Jurisdiction of organization', 'Ownership'], rows));
}

/** Certification exhibits of one year's report. */
export function* renderCertifications(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const fy = ctx.fyEnd(y.year);
  const signDate = longDate(ctx.cal.filedOn(y.year));
  for (const [n, o, role] of [['31.1', c.officers[0]!, 'principal executive officer'], ['31.2', c.officers[1]!, 'principal financial officer']] as const) {
    yield ctx.heading(`Exhibit ${n}: Certification of the ${role === 'principal executive officer' ? 'Chief Executive Officer' : 'Chief Financial Officer'} Pursuant to Rule 13a-14(a)`);
    yield ctx.meta([
      `I, ${o.name}, certify that:`,
      `(1) I have reviewed this annual report on Form 10-K of ${c.name} for the fiscal year ended ${fy};`,
      `(2) based on my knowledge, this report does not contain any untrue statement of a material fact or omit to state a material fact necessary to make the statements made, in light of the circumstances under which they were made, not misleading with respect to the period covered by this report;`,
      `(3) based on my knowledge, the financial statements, and other financial information included in this report, fairly present in all material respects the financial condition, results of operations and cash flows of ${c.short} as of, and for, the periods presented in this report;`,
      `(4) the registrant's other certifying officer and I are responsible for establishing and maintaining disclosure controls and procedures and internal control over financial reporting for the registrant, and we have evaluated the effectiveness of the disclosure controls and procedures as of ${fy} and disclosed any change in internal control that occurred during the fourth quarter of fiscal ${y.year};`,
      `(5) the registrant's other certifying officer and I have disclosed to the auditors and the Audit Committee all significant deficiencies and material weaknesses in the design or operation of internal control over financial reporting, and any fraud, whether or not material, that involves management or other employees who have a significant role in internal control.`,
      `/s/ ${o.name}, ${o.title} (${role}), ${signDate}`,
    ].join('\n'));
  }
  yield ctx.heading('Exhibit 32: Certifications Pursuant to 18 USC Section 1350');
  yield ctx.meta(`In connection with the Annual Report on Form 10-K of ${c.name} for the fiscal year ended ${fy}, each of the undersigned certifies, pursuant to 18 USC Section 1350, that to the best of his or her knowledge the report fully complies with the requirements of Section 13(a) or 15(d) of the Securities Exchange Act of 1934, and the information in it fairly presents, in all material respects, the financial condition and results of operations of ${c.name}.\n/s/ ${c.officers[0]!.name}, ${c.officers[0]!.title}\n/s/ ${c.officers[1]!.name}, ${c.officers[1]!.title}`);
}

const ORDINAL = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** Exhibit index and Schedule II of one year's report. */
export function* renderExhibits(ctx: ReportContext): Generator<Block> {
  const { c, y, p, pp, pr } = ctx;
  const date = (key: string, from: number, to: number) => {
    const r = yearRng(c, 0, key);
    return `${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(from, Math.max(from, to))}`;
  };
  const ref = (key: string, year: number) => {
    const r = yearRng(c, 0, `ref-${key}`);
    return `Form ${r.pick(['8-K', '10-Q', '10-K', '8-K'])} filed ${r.pick(MONTHS)} ${r.int(1, 28)}, ${year}`;
  };
  const ex: string[][] = [
    ['3.1', `Amended and Restated Certificate of Incorporation of ${c.name}`, ref('3.1', c.firstYear - 9)],
    ['3.2', `Amended and Restated By-Laws, effective ${date('bylaws', c.firstYear - 4, c.firstYear - 1)}`, ref('3.2', c.firstYear - 2)],
    ['4.1', 'Description of securities registered under Section 12 of the Exchange Act', ref('4.1', c.firstYear - 1)],
    ['4.2', `Indenture dated as of ${date('indenture', c.firstYear - 12, c.firstYear - 6)}, between ${c.name} and ${pr.lenders[4]}, as trustee`, ref('4.2', c.firstYear - 8)],
  ];
  y.debt.filter((d) => d.kind === 'notes').forEach((d, k) => {
    const issued = Math.min(y.year, d.maturity - 10 + ((d.maturity * 7) % 5));
    ex.push([`4.${k + 3}`, `${ORDINAL[k % 10]} Supplemental Indenture dated ${date(d.name, issued, issued)}, relating to the ${d.name}, including the form of note`, issued >= y.year ? 'Filed herewith' : ref(d.name, issued)]);
  });
  const amendments = Math.max(0, Math.min(6, y.year - pr.creditAgreementYear - 1));
  ex.push(['10.1', `Credit Agreement dated as of ${c.fyEndMonth} ${12 + (pr.creditAgreementYear % 15)}, ${pr.creditAgreementYear}, among ${c.name}, the lenders party thereto and ${c.bank}, as administrative agent`, ref('credit', pr.creditAgreementYear)]);
  for (let k = 0; k < amendments; k++) ex.push([`10.1.${k + 1}`, `${ORDINAL[k]} Amendment to Credit Agreement dated ${date(`amend-${k}`, pr.creditAgreementYear + k + 1, pr.creditAgreementYear + k + 1)}`, ref(`amend-${k}`, pr.creditAgreementYear + k + 1)]);
  const plan = c.firstYear - 3;
  ex.push(
    ['10.2', `${c.short} ${plan} Long-Term Incentive Plan*`, ref('ltip', plan)], ['10.2.1', `Amendment No. 1 to the ${plan} Long-Term Incentive Plan*`.replace('No. 1', 'Number 1'), ref('ltip-1', plan + 2)],
    ['10.3', `Form of Restricted Stock Unit Award Agreement for grants made after ${MONTHS[plan % 12]} 1, ${plan + 1}*`, ref('rsu', plan + 1)],
    ['10.4', 'Form of Performance Share Unit Award Agreement*', ref('psu', plan + 1)], ['10.5', 'Form of Non-Employee Director Restricted Stock Unit Award Agreement*', ref('drsu', plan + 1)],
    ['10.6', `${c.short} Executive Severance Plan, as amended and restated ${date('severance', c.firstYear - 5, c.firstYear - 1)}*`, ref('severance', c.firstYear - 2)],
    ['10.7', 'Form of Change in Control Agreement with executive officers*', ref('cic', c.firstYear - 6)], ['10.8', 'Deferred Compensation Plan for Directors*', ref('dcp', c.firstYear - 10)],
    ['10.9', `${c.short} Supplemental Executive Retirement Plan*`, ref('serp', c.firstYear - 11)], ['10.10', 'Annual Incentive Plan*', ref('aip', c.firstYear - 4)],
  );
  c.officers.forEach((o, k) => ex.push([`10.${11 + k}`, `Offer letter between ${c.name} and ${o.name}, dated ${date(o.name, o.since, o.since)}*`, ref(o.name, o.since)]));
  const n = 11 + c.officers.length;
  pr.keyCustomers.forEach((kc, i) => ex.push([`10.${n + i}`, `Supply Agreement between ${c.name} and ${kc[0]}, dated ${date(kc[0]!, c.firstYear - 6, c.firstYear - 1)} (portions omitted)`, ref(kc[0]!, c.firstYear - 3)]));
  let m = n + pr.keyCustomers.length;
  for (const l of [y, p, pp]) if (l.acquisition) ex.push([`10.${m++}`, `Purchase Agreement for the acquisition of ${l.acquisition.target}, dated ${l.acquisition.month} ${1 + (l.year % 27)}, ${l.year}`, l.year === y.year ? 'Filed herewith' : ref(l.acquisition.target, l.year)]);
  ex.push(
    ['19.1', 'Insider Trading Policy', 'Filed herewith'], ['21.1', 'Subsidiaries of the registrant', 'Filed herewith'], ['22.1', 'Subsidiary guarantors of guaranteed securities', 'Filed herewith'],
    ['23.1', `Consent of ${c.auditor}`, 'Filed herewith'], ['24.1', 'Powers of attorney', 'Filed herewith'],
    ['31.1', 'Certification of the Chief Executive Officer pursuant to Rule 13a-14(a)', 'Filed herewith'], ['31.2', 'Certification of the Chief Financial Officer pursuant to Rule 13a-14(a)', 'Filed herewith'],
    ['32.1', 'Certification of the Chief Executive Officer pursuant to 18 USC Section 1350', 'Furnished herewith'], ['32.2', 'Certification of the Chief Financial Officer pursuant to 18 USC Section 1350', 'Furnished herewith'],
    ['97.1', 'Compensation Recovery Policy', ref('clawback', Math.max(c.firstYear, 2023))],
    ['101.INS', 'Inline XBRL instance document', 'Filed herewith'], ['101.SCH', 'Inline XBRL taxonomy extension schema', 'Filed herewith'], ['101.CAL', 'Inline XBRL calculation linkbase', 'Filed herewith'],
    ['101.DEF', 'Inline XBRL definition linkbase', 'Filed herewith'], ['101.LAB', 'Inline XBRL label linkbase', 'Filed herewith'], ['101.PRE', 'Inline XBRL presentation linkbase', 'Filed herewith'],
    ['104', 'Cover page interactive data file (embedded within the Inline XBRL document)', 'Filed herewith'],
  );
  yield ctx.para([
    ctx.say(`The {financial statements|consolidated financial statements} {listed in|filed as part of} Item 8 and Schedule II {are filed as part of this report|appear in this report}{; other schedules are omitted because they are not applicable or the information is in the notes|}.`),
    ctx.say(`{The exhibits below are filed or furnished with|The following exhibits are filed with or incorporated by reference into} {this Annual Report on Form 10-K|this report} for fiscal ${y.year}.`),
  ]);
  yield ctx.table(table(`Exhibit index, fiscal ${y.year}`, ['Exhibit', 'Description', 'Filed with or incorporated by reference to'], ex));
  yield ctx.meta('* Management contract or compensatory plan or arrangement.');
  yield* renderSubsidiaries(ctx);
  yield ctx.heading('Schedule II. Valuation and Qualifying Accounts');
  const rows: string[][] = [];
  const accounts = [['Allowance for credit losses', creditAllowance], ['Inventory reserves', inventoryReserve], ['Product warranty reserve', warrantyReserve]] as const;
  for (const [label, f] of accounts.filter(([label]) => label !== 'Inventory reserves' || ctx.states('inventory.obsolescence-reserve'))) {
    for (const [l, prev] of [[y, p], [p, pp]] as const) {
      const begin = f(ctx, prev);
      const end = f(ctx, l);
      const deductions = label === 'Product warranty reserve' ? warrantySettled(ctx, l, begin) : Math.round(begin * yearRng(c, l.year, `sched-${label}`).float(0.3, 0.7));
      rows.push([`${label}, fiscal ${l.year}`, amount(begin), amount(end - begin + deductions), `(${amount(deductions)})`, amount(end)]);
    }
  }
  yield ctx.table(table('(in millions)', ['', 'Balance at beginning of year', 'Charged to costs and expenses', 'Deductions', 'Balance at end of year'], rows));
}
