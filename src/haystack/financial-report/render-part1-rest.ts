// Items 2 (properties), 3 (legal proceedings) and 4 (mine safety) of Part I.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { amount, table } from './format.js';

const PLAINTIFF_WORDS = ['Logistics', 'Supply', 'Partners', 'Distribution', 'Manufacturing', 'Holdings', 'Services', 'Industries'];
const PLAINTIFF_ROOTS = ['Crestline', 'Bayard', 'Morrow', 'Tillman', 'Westbury', 'Sorrento', 'Gallant', 'Hadley', 'Ravenna', 'Penrose', 'Kittredge', 'Lyndale', 'Marchbank', 'Oakbridge'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Items 2, 3 and 4 of one year's report. */
export function* renderPart1Rest(ctx: ReportContext): Generator<Block> {
  const { c, y, rng } = ctx;
  yield ctx.heading('Item 2. Properties', true);
  const pv = { hqOwned: c.properties[0]!.owned ? 'own' : 'lease', util: rng.int(68, 91) };
  yield ctx.fromList('properties', 3, pv);
  yield ctx.table(table(null, ['Location', 'Principal use', 'Segment', 'Square feet', 'Owned or leased', `Fiscal ${y.year} utilization`],
    c.properties.map((p) => [`${p.city}, ${p.region}`, p.use, p.segment, Math.round(p.sqft * (1 + 0.01 * ((y.year * 7 + p.sqft) % 5))).toLocaleString('en-US'), p.owned ? 'Owned' : 'Leased', `${rng.int(55, 97)}%`])));
  yield ctx.para([ctx.say('@properties', pv)]);

  yield ctx.heading('Item 3. Legal Proceedings', true);
  yield ctx.fromList('legal_intro', 2);
  const cases = rng.int(2, 4);
  for (let i = 0; i < cases; i++) {
    const caseYear = y.year - rng.int(0, 3);
    const v = {
      plaintiff: `${rng.pick(PLAINTIFF_ROOTS)} ${rng.pick(PLAINTIFF_WORDS)} LLC`, caseMonth: rng.pick(MONTHS), caseYear, caseYearEarly: caseYear - rng.int(2, 6),
      claimM: amount(rng.int(50, 1800)), accrualM: amount(rng.int(10, 300)),
    };
    yield ctx.fromList('legal_case', rng.int(2, 3), v);
  }
  yield ctx.para([ctx.say('{See|Refer to} Note <note> {to the consolidated financial statements|, Commitments and Contingencies,} for {additional information|further discussion}{ about these matters| on legal proceedings|}.', { note: 18 })]);
  yield ctx.heading('Item 4. Mine Safety Disclosures', true);
  yield ctx.meta('Not applicable.');
}
