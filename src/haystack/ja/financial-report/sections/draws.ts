// Figures several notes print alike: a year's stable draws, the two periods' column heads and the split of other comprehensive income.
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import type { JaYear } from '../ledger.js';

/** 前連結会計年度 / 当連結会計年度 column heads with their dates. */
export function periods(ctx: JaReportContext): [string, string] {
  return [`前連結会計年度（${ctx.year - 1}年3月31日）`, `当連結会計年度（${ctx.year}年3月31日）`];
}

/** 前連結会計年度 / 当連結会計年度 column heads for flows (自…至…). */
export function spans(ctx: JaReportContext): [string, string] {
  return [`前連結会計年度（自 ${ctx.year - 2}年4月1日 至 ${ctx.year - 1}年3月31日）`, `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`];
}

/** A figure drawn once for a fiscal year (so next year's report prints it again unchanged as the prior year). */
export function drawn(ctx: JaReportContext, year: number, label: string, lo: number, hi: number): number {
  return ctx.withYear(year).rng.fork(label).float(lo, hi);
}

/** One item of other comprehensive income: arising, reclassified, before tax, tax effect, after tax. */
export interface OciItem {
  occurred: number;
  reclass: number;
  before: number;
  tax: number;
  after: number;
}

/** The year's other comprehensive income by item (the items sum to the change in AOCI). */
export function ociSplit(ctx: JaReportContext): { sec: OciItem; fx: number; ret: OciItem; delta: number } {
  const delta = ctx.y.aoci - ctx.p.aoci;
  const secAfter = Math.round(delta * drawn(ctx, ctx.year, 'oci-sec', 0.35, 0.6));
  const fx = Math.round(delta * drawn(ctx, ctx.year, 'oci-fx', 0.2, 0.45));
  const retAfter = delta - secAfter - fx;
  const split = (after: number, reclass: number): OciItem => {
    const before = Math.round(after / 0.694);
    return { occurred: before - reclass, reclass, before, tax: after - before, after };
  };
  const sec = split(secAfter, ctx.may(JA_REPORT_FACTS.securitiesGain) ? -ctx.y.securitiesGain : -Math.round(drawn(ctx, ctx.year, 'oci-reclass', 0, 40)));
  const ret = split(retAfter, Math.round(drawn(ctx, ctx.year, 'oci-ret', -60, 90)));
  return { sec, fx, ret, delta };
}

/** The deferred tax assets by cause (退職給付, 賞与引当金, 未払事業税, 減損損失, その他), the valuation allowance and the liability on securities of a year. */
export function deferredTaxes(y: JaYear): { items: number[]; allowance: number; dtl: number; net: number } {
  const items = [0.028, 0.011, 0.006, 0.009, 0.004].map((k, i) => Math.round(y.sales * k * (1 + ((y.year + i) % 5) / 20)));
  const allowance = -Math.round(items.reduce((a, b) => a + b, 0) * 0.12);
  const dtl = Math.round((y.securities - Math.round(y.securities * 0.42)) * 0.306);
  return { items, allowance, dtl, net: items.reduce((a, b) => a + b, 0) + allowance - dtl };
}

/** Write-down of inventories in cost of sales (洗替法, after reversals) of `year`. */
export function writeDown(ctx: JaReportContext, year: number): number {
  return Math.round(ctx.books(year).inventories * drawn(ctx, year, 'inv-wd', -0.002, 0.006));
}

/** The day of the general meeting of shareholders of `year` (the day before the report is filed), ISO. */
export function agmDay(ctx: JaReportContext, year: number): string {
  const d = new Date(`${ctx.calendar.filedOn(year)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
