// 年报 needles on pay and shares: an executive's performance bonus, a cash dividend proposal, a share buyback price cap.
import type { ZhReportWorld } from '../../../haystack/zh/financial-report/world.js';
import type { WorldTemplate } from '../../template.js';
import { distinct } from '../../vocab.js';
import { reportYear, wanTenth } from './values.js';

const executiveBonus: WorldTemplate<ZhReportWorld, { amounts: string[] }> = {
  id: 'zh-fin-executive-bonus',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.comp.performance-pay'],
  sections: ['高级管理人员报酬', '董事、监事和高级管理人员', '公司治理'],
  // 310–690万元: far above any pay the governance table prints (at most 180万元).
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => wanTenth(r, 310, 689)) }),
  render({ amounts: [amt, alt] }, world, place) {
    const t = reportYear(world, place);
    const { ceo, vicePresidents } = world.company;
    return {
      text: `经董事会薪酬与考核委员会审议，公司向总经理${ceo.name}发放${t}年度绩效奖金${amt}（税前），其中百分之四十递延至以后三年支付。`,
      lexical: `公司向总经理${ceo.name}发放的${t}年度绩效奖金是多少？`,
      paraphrased: `${ceo.name}这一年因经营成果拿到的激励性报酬有多少？`,
      answers: [amt!],
      distractors: [{ text: `副总经理${vicePresidents[0]!.name}的${t}年度绩效奖金为${alt}（税前）。`, answers: [alt!] }],
    };
  },
  rivals: () => [/绩效奖金|年终奖|激励性报酬/],
};

const dividendProposal: WorldTemplate<ZhReportWorld, { per10: string[] }> = {
  id: 'zh-fin-dividend-per-ten',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.dividend.proposal'],
  sections: ['资产负债表日后事项', '利润分配情况', '重要提示'],
  // 10.1–19.9元 per ten shares with a non-zero tenth: the report's own dividends stay below 10元.
  draw: (rng) => ({ per10: distinct(rng, 2, (r) => `${r.int(10, 19)}.${r.int(1, 9)}元`) }),
  render({ per10: [x, alt] }, world, place) {
    const t = reportYear(world, place);
    return {
      text: `董事会审议通过的${t}年度利润分配预案为：以实施权益分派股权登记日的总股本为基数，向全体股东每10股派发现金红利${x}（含税），不送红股。`,
      lexical: `公司${t}年度利润分配预案中，向全体股东每10股派发的现金红利是多少？`,
      paraphrased: '投资者手里每持有十股，这次能分到多少现金回报？',
      answers: [x!],
      distractors: [{ text: `公司${t}年半年度已向全体股东每10股派发现金红利${alt}（含税）。`, answers: [alt!] }],
    };
  },
  rivals: () => [/每10股派发现金红利|每十股派/],
};

const buybackPrice: WorldTemplate<ZhReportWorld, { prices: string[]; when: number }> = {
  id: 'zh-fin-buyback-price-cap',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.equity.no-buyback'],
  sections: ['股份变动情况', '股份变动及股东情况', '重要事项'],
  draw: (rng) => ({ prices: distinct(rng, 2, (r) => `${r.int(31, 88)}.${r.int(1, 9)}${r.int(1, 9)}元/股`), when: rng.int(0, 999) }),
  render({ prices: [p, alt], when }, world, place) {
    const t = reportYear(world, place);
    const date = `${t}年${(when % 9) + 2}月${(when % 27) + 1}日`;
    return {
      text: `${date}，公司董事会审议通过回购方案，拟使用自有资金以集中竞价交易方式回购公司股份用于员工持股计划，回购价格不超过${p}。`,
      lexical: '公司董事会审议通过的回购方案中，回购价格不超过多少？',
      paraphrased: '企业打算从二级市场买回自家股票，愿意出的最高单价是多少？',
      answers: [p!],
      distractors: [{ text: `回购方案披露前一个交易日，公司股票收盘价为${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/回购价格|回购.{0,20}不超过/],
};

/** Pay and shareholder-return needles. */
export const GOVERNANCE_AND_EQUITY = [executiveBonus, dividendProposal, buybackPrice];
