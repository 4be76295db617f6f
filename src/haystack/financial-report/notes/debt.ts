// Writes Note 7, Debt: instruments, the credit facility, maturities, terms of each note and the guarantor information.
import { debtMaturities } from '../figures/debt.js';
import { yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, cell, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

const MONTH_PAIRS = ['March 15 and September 15', 'April 1 and October 1', 'May 15 and November 15', 'June 1 and December 1', 'January 15 and July 15', 'February 1 and August 1'];

/** Debt maturity schedule and terms of each instrument (Note 7). */
export function* debtDetail(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  const m = debtMaturities(y);
  yield ctx.table(table('Scheduled principal payments of debt (in millions)', ['Fiscal year', 'Amount'], [
    ...m.years.map((v, k) => [String(y.year + 1 + k), cell(v)]), ['Thereafter', cell(m.later)], ['Total debt', amount(m.total)],
  ]));
  const sentences = y.debt.filter((d) => d.kind !== 'revolver').map((d) => {
    if (d.kind === 'term') return ctx.say(`The term loan {bears interest at|carries} a {floating rate|variable rate} {that averaged|averaging} ${d.rate.toFixed(2)}% in fiscal ${y.year}, {amortizes in quarterly installments|is repayable in quarterly installments} and matures in ${d.maturity}{, with $${amount(d.principal)} million outstanding at <fyEnd>|}.`);
    const months = MONTH_PAIRS[Math.round(d.rate * 100) % MONTH_PAIRS.length]!;
    return ctx.say(`{The|Our} ${d.name} {pay interest semiannually on|carry interest payable each} ${months}${ctx.states('debt.unsecured-notes') ? '{, are unsecured and rank equally with our other senior debt| and are senior unsecured obligations|}' : ''}{, and may be redeemed at any time at a make-whole premium| and are redeemable at par within three months of maturity|}; $${amount(d.principal)} million was outstanding at <fyEnd>.`);
  });
  if (sentences.length) yield ctx.para(sentences);
}

/** Summarized financial information of the parent and guarantor subsidiaries (obligor group) for the senior notes. */
export function* obligorGroup(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'obligor');
  const f = r.float(0.52, 0.7);
  const part = (t: number) => Math.round(t * f * r.float(0.95, 1.05));
  yield ctx.heading('Guarantor Financial Information');
  yield ctx.para([ctx.say(`{Our senior notes|The senior notes} are {fully and unconditionally guaranteed|guaranteed, jointly and severally,} by {our principal domestic subsidiaries|substantially all of our wholly owned domestic subsidiaries}; the {table below|following table} {presents|summarizes} the {combined|summarized} financial information of ${c.name} and the guarantor subsidiaries after eliminating intercompany balances and transactions with non-guarantor subsidiaries.`)]);
  yield ctx.table(table(`Summarized financial information of the obligor group, fiscal ${y.year} (in millions)`, ['', 'Amount'], [
    ['Net sales', amount(part(y.sales))], ['Gross profit', amount(part(y.gross))], ['Net income', amount(part(y.ni))],
    ['Current assets', amount(part(y.bs.tca))], ['Noncurrent assets', amount(part(y.bs.ta - y.bs.tca))], ['Current liabilities', amount(part(y.bs.tcl))], ['Noncurrent liabilities', amount(part(y.bs.tl - y.bs.tcl))],
  ]));
}

/** Note 7. */
export function* noteDebt(ctx: ReportContext): Generator<Block> {
  const { y, p, rng } = ctx;
  yield ctx.note(7, 'Debt');
  const revolver = y.debt.find((d) => d.kind === 'revolver');
  yield ctx.table(table('(in millions)', ['', ctx.fyEnd(y.year), ctx.fyEnd(p.year)], [
    ...y.debt.map((d) => [d.kind === 'term' ? `Term loan due ${d.maturity}` : d.kind === 'revolver' ? 'Revolving credit facility' : d.name, amount(d.principal), amount(p.debt.find((q) => q.name === d.name && q.kind === d.kind)?.principal ?? 0)]),
    ['Total debt', amount(y.bs.curDebt + y.bs.ltDebt), amount(p.bs.curDebt + p.bs.ltDebt)],
    ['Less current portion', `(${amount(y.bs.curDebt)})`, `(${amount(p.bs.curDebt)})`], ['Long-term debt', amount(y.bs.ltDebt), amount(p.bs.ltDebt)],
  ]));
  yield ctx.fromList('debt', 4, { revolverM: amount(y.revolverCapacity), revolverYear: y.year + rng.int(2, 5), margin: rng.int(100, 175) });
  if (revolver) yield ctx.para([ctx.say(`{At|As of} ${ctx.fyEnd(y.year)}, $${amount(revolver.principal)} million was outstanding under the revolving credit facility at a weighted-average interest rate of ${revolver.rate.toFixed(2)}%.`)]);
  yield* debtDetail(ctx);
  yield* obligorGroup(ctx);

}
