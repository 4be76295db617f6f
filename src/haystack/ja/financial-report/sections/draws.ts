// Figures several notes print alike: a year's stable draws, the two periods' column heads and the split of other comprehensive income.
import { createRng } from '../../../../util/rng.js';
import type { JaReportContext } from '../context.js';
import { namesUsed, personName } from '../world.js';
import { businessDay, isoDate } from '../format.js';
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

/**
 * A share that belongs to the company more than to the year (a region's weight in sales or assets): drawn once per
 * company in [lo, hi], then moved by at most ±drift in each year, so a table's columns do not jump from year to year.
 */
export function steady(ctx: JaReportContext, year: number, label: string, lo: number, hi: number, drift = 0.06): number {
  return createRng(`${ctx.company.name}/${label}`).float(lo, hi) * (1 + drawn(ctx, year, `${label}-drift`, -drift, drift));
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

/** Deferred taxes of a year by cause (百万円): assets before and after the valuation allowances, liabilities, and the net. */
export interface DeferredTaxes {
  items: Array<[string, number]>;
  gross: number;
  lossAllowance: number;
  otherAllowance: number;
  allowance: number;
  assets: number;
  liabilities: Array<[string, number]>;
  dtl: number;
  net: number;
}

/** The deferred taxes of a year, from the balances they arise on (at the statutory rate of about 30.6%). */
export function deferredTaxes(y: JaYear, impairmentRow = true): DeferredTaxes {
  const all: Array<[string, number]> = [
    ['税務上の繰越欠損金（注）', Math.round(y.sales * 0.0015 * (1 + (y.year % 4) / 3))],
    ['退職給付に係る負債', Math.round(y.retirement * 0.306)],
    ['賞与引当金', Math.round(y.sga * 0.08 * 0.306)],
    ['未払事業税', Math.round(y.taxPayable * 0.1)],
    ['棚卸資産評価損', Math.round(y.inventories * 0.004)],
    ['減価償却超過額', Math.round(y.ppe * 0.012)],
    ['減損損失', Math.round(y.ppe * 0.006 * (1 + (y.year % 3) / 4))],
    ['資産除去債務', Math.round(y.sales * 0.0003)],
    ['その他', Math.round(y.sales * 0.004 * (1 + ((y.year + 4) % 5) / 20))],
  ];
  // Without its own row (a needle tells of the year's impairment), the impairment's deferred tax is part of その他.
  const items = impairmentRow ? all : all.filter(([l]) => l !== '減損損失').map(([l, v]): [string, number] => [l, l === 'その他' ? v + all[6]![1] : v]);
  const gross = items.reduce((a, [, v]) => a + v, 0);
  const lossAllowance = -Math.round(items[0]![1] * 0.8);
  const otherAllowance = -Math.round((gross - items[0]![1]) * 0.06);
  const allowance = lossAllowance + otherAllowance;
  const liabilities: Array<[string, number]> = [
    ['その他有価証券評価差額金', Math.round((y.securities - Math.round(y.securities * 0.42)) * 0.306)],
    ['固定資産圧縮積立金', Math.round(y.land * 0.02)],
    ['在外子会社の留保利益', Math.round(y.sales * 0.0008)],
    ['その他', Math.round(y.sales * 0.0002)],
  ];
  const dtl = liabilities.reduce((a, [, v]) => a + v, 0);
  return { items, gross, lossAllowance, otherAllowance, allowance, assets: gross + allowance, liabilities, dtl, net: gross + allowance - dtl };
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

/**
 * The day a periodic filing of fiscal `year` is made in `month` (8–14 of the month, the day the board also resolves the
 * interim dividend in November), moved back to a business day: nobody files or resolves on a Sunday.
 */
export function filingDay(year: number, month: number, fiscal: number): string {
  return businessDay(isoDate(year, month, 8 + (fiscal % 7)), -1);
}

/** The day the interim dividend takes effect (1–7 December), on a business day. */
export function interimPaidDay(y0: number, fiscal: number): string {
  return businessDay(isoDate(y0, 12, 1 + (fiscal % 7)), 1);
}

/** The audit firm's first year with the company and the two partners who sign this year's audit (each rotates every seven years). */
export function auditFirm(ctx: JaReportContext): { since: number; partners: [string, string] } {
  const c = ctx.company;
  const rng = createRng(`${c.name}/audit-firm`);
  const since = Math.min(c.listedYear + rng.int(0, 20), ctx.calendar.firstYear - 3);
  const used = namesUsed(ctx.officers.map((o) => o.name));
  return {
    since,
    partners: [
      personName(createRng(`${c.name}/partner/${Math.floor((ctx.year - since) / 7)}/a`), false, used),
      personName(createRng(`${c.name}/partner/${Math.floor((ctx.year - since + 3) / 7)}/b`), false, new Set(used)),
    ],
  };
}

/** Treasury shares held at the end of `year`, and those bought that year (単元未満株式の買取り). */
export function treasuryShares(ctx: JaReportContext, year: number): { end: number; bought: number } {
  const base = Math.round((Math.abs(ctx.books(ctx.calendar.firstYear).treasury) * 1e6) / drawn(ctx, ctx.calendar.firstYear, 'treasury-cost', 1400, 2600) / 100) * 100;
  let end = base;
  let bought = 0;
  for (let yr = ctx.calendar.firstYear - 1; yr <= year; yr++) {
    bought = Math.round(drawn(ctx, yr, 'odd-lots', 40, 960));
    end += bought;
  }
  return { end, bought };
}

/** The diversity figures from the company's size of issue and the year: women in management rise a little each year. */
export function diversityOf(s: number, firstYear: number, year: number): { female: number; leave: number; gap: number } {
  return {
    female: 3 + ((firstYear * 13 + s) % 50) / 10 + (year - firstYear) * (0.3 + ((s / 100_000) % 5) / 10),
    leave: 40 + ((year * 11 + s) % 500) / 10,
    gap: 66 + ((year * 3 + s) % 120) / 10,
  };
}

/** Per-share figures of `year` on shares outstanding (issued less treasury shares): the period's average for 1株当たり当期純利益, the year end for 1株当たり純資産額. */
export function perShare(ctx: JaReportContext, year: number): { eps: number; bps: number; avgShares: number; endShares: number; income: number; netAssets: number; nci: number } {
  const b = ctx.books(year);
  const issued = ctx.company.shares;
  const endShares = issued - treasuryShares(ctx, year).end;
  const avgShares = issued - Math.round((treasuryShares(ctx, year - 1).end + treasuryShares(ctx, year).end) / 2);
  const equity = b.netAssets - b.nci;
  return {
    eps: Math.round((b.parentIncome * 1e8) / avgShares) / 100,
    bps: Math.round((equity * 1e8) / endShares) / 100,
    avgShares, endShares, income: b.parentIncome, netAssets: b.netAssets, nci: b.nci,
  };
}
