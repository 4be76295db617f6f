// 年报 needles on money raised and owed: a loan covenant's debt ratio, a guarantee quota, a fund-raising project, an acquisition after year end.
import type { ZhReportWorld } from '../../../haystack/zh/financial-report/world.js';
import type { WorldTemplate } from '../../template.js';
import { distinct } from '../../vocab.js';
import { counterparty, pctTenth, reportYear, wanWhole } from './values.js';

const loanCovenant: WorldTemplate<ZhReportWorld, { limits: string[] }> = {
  id: 'zh-fin-loan-debt-ratio-covenant',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.debt.loan-terms'],
  sections: ['短期借款', '资产及负债状况分析', '可能面对的风险'],
  // 61.1%–78.9% with a non-zero tenth: the report prints ratios with two decimals and keeps its debt ratio below 55%.
  draw: (rng) => ({ limits: distinct(rng, 2, (r) => pctTenth(r, 61, 78)) }),
  render({ limits: [lim, alt] }, world, place) {
    const t = reportYear(world, place);
    const { bank, city } = world.company;
    const branch = `${bank}${city}分行`;
    return {
      text: `根据公司于${t}年与${branch}签订的《固定资产借款合同》，借款存续期间公司合并报表资产负债率不得超过${lim}。`,
      lexical: `根据公司与${branch}签订的《固定资产借款合同》，合并报表资产负债率不得超过多少？`,
      paraphrased: '为拿到那笔银行贷款，企业承诺把总负债占总资产的比重压在什么水平以下？',
      answers: [lim!],
      distractors: [{ text: `此前的借款合同曾将上述资产负债率上限设定为${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/资产负债率.{0,12}(不得|不超过|不高于|上限)/],
};

const guaranteeQuota: WorldTemplate<ZhReportWorld, { amounts: string[]; sub: number }> = {
  id: 'zh-fin-subsidiary-guarantee-quota',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.guarantee.subsidiaries'],
  sections: ['重大合同及其履行情况', '重要事项'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => wanWhole(r, 30_000, 89_990)), sub: rng.int(0, 99) }),
  render({ amounts: [amt, alt], sub }, world, place) {
    const t = reportYear(world, place);
    const s = world.company.subsidiaries[sub % world.company.subsidiaries.length]!;
    return {
      text: `经${t - 1}年年度股东大会审议通过，公司为子公司${s.name}向银行申请综合授信提供总额不超过${amt}的连带责任担保。`,
      lexical: `公司为子公司${s.name}向银行申请综合授信提供的连带责任担保总额不超过多少？`,
      paraphrased: `母公司替旗下位于${s.city}的那家企业向金融机构融资兜底，最高承担多少金额？`,
      answers: [amt!],
      distractors: [{ text: `截至报告期末，公司为${s.name}提供担保的实际余额为${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/连带责任担保|担保总额|担保额度/],
};

const proceedsProject: WorldTemplate<ZhReportWorld, { amounts: string[]; product: number; when: number }> = {
  id: 'zh-fin-proceeds-project-investment',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.proceeds.use'],
  sections: ['投资状况分析', '募集资金使用情况'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => wanWhole(r, 18_000, 49_990)), product: rng.int(0, 99), when: rng.int(0, 99) }),
  render({ amounts: [amt, alt], product, when }, world, place) {
    const t = reportYear(world, place);
    const c = world.company;
    const seg = c.segments[product % c.segments.length]!;
    const p = seg.products[product % seg.products.length]!;
    const base = c.bases[when % c.bases.length]!;
    const project = `${base}${p}扩产项目`;
    return {
      text: `公司募集资金投资项目“${project}”计划总投资${amt}，预计于${t + 2}年${(when % 12) + 1}月达到预定可使用状态。`,
      lexical: `募集资金投资项目“${project}”计划总投资是多少？`,
      paraphrased: `企业拿上市融来的钱在${base}新增${p}产能，一共打算投入多少资金？`,
      answers: [amt!],
      distractors: [{ text: `截至报告期末，该项目累计已投入募集资金${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/计划总投资|拟投入募集资金|项目总投资/],
};

const subsequentAcquisition: WorldTemplate<ZhReportWorld, { prices: string[]; stake: number; target: { name: string; city: string }; month: number }> = {
  id: 'zh-fin-subsequent-acquisition-price',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.subsequent.none'],
  sections: ['资产负债表日后事项'],
  draw: (rng, world) => ({
    prices: distinct(rng, 2, (r) => wanWhole(r, 6_000, 29_990)),
    stake: rng.int(51, 80),
    target: counterparty(rng, world, ['科技有限公司', '精工有限公司', '材料有限公司']),
    month: rng.int(1, 3),
  }),
  render({ prices: [price, alt], stake, target, month }, world, place) {
    const t = reportYear(world, place);
    return {
      text: `${t + 1}年${month}月，公司与${target.name}的股东签署股权转让协议，以${price}受让其持有的${target.name}${stake}%股权，交易完成后该公司将纳入合并报表范围。`,
      lexical: `公司受让${target.name}${stake}%股权的交易对价是多少？`,
      paraphrased: `年度结束后，企业为买下那家${target.city}公司的控制权付出了多少钱？`,
      answers: [price!],
      distractors: [{ text: `经评估，${target.name}股东全部权益的评估价值为${alt}。`, answers: [alt!] }],
    };
  },
  contradicts: () => [/无其他.{0,20}资产负债表日后事项|不存在其他.{0,20}资产负债表日后/],
};

/** Debt, guarantee, fund-raising and acquisition needles. */
export const FINANCING_AND_INVESTMENT = [loanCovenant, guaranteeQuota, proceedsProject, subsequentAcquisition];
