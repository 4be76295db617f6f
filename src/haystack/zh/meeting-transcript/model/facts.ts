// The facts the Chinese meetings state that a needle could compete with: a meeting checks the key before stating one.
import type { FactKey } from '../../../place-context.js';

/** Fact keys of the Chinese meeting-transcript generator, and what stating each one means. */
export const ZH_MEETING_FACTS = {
  /** Pay adjustments for senior executives (高管薪酬方案, the board). */
  execPay: 'zh-meeting.exec-pay',
  /** When a new plant or production base starts production (投产). */
  plantStart: 'zh-meeting.plant-start',
  /** Price increases of the company's products (提价). */
  pricing: 'zh-meeting.pricing',
  /** Cash dividends (利润分配预案, 分红). */
  dividend: 'zh-meeting.dividend',
  /** Counts of production incidents (线上故障) in the weekly meetings. */
  incidentCount: 'zh-meeting.incident-count',
  /** Revenue guidance for the next quarter (业绩指引). */
  revenueGuidance: 'zh-meeting.revenue-guidance',
  /** Share buyback plans and their price caps (回购). */
  buyback: 'zh-meeting.buyback',
  /** Go-live dates of the team's releases (上线日期). */
  releaseDate: 'zh-meeting.release-date',
  /** Appointments of the board secretary and other officers (聘任). */
  appointments: 'zh-meeting.appointments',
  /** Supplier selections (选定供应商). */
  suppliers: 'zh-meeting.suppliers',
  /** Latency targets and measured latencies of services (P99 延迟). */
  latency: 'zh-meeting.latency',
  /** Campus hiring quotas (校园招聘). */
  campusHiring: 'zh-meeting.campus-hiring',
  /** Equity incentive grants (股权激励). */
  equityGrants: 'zh-meeting.equity-grants',
} as const;

/** Every fact key the generator can state (and leave out). */
export const ZH_MEETING_FACT_KEYS: readonly FactKey[] = Object.values(ZH_MEETING_FACTS);
