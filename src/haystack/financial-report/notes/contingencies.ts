// Writes Note 18, Commitments and Contingencies: environmental sites, pending legal matters and purchase obligations.
import { reportedMatters } from '../writing/legal-matters.js';
import { environmentalAccrual, environmentalSites, lettersOfCredit, suretyBonds } from '../figures/balances.js';
import { splitBy, yearRng } from '../streams.js';
import type { ReportContext } from '../writing/context.js';
import { amount, money, table } from '../writing/format.js';
import type { Block } from '../../../types.js';

/** Environmental sites and their accruals (Note 18). */
export function* environmentalDetail(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const total = environmentalAccrual(ctx, y);
  const sites = environmentalSites(ctx);
  const r = yearRng(c, y.year, 'env-sites');
  const parts = splitBy(total, sites.map(() => r.float(0.5, 2)));
  const status = ['Remedial investigation', 'Feasibility study', 'Remediation under way', 'Long-term monitoring'];
  yield ctx.table(table(`Environmental accruals by site at ${ctx.fyEnd(y.year)} (in millions)`, ['Site', 'Status', 'Accrual'], [
    ...sites.map((s, k) => [`${s.city}, ${s.region}`, status[(k + y.year) % 4]!, amount(parts[k]!)]), ['Total environmental accruals', '', amount(total)],
  ]));
}

/** Unconditional purchase commitments by year (Note 18). */
export function* purchaseCommitments(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const r = yearRng(c, y.year, 'purchase-commitments');
  const total = Math.round(y.cogs * r.float(0.04, 0.1));
  const parts = splitBy(total, [0.55, 0.2, 0.12, 0.08, 0.05].map((w) => w * r.float(0.9, 1.1)));
  yield ctx.table(table('Unconditional purchase obligations (in millions)', ['Fiscal year', 'Amount'], [...parts.map((v, k) => [String(y.year + 1 + k), amount(v)]), ['Total', amount(total)]]));
  if (ctx.states('commitments.supply-contracts')) yield ctx.para([ctx.say(`{These obligations|Purchase obligations} {cover|consist mainly of} {take-or-pay contracts for ${c.industry.rawMaterials[0]} and energy|supply agreements for ${c.industry.rawMaterials[0]}, natural gas and electricity}{ and information technology services|}; {purchases under them|amounts purchased under these agreements} {were|totaled} ${money(Math.round(total * r.float(0.8, 1.1)))} in fiscal ${y.year}.`)]);
}

/** Pending legal matters with claims and accruals (Note 18), matching Item 3. */
export function* legalTable(ctx: ReportContext): Generator<Block> {
  const { c, y } = ctx;
  const active = reportedMatters(ctx).filter((m) => m.filed <= y.year && m.resolved > y.year);
  if (!active.length) return;
  yield ctx.table(table(`Significant pending legal matters at ${ctx.fyEnd(y.year)} (in millions)`, ['Matter', 'Court', 'Filed', 'Damages sought', 'Amount accrued'], active.map((m) => [
    m.caption, m.court, `${m.filedMonth} ${m.filed}`, amount(m.claimM), amount(Math.round(m.claimM * yearRng(c, y.year, m.docket).float(0.04, 0.25))),
  ])));
}

/** Note 18. */
export function* noteContingencies(ctx: ReportContext): Generator<Block> {
  const { y } = ctx;
  yield ctx.note(18, 'Commitments and Contingencies');
  yield ctx.fromList('contingencies', 4, { envAccrualM: amount(environmentalAccrual(ctx, y)), sites: environmentalSites(ctx).length, locM: amount(lettersOfCredit(ctx, y) + suretyBonds(ctx, y)) });
  if (ctx.states('environment.remediation-accrual')) yield* environmentalDetail(ctx);
  yield* legalTable(ctx);
  yield* purchaseCommitments(ctx);

}
