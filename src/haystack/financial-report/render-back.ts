// Items 9 to 16 and signatures: controls, Part III by reference, exhibits index and the signature page.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { governanceDetail } from './render-more-b.js';
import { amount, table } from './format.js';
import { renderCertifications } from './render-certifications.js';
import { renderControls } from './render-controls.js';
import { renderDirectorBios } from './render-people.js';
import { renderExhibits } from './render-exhibits.js';

const CAPTIONS = ['Election of Directors', 'Corporate Governance', 'Executive Compensation', 'Security Ownership of Certain Beneficial Owners and Management', 'Certain Relationships and Related Transactions', 'Ratification of Appointment of Independent Auditors', 'Compensation Discussion and Analysis', 'Board Committees'];

/** "the Audit Committee, the Finance Committee and the Compensation and Human Capital Committee": names that contain "and" stay readable. */
function committeeList(cm: string[]): string {
  const xs = cm.map((n) => `the ${n} Committee`);
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** Items 9 to 16 and the signatures of one year's report. */
export function* renderBack(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.heading('Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure', true);
  yield ctx.meta('None.');
  yield* renderControls(ctx);
  yield ctx.heading('Item 9B. Other Information', true);
  yield ctx.para([ctx.say(`During the {fourth quarter|three months ended ${ctx.fyEnd(y.year)}}, {no director or officer|none of our directors or officers} {adopted or terminated|informed us of the adoption or termination of} a {Rule 10b5-1 trading arrangement|trading arrangement intended to satisfy Rule 10b5-1(c)}.`)]);
  yield ctx.heading('Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections', true);
  yield ctx.meta('Not applicable.');
  yield ctx.meta('PART III');
  const items = ['Item 10. Directors, Executive Officers and Corporate Governance', 'Item 11. Executive Compensation', 'Item 12. Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters', 'Item 13. Certain Relationships and Related Transactions, and Director Independence', 'Item 14. Principal Accountant Fees and Services'];
  for (const [i, item] of items.entries()) {
    yield ctx.heading(item, true);
    yield ctx.para([ctx.say('@part3', { proxyYear: y.year + 1, caption: [CAPTIONS[i]!, CAPTIONS[(i + 5) % CAPTIONS.length]!] })]);
    if (i === 0) {
      yield ctx.table(table(`Board of Directors at ${ctx.fyEnd(y.year)}`, ['Name', 'Age', 'Position', 'Director since', 'Committees'], c.directors.map((d, k) => [d.name, String(d.age + y.year - c.firstYear), d.title === 'Director' ? 'Independent Director' : d.title, String(d.since), ctx.pr.committees[k]!.join('; ') || '—'])));
      const meetings = rng.int(6, 11);
      yield ctx.para(c.directors.slice(1).map((d, k) => {
        const other = ctx.pr.otherBoards[k + 1];
        const cm = ctx.pr.committees[k + 1]!;
        const attended = meetings - (rng.chance(0.25) ? 1 : 0);
        return ctx.say(`${d.name}{, age ${d.age + y.year - c.firstYear},|} {has served on the board since|joined the board in} ${d.since}, {serves on|is a member of} ${committeeList(cm)}${other ? `, {is also a director of|also sits on the board of} ${other}` : ''} and attended ${attended} of the ${meetings} board meetings held in fiscal ${y.year}.`);
      }));
    }
    if (i === 0) yield* renderDirectorBios(ctx);
    if (i === 0) yield* governanceDetail(ctx);
    if (i === 4) {
      const fees = [0.0016, 0.00012, 0.00009, 0.00001].map((f) => Math.max(1, Math.round(y.sales * f * rng.float(0.9, 1.1))));
      const prevFees = fees.map((f) => Math.max(1, Math.round(f * rng.float(0.88, 1.02))));
      const rows = ['Audit fees', 'Audit-related fees', 'Tax fees', 'All other fees'].map((l, k) => [l, amount(fees[k]!), amount(prevFees[k]!)]);
      rows.push(['Total', amount(fees.reduce((a, b) => a + b, 0)), amount(prevFees.reduce((a, b) => a + b, 0))]);
      yield ctx.table(table(`Fees billed by ${c.auditor} (in millions)`, ['', `Fiscal ${y.year}`, `Fiscal ${y.year - 1}`], rows));
    }
  }
  yield ctx.meta('PART IV');
  yield ctx.heading('Item 15. Exhibits and Financial Statement Schedules', true);
  yield* renderExhibits(ctx);
  yield ctx.heading('Item 16. Form 10-K Summary', true);
  yield ctx.meta('None.');
  ctx.section = `Signatures, fiscal ${y.year}`;
  yield ctx.heading('SIGNATURES');
  yield ctx.para([ctx.say(`Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on ${rng.pick(['February', 'March'])} ${rng.int(10, 28)}, ${y.year + 1}.`)]);
  const signers = [...c.officers.slice(0, 2), c.officers[4]!, ...c.directors.slice(1)];
  const signed = `${rng.pick(['February', 'March'])} ${rng.int(10, 28)}, ${y.year + 1}`;
  yield ctx.table(table(null, ['Signature', 'Title', 'Date'], signers.map((s) => [`/s/ ${s.name}`, s.title, signed])));
  yield* renderCertifications(ctx);
}
