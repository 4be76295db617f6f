// The facts a Japanese annual report's sections state and can leave out (a needle that competes with one asks them to).
import type { FactKey } from '../../place-context.js';

/** Every fact key some section of the 有価証券報告書 can state. */
export const JA_REPORT_FACTS = {
  /** 役員区分ごとの報酬等: the bonus (業績連動報酬) column of the officers' pay table. */
  officerBonus: 'ja.officers.bonus',
  /** 借入金等関係: the syndicated loan's financial covenants. */
  debtCovenant: 'ja.debt.covenant',
  /** 設備の新設、除却等の計画: the planned new facilities and their budgets. */
  capexPlan: 'ja.capex.plan',
  /** 事業等のリスク: "no litigation with a material effect is pending". */
  noLitigation: 'ja.legal.no-litigation',
  /** 連結損益計算書 and MD&A: 投資有価証券売却益. */
  securitiesGain: 'ja.securities.sale-gain',
  /** セグメント情報 関連情報: no single customer reaches 10% of sales. */
  noMajorCustomer: 'ja.customers.none-major',
  /** 沿革: the year-month the technical center was opened. */
  labOpened: 'ja.history.lab-opened',
  /** 重要な後発事象: 該当事項はありません. */
  noSubsequentEvents: 'ja.subsequent.none',
  /** 減損損失 in the income statement and its note. */
  impairment: 'ja.impairment.loss',
  /** 事業等のリスク: no product recall with a material effect occurred this year. */
  noRecall: 'ja.quality.no-recall',
  /** 従業員の状況: the average wage increase of the year. */
  wageRevision: 'ja.employees.wage-revision',
  /** サステナビリティ: internal carbon pricing is still under study. */
  carbonPrice: 'ja.sustainability.carbon-price',
} as const satisfies Record<string, FactKey>;

/** The list form, for the generator's `facts`. */
export const JA_REPORT_FACT_KEYS: readonly FactKey[] = Object.values(JA_REPORT_FACTS);
