// Item 7A: interest-rate, currency and commodity sensitivities computed from the ledger.
import type { Block } from '../../types.js';
import type { ReportContext } from './context.js';
import { amount } from './format.js';

/** Item 7A of one year's report. */
export function* renderMarketRisk(ctx: ReportContext): Generator<Block> {
  const { y, rng } = ctx;
  yield ctx.heading('Item 7A. Quantitative and Qualitative Disclosures About Market Risk', true);
  yield ctx.fromList('mr_intro', 2);
  const total = y.bs.curDebt + y.bs.ltDebt;
  const fixed = y.debt.filter((d) => d.kind === 'notes').reduce((a, d) => a + d.principal, 0);
  const variable = total - fixed;
  yield ctx.heading('Interest Rate Risk');
  yield ctx.fromList('mr_interest', 3, {
    fixedPct: total ? Math.round((fixed / total) * 100) : 100, rateSensM: amount(Math.round(variable / 100)),
    fvDebtM: amount(Math.round(fixed * rng.float(0.9, 1.03))), cvDebtM: amount(fixed),
  });
  yield ctx.heading('Foreign Currency Risk');
  yield ctx.fromList('mr_fx', 3, { fxSensM: amount(Math.round(y.sales * rng.float(0.03, 0.06))), fxOiSensM: amount(Math.round(y.oi * rng.float(0.03, 0.06))), fwdM: amount(Math.round(y.sales * rng.float(0.04, 0.12))) });
  yield ctx.heading('Commodity Price Risk');
  yield ctx.fromList('mr_commodity', 2, { commSensM: amount(Math.round(y.cogs * rng.float(0.02, 0.05))) });
}
