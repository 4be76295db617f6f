// The facts the Japanese meetings state that a needle could compete with; a section checks its key before stating it.
import type { FactKey } from '../../../place-context.js';

/** Fact keys of the Japanese meeting-transcript generator, and what stating each one means. */
export const JA_MEETING_FACTS = {
  /** The annual dividend forecast per share (決算説明会, the board's 剰余金の配当 item). */
  dividendForecast: 'ja.meeting.dividend-forecast',
  /** Price revisions (値上げ, 価格改定) of products. */
  priceRevision: 'ja.meeting.price-revision',
  /** When a new plant or line starts operating (稼働開始). */
  plantStart: 'ja.meeting.plant-start',
  /** Capital expenditure decisions (設備投資) and their amounts. */
  capex: 'ja.meeting.capex',
  /** Officers' pay (役員報酬) and its limits. */
  officerPay: 'ja.meeting.officer-pay',
  /** Share buybacks (自己株式の取得). */
  buyback: 'ja.meeting.buyback',
  /** Hiring plans (新卒採用, 採用計画). */
  hiring: 'ja.meeting.hiring',
  /** Production incidents (障害) and their counts. */
  incidents: 'ja.meeting.incidents',
  /** Release dates of the teams' systems (リリース日). */
  releaseDates: 'ja.meeting.release-dates',
  /** Who leads a project (責任者, 担当者の交代). */
  projectLeads: 'ja.meeting.project-leads',
  /** The city's supplementary budgets (補正予算). */
  supplementaryBudget: 'ja.meeting.supplementary-budget',
  /** Air conditioning and facilities of the city's schools (学校施設, 体育館の空調). */
  schoolFacilities: 'ja.meeting.school-facilities',
  /** Children waiting for day care (待機児童) and nursery places. */
  childcare: 'ja.meeting.childcare',
} as const satisfies Record<string, FactKey>;

/** Every fact key the generator can state (and leave out). */
export const JA_MEETING_FACT_KEYS: readonly FactKey[] = Object.values(JA_MEETING_FACTS);
