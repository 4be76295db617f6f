// Writes the cover page, the table of contents and the cautionary note on forward-looking statements.
import { longDate } from '../calendar.js';
import type { ReportContext } from '../writing/context.js';
import { amount, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

const TOC: Array<[string, string]> = [
  ['Part I', 'Item 1. Business'], ['', 'Item 1A. Risk Factors'], ['', 'Item 1B. Unresolved Staff Comments'], ['', 'Item 1C. Cybersecurity'],
  ['', 'Item 2. Properties'], ['', 'Item 3. Legal Proceedings'], ['', 'Item 4. Mine Safety Disclosures'],
  ['Part II', 'Item 5. Market for Registrant\'s Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities'],
  ['', 'Item 6. [Reserved]'], ['', 'Item 7. Management\'s Discussion and Analysis of Financial Condition and Results of Operations'],
  ['', 'Item 7A. Quantitative and Qualitative Disclosures About Market Risk'], ['', 'Item 8. Financial Statements and Supplementary Data'],
  ['', 'Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure'], ['', 'Item 9A. Controls and Procedures'],
  ['', 'Item 9B. Other Information'], ['Part III', 'Item 10. Directors, Executive Officers and Corporate Governance'], ['', 'Item 11. Executive Compensation'],
  ['', 'Item 12. Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters'],
  ['', 'Item 13. Certain Relationships and Related Transactions, and Director Independence'], ['', 'Item 14. Principal Accountant Fees and Services'],
  ['Part IV', 'Item 15. Exhibits and Financial Statement Schedules'], ['', 'Item 16. Form 10-K Summary'],
];

/** Cover page, contents and forward-looking statements of one year's report. */
export function* renderFront(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  ctx.section = `Cover page, fiscal ${y.year}`;
  yield ctx.meta(`UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, DC 20549\nFORM 10-K: annual report pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934 for the fiscal year ended ${ctx.fyEnd(y.year)} (commission file number ${c.fileNo})`);
  yield ctx.meta(`${c.name.toUpperCase()} (exact name of registrant as specified in its charter), incorporated in ${c.incorporation}, IRS Employer Identification Number ${c.ein}, ${c.street}, ${c.hqCity}, ${c.hqState}, telephone ${c.phone}`);
  yield ctx.table(table(`Securities registered pursuant to Section 12(b) of the Act at ${ctx.fyEnd(y.year)}:`, ['Title of each class', 'Trading symbol', 'Name of each exchange on which registered'], [
    [`Common Stock, par value $0.01 per share (${(y.basicShares / 10).toFixed(1)} million shares outstanding)`, c.ticker, c.exchange],
    ...y.debt.filter((d) => d.kind === 'notes' && d.maturity > y.year + 8).slice(0, 1).map((d) => [d.name, `${c.ticker}${d.maturity % 100}`, c.exchange]),
  ]));
  const floatM = amount(Math.round(y.price * y.basicShares * 0.97));
  yield ctx.meta(`Well-known seasoned issuer (Rule 405 of the Securities Act) for fiscal ${y.year}: Yes [X] No [ ]; shell company: Yes [ ] No [X]; large accelerated filer: Yes [X] No [ ]\nAggregate market value of voting stock held by non-affiliates at the end of the second quarter of fiscal ${y.year}: approximately $${floatM} million\nShares of common stock outstanding at ${longDate(ctx.cal.recordDate(y.year))}: ${(y.basicShares / 10).toFixed(1)} million`);
  yield ctx.meta(`Documents incorporated by reference: portions of the registrant's definitive proxy statement for its ${y.year + 1} annual meeting of shareholders are incorporated by reference into Part III.`);
  ctx.section = `Table of contents, fiscal ${y.year}`;
  let page = ctx.rng.int(2, 4);
  yield ctx.table(table(`TABLE OF CONTENTS, FISCAL ${y.year}`, ['Part', 'Item', 'Page'], TOC.map(([a, b]) => [a, b, String((page += ctx.rng.int(1, 14)))])));
  yield ctx.heading('Cautionary Note Regarding Forward-Looking Statements', true);
  yield ctx.fromList('fls', 4);
  yield ctx.fromList('fls', 3);
}
