// The facts the Chinese annual report can state and leave out: what each key means and which section states it.
import type { FactKey } from '../../place-context.js';

/** Every fact key of the 年度报告; a section states one only when the haystack's `omit` does not name it. */
export const ZH_REPORT_FACTS: Readonly<Record<FactKey, string>> = {
  'zh.dividend.proposal': '本年度利润分配预案（重要提示、利润分配、资产负债表日后事项）',
  'zh.customers.top-five-share': '前五名客户合计销售额及占比（主营业务分析）',
  'zh.legal.no-litigation': '报告期内无重大诉讼、仲裁事项（重要事项）',
  'zh.comp.performance-pay': '高级管理人员薪酬由基本薪酬和绩效薪酬构成的说明（公司治理）',
  'zh.debt.loan-terms': '银行借款的条件与利率（合并财务报表项目注释：短期借款）',
  'zh.proceeds.use': '募集资金的存放与使用（投资状况分析、重要事项）',
  'zh.rd.center': '公司研发中心（技术中心）的所在地（核心竞争力分析）',
  'zh.subsequent.none': '除利润分配外无其他资产负债表日后事项（附注）',
  'zh.guarantee.subsidiaries': '为子公司提供担保的金额（重要事项）',
  'zh.environment.no-penalty': '报告期内未因环境问题受到行政处罚（环境和社会责任）',
  'zh.equity.no-buyback': '报告期内未实施股份回购（股份变动及股东情况）',
  'zh.safety.no-accident': '报告期内未发生重大安全生产事故（环境和社会责任）',
};

/** Every fact key the Chinese report can state (and leave out). */
export const ZH_REPORT_FACT_KEYS: readonly FactKey[] = Object.keys(ZH_REPORT_FACTS);
