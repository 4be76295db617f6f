// The seeded ledger: one fiscal year's numbers at a time, each rolled forward from the last so every table agrees.
import type { Rng } from '../../util/rng.js';
import type { Company } from './company.js';
import { rollYear } from './roll-year.js';

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

/** Rolls the company's books forward one year at a time, from a seeded opening balance sheet. */
export class Ledger {
  private years = new Map<number, YearLedger>();
  private nextYear: number;
  private last: YearLedger;

  constructor(private readonly company: Company, private readonly rng: Rng) {
    this.last = this.opening();
    this.years.set(this.last.year, this.last);
    this.nextYear = company.firstYear - 4;
  }

  /** The ledger of a fiscal year (from firstYear − 4 onward), generated on demand and kept while recent. */
  get(year: number): YearLedger {
    while (this.nextYear <= year) {
      this.last = this.roll(this.last, this.nextYear, this.rng.fork(`year-${this.nextYear}`));
      this.years.set(this.nextYear, this.last);
      this.years.delete(this.nextYear - 6);
      this.nextYear++;
    }
    const y = this.years.get(year);
    if (!y) throw new Error(`ledger: fiscal ${year} is no longer kept`);
    return y;
  }

  private opening(): YearLedger {
    const rng = this.rng.fork('opening');
    const c = this.company;
    const seg = c.segments.map(() => {
      const sales = rng.int(4000, 30000);
      return { sales, oi: r(sales * rng.float(0.08, 0.2)), da: r(sales * 0.04), capex: r(sales * 0.04), volume: 0, price: 0, fx: 0, acquisition: 0 };
    });
    const sales = seg.reduce((a, s) => a + s.sales, 0);
    const debtTotal = r(sales * rng.float(0.25, 0.5));
    const notesYear = c.firstYear + rng.int(2, 6);
    const debt: Debt[] = [
      { name: '', rate: rng.int(300, 525) / 100, maturity: notesYear, principal: r(debtTotal * 0.45), kind: 'notes' },
      { name: '', rate: rng.int(450, 675) / 100, maturity: notesYear + rng.int(3, 7), principal: r(debtTotal * 0.35), kind: 'notes' },
      { name: 'Term loan', rate: rng.int(500, 700) / 100, maturity: c.firstYear + rng.int(1, 4), principal: debtTotal - r(debtTotal * 0.45) - r(debtTotal * 0.35), kind: 'term' },
    ];
    for (const d of debt) if (d.kind === 'notes') d.name = `${d.rate.toFixed(3).replace(/0$/, '')}% Senior Notes due ${d.maturity}`;
    const bs = {} as BalanceSheet;
    Object.assign(bs, {
      cash: r(sales * rng.float(0.06, 0.12)), ar: r(sales * 0.14), inv: r(sales * 0.13), prepaid: r(sales * 0.025),
      ppe: r(sales * rng.float(0.25, 0.4)), goodwill: r(sales * rng.float(0.2, 0.45)), intang: r(sales * rng.float(0.08, 0.2)),
      rou: r(sales * 0.05), otherNca: r(sales * 0.04), ap: r(sales * 0.1), accrued: r(sales * 0.08), curDebt: 0,
      curLease: r(sales * 0.012), ltDebt: debtTotal, ltLease: r(sales * 0.04), pension: r(sales * 0.03), deferredTax: r(sales * 0.025),
      otherLtl: r(sales * 0.03), apic: r(sales * rng.float(0.15, 0.3)), aoci: -r(sales * 0.02), treasury: -r(sales * rng.float(0.05, 0.2)),
    });
    const liab = bs.ap + bs.accrued + bs.curLease + bs.ltDebt + bs.ltLease + bs.pension + bs.deferredTax + bs.otherLtl;
    const assets = bs.cash + bs.ar + bs.inv + bs.prepaid + bs.ppe + bs.goodwill + bs.intang + bs.rou + bs.otherNca;
    bs.retained = assets - liab - bs.apic - bs.aoci - bs.treasury;
    const shares = rng.int(400, 2500);
    return {
      year: c.firstYear - 5, seg, corporate: -r(sales * 0.02), sales, basicShares: shares, dilutedShares: shares + 10, dps: rng.int(40, 260) / 100,
      bs, debt, revolverCapacity: rng.pick([5000, 7500, 10000, 12500, 15000]), headcount: r((sales * 10) / rng.float(25, 45)),
      pensionPbo: r(sales * 0.12), pensionAssets: r(sales * 0.09), backlog: r(sales * rng.float(0.2, 0.5)), holders: rng.int(900, 6000), price: rng.int(3000, 16000) / 100,
      gross: r(sales * rng.float(0.28, 0.42)), ni: r(sales * 0.07),
    } as YearLedger;
  }

  private roll(p: YearLedger, year: number, rng: Rng): YearLedger {
    // Implemented in roll-year.ts to keep this file about bookkeeping order.
    return rollYear(this.company, p, year, rng);
  }
}
