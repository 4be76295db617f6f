// 附注 breakdowns of two balance-sheet lines, 货币资金 and 应收账款, drawn per year from the world: the same year always splits
// the same way, so last year's closing split is this year's opening one (期初余额 = 上年期末余额), and the parts add up to
// the ledger's line.
import type { ZhReportWorld } from '../world.js';
import { yearRng } from './asset-movements.js';

/** 货币资金 split into 库存现金, 银行存款 and 其他货币资金. */
export interface CashSplit { onHand: number; bank: number; other: number }

export function cashSplit(world: ZhReportWorld, year: number, cash: number): CashSplit {
  const r = yearRng(world, 'cash-split', year);
  // Cash on hand is petty cash (hundredths of a percent); the rest sits in bank accounts and deposits held as margin.
  const onHand = Math.round(cash * r.float(0.0001, 0.0008));
  const other = Math.round(cash * r.float(0.02, 0.09));
  return { onHand, bank: cash - onHand - other, other };
}

/** 应收账款 before the allowance: gross balance, its ageing buckets and the 坏账准备 split by provisioning method. */
export interface ReceivablesBook {
  gross: number;
  /** 1年以内, 1至2年, 2至3年, 3年以上; they add up to `gross`. */
  ages: [number, number, number, number];
  allowance: number;
  single: number;
  singleAllow: number;
  group: number;
  groupAllow: number;
}

export function receivablesBook(world: ZhReportWorld, year: number, net: number): ReceivablesBook {
  const r = yearRng(world, 'receivables-book', year);
  const gross = Math.round(net / r.float(0.91, 0.95));
  const weights = [r.float(0.82, 0.9), r.float(0.06, 0.1), r.float(0.01, 0.04), r.float(0.005, 0.02)];
  const sum = weights.reduce((a, x) => a + x, 0);
  const ages = weights.map((w) => Math.round((gross * w) / sum)) as [number, number, number, number];
  ages[3] += gross - ages.reduce((a, x) => a + x, 0);
  const allowance = gross - net;
  const single = Math.round(gross * r.float(0.004, 0.015));
  const singleAllow = Math.min(allowance, Math.round(single * r.float(0.6, 1)));
  return { gross, ages, allowance, single, singleAllow, group: gross - single, groupAllow: allowance - singleAllow };
}
