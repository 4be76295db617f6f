// Exhibits 31 and 32: the certifications of the chief executive and chief financial officers, printed after the signatures.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Certification exhibits of one year's report. */
export function* renderCertifications(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const fy = ctx.fyEnd(y.year);
  const m = MONTHS.indexOf(c.fyEndMonth) + 2;
  const signDate = `${MONTHS[m % 12]} ${15 + (y.year % 12)}, ${y.year + (m >= 12 ? 1 : 0)}`;
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
