// 年报 needles on the business and its incidents: customer concentration, a new R&D centre, a settled lawsuit, an environmental fine, a warehouse fire.
import type { ZhReportWorld } from '../../../haystack/zh/financial-report/world.js';
import type { WorldTemplate } from '../../template.js';
import { distinct } from '../../vocab.js';
import { counterparty, pctTenth, reportYear, wanTenth } from './values.js';

const topCustomers: WorldTemplate<ZhReportWorld, { shares: string[] }> = {
  id: 'zh-fin-top-five-customers-share',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.customers.top-five-share'],
  sections: ['主要销售客户和主要供应商情况', '收入与成本', '主营业务分析'],
  draw: (rng) => ({ shares: distinct(rng, 2, (r) => pctTenth(r, 31, 58)) }),
  render({ shares: [s, alt] }, world, place) {
    const t = reportYear(world, place);
    return {
      text: `${t}年度，公司向前五名客户合计实现的销售额占年度销售总额的${s}，不存在向单个客户销售比例超过总额50%的情形。`,
      lexical: '公司向前五名客户合计实现的销售额占年度销售总额的比例是多少？',
      paraphrased: '排名靠前的五家买方一共贡献了全年营收的多大份额？',
      answers: [s!],
      distractors: [{ text: `同期，公司向前五名供应商合计采购的金额占年度采购总额的${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/前五名客户.{0,30}(占|比例)/],
};

const rdCenter: WorldTemplate<ZhReportWorld, { cities: string[]; month: number; tech: number }> = {
  id: 'zh-fin-new-rd-center-city',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.rd.center'],
  sections: ['核心竞争力分析', '研发投入'],
  draw: (rng, world) => ({ cities: rng.sample(world.unusedCities, 2), month: rng.int(2, 11), tech: rng.int(0, 99) }),
  render({ cities: [city, alt], month, tech }, world, place) {
    const t = reportYear(world, place);
    const techs = world.company.industry.technologies;
    return {
      text: `${t}年${month}月，公司在${city}设立的研发中心正式投入使用，主要承担${techs[tech % techs.length]}等方向的前沿技术研究。`,
      lexical: '公司设立的研发中心正式投入使用，它设在哪座城市？',
      paraphrased: '这家企业最新落成的技术研究基地建在什么地方？',
      answers: [city!],
      distractors: [{ text: `公司此前曾考察在${alt}设立研发中心，但最终未予实施。`, answers: [alt!] }],
    };
  },
  rivals: () => [/研发中心.{0,10}(位于|设在|设立于)|技术中心.{0,10}(位于|设在)/],
};

const litigation: WorldTemplate<ZhReportWorld, { amounts: string[]; party: { name: string; city: string }; month: number }> = {
  id: 'zh-fin-litigation-settlement',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.legal.no-litigation'],
  sections: ['重大诉讼、仲裁事项', '重要事项'],
  draw: (rng, world) => ({ amounts: distinct(rng, 2, (r) => wanTenth(r, 1_200, 4_800)), party: counterparty(rng, world), month: rng.int(3, 11) }),
  render({ amounts: [amt, alt], party, month }, world, place) {
    const t = reportYear(world, place);
    return {
      text: `公司与${party.name}之间的买卖合同纠纷已于${t}年${month}月经${party.city}市中级人民法院主持调解结案，${party.name}同意向公司支付和解款${amt}。`,
      lexical: `公司与${party.name}之间的买卖合同纠纷调解结案后，对方同意支付的和解款是多少？`,
      paraphrased: '经法院调停，那家拖欠货款的交易对手答应赔给企业多少钱？',
      answers: [amt!],
      distractors: [{ text: `公司起诉时曾请求${party.name}支付货款及违约金合计${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/和解款|调解结案|和解金额/],
  contradicts: () => [/无重大诉讼|未发生重大诉讼|不存在.{0,30}重大诉讼/],
};

const environmentFine: WorldTemplate<ZhReportWorld, { fines: string[]; spend: string; sub: number; month: number }> = {
  id: 'zh-fin-environmental-fine',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.environment.no-penalty'],
  sections: ['重大环保问题情况', '环境和社会责任'],
  draw: (rng) => ({ fines: distinct(rng, 2, (r) => wanTenth(r, 12, 89)), spend: wanTenth(rng, 120, 480), sub: rng.int(0, 99), month: rng.int(2, 11) }),
  render({ fines: [fine, alt], sub, month }, world, place) {
    const t = reportYear(world, place);
    const s = world.company.subsidiaries[sub % world.company.subsidiaries.length]!;
    return {
      text: `${t}年${month}月，子公司${s.name}因废气排放超标被${s.city}市生态环境局处以罚款${fine}，相关问题已完成整改。`,
      lexical: `子公司${s.name}因废气排放超标被处以的罚款是多少？`,
      paraphrased: `旗下${s.city}那家企业因为烟气污染物超出限值，被环保部门罚了多少钱？`,
      answers: [fine!],
      distractors: [{ text: `此前一次检查中，${s.name}因危险废物贮存不规范被责令整改并处罚款${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/处以罚款|行政处罚.{0,20}万元/],
  contradicts: () => [/未.{0,6}受到.{0,10}行政处罚|未.{0,4}因环境问题受到/],
};

const warehouseFire: WorldTemplate<ZhReportWorld, { amounts: string[]; base: number; month: number }> = {
  id: 'zh-fin-warehouse-fire-insurance',
  kind: 'financial-report',
  lang: 'zh',
  competes: ['zh.safety.no-accident'],
  sections: ['社会责任情况', '环境和社会责任', '重要事项'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => wanTenth(r, 800, 2_900)), base: rng.int(0, 99), month: rng.int(1, 11) }),
  render({ amounts: [amt, alt], base, month }, world, place) {
    const t = reportYear(world, place);
    const city = world.company.bases[base % world.company.bases.length]!;
    return {
      text: `${t}年${month}月，公司${city}生产基地一座成品仓库发生火灾，未造成人员伤亡，公司已获保险公司赔付${amt}。`,
      lexical: `公司${city}生产基地成品仓库发生火灾后，获得的保险公司赔付是多少？`,
      paraphrased: `那次${city}库房失火，承保方最终理赔给企业多少钱？`,
      answers: [amt!],
      distractors: [{ text: `经初步核算，该次火灾造成的存货及设备损失约为${alt}。`, answers: [alt!] }],
    };
  },
  rivals: () => [/保险.{0,6}赔付|理赔/],
  contradicts: () => [/未发生.{0,10}安全生产事故/],
};

/** Business, legal and incident needles. */
export const OPERATIONS_AND_LEGAL = [topCustomers, rdCenter, litigation, environmentFine, warehouseFire];
