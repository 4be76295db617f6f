// The seeded ledger: rolls the company's books forward one fiscal year at a time from a seeded opening balance sheet.
import type { Company } from './company.js';
import { rollYear } from './roll-year.js';
import type { BalanceSheet, Debt, YearLedger } from './year-ledger.js';
import type { Rng } from '../../util/rng.js';

const r = (x: number): number => Math.round(x);

/** Rolls the company's books forward one year at a time, from a seeded opening balance sheet. */
export class Ledger {
  private years = new Map<number, YearLedger>();
  private nextYear: number;
  private last: YearLedger;

  /** `keepAll`: keep every year rolled (a world's books, asked in any order) instead of only the recent ones. */
  constructor(private readonly company: Company, private readonly rng: Rng, private readonly keepAll = false) {
    this.last = this.opening();
    this.years.set(this.last.year, this.last);
    this.nextYear = company.firstYear - 4;
  }

  /** The ledger of a fiscal year (from firstYear − 4 onward), generated on demand and kept while recent. */
  get(year: number): YearLedger {
    while (this.nextYear <= year) {
      this.last = this.roll(this.last, this.nextYear, this.rng.fork(`year-${this.nextYear}`));
      this.years.set(this.nextYear, this.last);
      if (!this.keepAll) this.years.delete(this.nextYear - 6);
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
