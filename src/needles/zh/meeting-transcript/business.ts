// Chinese transcript needles of the business: a new plant's start of production, a price increase, next quarter's
// revenue guidance, a new supplier, campus hiring.
import { ZH_MEETING_FACTS, type ZhMeetingWorld } from '../../../haystack/zh/meeting-transcript/index.js';
import type { WorldTemplate } from '../../template.js';
import { dateAfter, distinct, meetingOf, oddPct, replyAt, rolesAt, sectionsOf, teamAt, type Where } from './place.js';

const PLANT: Where = { board: ['vp', 'ceo'], 'earnings-call': ['vp', 'ceo', 'chair'] };
const PRICE: Where = { 'earnings-call': ['ceo', 'vp', 'chair'], board: ['ceo', 'vp'] };
const GUIDANCE: Where = { 'earnings-call': ['cfo', 'ceo'], board: ['cfo'] };
const SUPPLIER: Where = { weekly: ['eng-manager', 'pm'], board: ['vp'], 'earnings-call': ['vp'] };
const HIRING: Where = { board: ['ceo', 'vp'], weekly: ['eng-manager'], 'earnings-call': ['ceo'] };

/** A new production base (a city the series never names) starts production on a date after the meeting. */
export const plantStart: WorldTemplate<ZhMeetingWorld, { city: string; days: number; other: number }> = {
  id: 'zh-mtg-plant-start',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.plantStart],
  sections: sectionsOf(PLANT),
  draw(rng, world) {
    return { city: rng.pick(world.company.reserved.cities), days: rng.int(40, 200), other: rng.int(230, 400) };
  },
  render({ city, days, other }, world, place) {
    const when = dateAfter(world, place, days);
    const later = dateAfter(world, place, other);
    return {
      text: `${city}新基地的设备调试已经进入尾声，一期产线定于${when}正式投产。`,
      lexical: `${city}新基地一期产线定于哪天正式投产？`,
      paraphrased: `${city}那座新厂什么时候开始出货生产？`,
      answers: [when],
      distractors: [{ text: `${city}新基地二期的开工时间暂定${later}。`, answers: [later] }],
      speakerRoles: rolesAt(PLANT, place),
      reply: replyAt(place),
    };
  },
};

/** A price increase on one product line. */
export const priceIncrease: WorldTemplate<ZhMeetingWorld, { product: string; pct: string; other: string; product2: string }> = {
  id: 'zh-mtg-price-increase',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.pricing],
  sections: sectionsOf(PRICE),
  draw(rng, world) {
    const [p, p2] = rng.sample(world.company.segments.flatMap((s) => s.products), 2);
    const [pct, other] = distinct(rng, 2, (r) => oddPct(r, 2, 14));
    return { product: p!, product2: p2!, pct: pct!, other: other! };
  },
  render({ product, pct, other, product2 }, _world, place) {
    return {
      text: `从下个月一号起，${product}的出厂价格平均上调${pct}，主要客户那边都已经沟通过了。`,
      lexical: `${product}的出厂价格平均上调多少？`,
      paraphrased: '下游买家从下月开始拿货要多付百分之几？',
      answers: [pct],
      distractors: [{ text: `${product2}的价格暂时不动，去年曾经上调过${other}。`, answers: [other] }],
      speakerRoles: rolesAt(PRICE, place),
      reply: replyAt(place),
    };
  },
};

/** Revenue guidance for the next quarter, in 亿元 with one decimal (a form the generator never prints). */
export const revenueGuidance: WorldTemplate<ZhMeetingWorld, { amount: string; other: string }> = {
  id: 'zh-mtg-revenue-guidance',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.revenueGuidance],
  sections: sectionsOf(GUIDANCE),
  draw(rng, world) {
    const base = world.ledger.quarter(1).revenue / 10_000;
    const [amount, other] = distinct(rng, 2, (r) => `${Math.floor(base * r.float(1.02, 1.2))}.${r.int(1, 9)}亿元`);
    return { amount: amount!, other: other! };
  },
  render({ amount, other }, _world, place) {
    return {
      text: `结合目前的在手订单，我们对下一季度营业收入的指引是${amount}左右。`,
      lexical: '公司对下一季度营业收入的指引是多少？',
      paraphrased: '管理层预计接下来三个月能做到多少营收？',
      answers: [amount],
      distractors: [{ text: `年初预算里下一季度的收入目标是${other}。`, answers: [other] }],
      speakerRoles: rolesAt(GUIDANCE, place),
      reply: replyAt(place),
    };
  },
};

/** A second supplier chosen for a material (a supplier the series never names). */
export const newSupplier: WorldTemplate<ZhMeetingWorld, { supplier: string; other: string; material: string }> = {
  id: 'zh-mtg-new-supplier',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.suppliers],
  sections: sectionsOf(SUPPLIER),
  draw(rng, world) {
    const [supplier, other] = rng.sample(world.company.reserved.suppliers, 2);
    return { supplier: supplier!, other: other!, material: rng.pick(world.company.materials) };
  },
  render({ supplier, other, material }, _world, place) {
    return {
      text: `${material}的第二供应商招标结果出来了，最终选定${supplier}，下个月开始小批量供货。`,
      lexical: `${material}的第二供应商最终选定了哪家？`,
      paraphrased: `招标之后，哪家企业成了这种原料新的备选货源？`,
      answers: [supplier],
      distractors: [{ text: `参与比价的还有${other}，报价偏高没有入围。`, answers: [other] }],
      speakerRoles: rolesAt(SUPPLIER, place),
      reply: replyAt(place),
    };
  },
};

/** Campus hiring quota for the year (N名应届毕业生). */
export const campusHiring: WorldTemplate<ZhMeetingWorld, { count: string; other: string }> = {
  id: 'zh-mtg-campus-hiring',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.campusHiring],
  sections: sectionsOf(HIRING),
  draw(rng) {
    const [count, other] = distinct(rng, 2, (r) => `${r.int(31, 299)}名`);
    return { count: count!, other: other! };
  },
  render({ count, other }, world, place) {
    const team = meetingOf(place)?.meetingKind === 'weekly' ? `${teamAt(world, place).name}也会分到几个，` : '';
    return {
      text: `今年校园招聘的计划已经批下来了，全公司招收应届毕业生${count}，${team}以研发和工艺岗位为主。`,
      lexical: '今年校园招聘计划招收应届毕业生多少？',
      paraphrased: '公司这一年准备从高校招多少新人？',
      answers: [count],
      distractors: [{ text: `社会招聘的名额是${other}，由各事业部自行安排。`, answers: [other] }],
      speakerRoles: rolesAt(HIRING, place),
      reply: replyAt(place),
    };
  },
};

