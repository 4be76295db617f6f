// One fiscal year's books as the ledger records them: segments, statements, debt, acquisitions (types), and the quarterly split.
import type { Rng } from '../../util/rng.js';

/** Amounts are integers in tenths of a million dollars (12345 = $1,234.5 million). */
export type Tenths = number;

/** Segment figures for one year. */
export interface SegmentYear {
  sales: Tenths;
  oi: Tenths;
  da: Tenths;
  capex: Tenths;
  /** Sales change drivers in tenths of a percent; they sum to the printed total change. */
  volume: number;
  price: number;
  fx: number;
  acquisition: number;
}

/** One quarter of a fiscal year. */
export interface Quarter {
  sales: Tenths;
  gross: Tenths;
  oi: Tenths;
  ni: Tenths;
}

/** A debt instrument outstanding at year end. */
export interface Debt {
  name: string;
  rate: number;
  maturity: number;
  principal: Tenths;
  kind: 'notes' | 'term' | 'revolver';
}

/** An acquisition closed during the year. */
export interface Acquisition {
  target: string;
  segment: string;
  price: Tenths;
  goodwill: Tenths;
  intangibles: Tenths;
  netOther: Tenths;
  month: string;
}

/** Balance sheet at year end. */
export interface BalanceSheet {
  cash: Tenths; ar: Tenths; inv: Tenths; prepaid: Tenths; tca: Tenths;
  ppe: Tenths; goodwill: Tenths; intang: Tenths; rou: Tenths; otherNca: Tenths; ta: Tenths;
  ap: Tenths; accrued: Tenths; curDebt: Tenths; curLease: Tenths; tcl: Tenths;
  ltDebt: Tenths; ltLease: Tenths; pension: Tenths; deferredTax: Tenths; otherLtl: Tenths; tl: Tenths;
  apic: Tenths; retained: Tenths; aoci: Tenths; treasury: Tenths; te: Tenths; tle: Tenths;
}

/** Cash flow statement for the year. */
export interface CashFlow {
  ni: Tenths; da: Tenths; amort: Tenths; sbc: Tenths; deferredTax: Tenths; otherOp: Tenths;
  dAr: Tenths; dInv: Tenths; dPrepaid: Tenths; dAp: Tenths; dAccrued: Tenths; cfo: Tenths;
  capex: Tenths; acquisitions: Tenths; assetSales: Tenths; otherInv: Tenths; cfi: Tenths;
  borrowings: Tenths; repayments: Tenths; dividends: Tenths; buybacks: Tenths; optionProceeds: Tenths; otherFin: Tenths; cff: Tenths;
  fx: Tenths; change: Tenths; begin: Tenths; end: Tenths;
}

/** Everything reported about one fiscal year. */
export interface YearLedger {
  year: number;
  seg: SegmentYear[];
  corporate: Tenths;
  sales: Tenths; cogs: Tenths; gross: Tenths; sga: Tenths; rnd: Tenths; amort: Tenths; restructuring: Tenths;
  oi: Tenths; interest: Tenths; otherIncome: Tenths; pretax: Tenths; tax: Tenths; ni: Tenths;
  /** Effective tax rate components in tenths of a percent (sum = effective rate). */
  taxRec: { statutory: number; state: number; foreign: number; credits: number; other: number };
  basicShares: Tenths; dilutedShares: Tenths; dps: number;
  quarters: Quarter[];
  bs: BalanceSheet;
  cf: CashFlow;
  debt: Debt[];
  revolverCapacity: Tenths;
  acquisition: Acquisition | null;
  leaseCost: Tenths;
  leasePayments: Tenths[];
  headcount: number;
  sharesRepurchased: Tenths;
  pensionPbo: Tenths;
  pensionAssets: Tenths;
  rsuGranted: number;
  backlog: Tenths;
  holders: number;
  /** Year-end share price in dollars, and quarterly high and low prices. */
  price: number;
  priceHigh: number[];
  priceLow: number[];
  /** Other comprehensive income for the year (currency translation and pension). */
  oci: Tenths;
}

const r = (x: number): number => Math.round(x);

/** Splits a total into four parts by weights; the last part takes the rounding residue. */
export function splitQuarters(total: Tenths, weights: number[], rng: Rng): Tenths[] {
  const parts = weights.slice(0, 3).map((w) => r(total * w * rng.float(0.96, 1.04)));
  return [...parts, total - parts.reduce((a, b) => a + b, 0)];
}
