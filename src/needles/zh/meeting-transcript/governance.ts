// Chinese transcript needles of the board's business: executive pay, the dividend, a buyback price cap, an appointment, a share grant.
import { ZH_MEETING_FACTS, type ZhMeetingWorld } from '../../../haystack/zh/meeting-transcript/index.js';
import type { WorldTemplate } from '../../template.js';
import { distinct, oddPct, replyAt, rolesAt, sectionsOf, type Where } from './place.js';

const PAY: Where = { board: ['secretary', 'chair', 'independent-director'] };
const DIVIDEND: Where = { board: ['cfo', 'secretary'], 'earnings-call': ['cfo', 'secretary', 'chair'] };
const BUYBACK: Where = { board: ['secretary', 'cfo'], 'earnings-call': ['secretary', 'chair'] };
const APPOINT: Where = { board: ['chair', 'secretary'] };
const GRANT: Where = { board: ['secretary', 'chair'], 'earnings-call': ['secretary'] };

/** The pay rise of the senior executives approved by the board (薪酬与考核委员会's proposal). */
export const execPayRaise: WorldTemplate<ZhMeetingWorld, { pct: string; other: string }> = {
  id: 'zh-mtg-exec-pay-raise',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.execPay],
  sections: sectionsOf(PAY),
  draw(rng) {
    const [pct, other] = distinct(rng, 2, (r) => oddPct(r, 3, 19));
    return { pct: pct!, other: other! };
  },
  render({ pct, other }, _world, place) {
    return {
      text: `薪酬与考核委员会的意见是，公司高级管理人员的基本薪酬从下个月起统一上调${pct}，绩效部分按原办法考核。`,
      lexical: '高级管理人员的基本薪酬统一上调了多少？',
      paraphrased: '公司高管的固定工资这次涨了几个百分点？',
      answers: [pct],
      distractors: [{ text: `中层管理人员的岗位工资上调${other}，由人力资源部另行通知。`, answers: [other] }],
      speakerRoles: rolesAt(PAY, place),
      reply: replyAt(place),
    };
  },
};

/** The cash dividend proposed for the year (利润分配预案). */
export const dividend: WorldTemplate<ZhMeetingWorld, { cash: string; other: string }> = {
  id: 'zh-mtg-dividend',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.dividend],
  sections: sectionsOf(DIVIDEND),
  draw(rng) {
    const [cash, other] = distinct(rng, 2, (r) => `${r.int(1, 9)}.${r.int(1, 9)}元`);
    return { cash: cash!, other: other! };
  },
  render({ cash, other }, _world, place) {
    return {
      text: `今年的利润分配预案是以总股本为基数，每10股派发现金红利${cash}（含税），不送红股，也不以资本公积转增股本。`,
      lexical: '利润分配预案中每10股派发现金红利多少？',
      paraphrased: '股东每持有十股能分到多少现金？',
      answers: [cash],
      distractors: [{ text: `去年的方案是每10股派发现金红利${other}（含税）。`, answers: [other] }],
      speakerRoles: rolesAt(DIVIDEND, place),
      reply: replyAt(place),
    };
  },
};

/** The price cap of a share buyback (回购价格上限). */
export const buybackCap: WorldTemplate<ZhMeetingWorld, { cap: string; other: string; total: number }> = {
  id: 'zh-mtg-buyback-cap',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.buyback],
  sections: sectionsOf(BUYBACK),
  draw(rng) {
    const [cap, other] = distinct(rng, 2, (r) => `${r.int(15, 89)}.${r.int(10, 99)}元`);
    return { cap: cap!, other: other!, total: rng.int(1, 5) };
  },
  render({ cap, other, total }, _world, place) {
    return {
      text: `这次回购用于员工持股计划，资金总额不低于${total}亿元，回购价格不超过每股${cap}，实施期限为董事会审议通过之日起十二个月内。`,
      lexical: '这次回购的回购价格不超过每股多少？',
      paraphrased: '公司买回自家股票时，单股最高肯出什么价？',
      answers: [cap],
      distractors: [{ text: `上一期回购的成交均价是每股${other}。`, answers: [other] }],
      speakerRoles: rolesAt(BUYBACK, place),
      reply: replyAt(place),
    };
  },
};

/** A new vice general manager appointed by the board: a name nobody in the series bears. */
export const appointment: WorldTemplate<ZhMeetingWorld, { name: string; other: string; field: string }> = {
  id: 'zh-mtg-appointment',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.appointments],
  sections: sectionsOf(APPOINT),
  draw(rng, world) {
    const [name, other] = rng.sample(world.company.reserved.people, 2);
    return { name: name!, other: other!, field: rng.pick(['海外业务', '供应链管理', '数字化建设', '质量管理']) };
  },
  render({ name, other, field }, _world, place) {
    return {
      text: `经总经理提名、提名委员会审核，董事会同意聘任${name}为公司副总经理，分管${field}，任期至本届董事会届满。`,
      lexical: `董事会同意聘任谁为公司副总经理，分管${field}？`,
      paraphrased: '董事会新请来的那位副手叫什么名字？',
      answers: [name],
      distractors: [{ text: `${other}因个人原因辞去证券事务代表职务。`, answers: [other] }],
      speakerRoles: rolesAt(APPOINT, place),
      reply: replyAt(place),
    };
  },
};

/** Restricted shares granted under an equity incentive plan (万股). */
export const equityGrant: WorldTemplate<ZhMeetingWorld, { shares: string; other: string; people: number }> = {
  id: 'zh-mtg-equity-grant',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.equityGrants],
  sections: sectionsOf(GRANT),
  draw(rng) {
    const [shares, other] = distinct(rng, 2, (r) => `${r.int(52, 899)}万股`);
    return { shares: shares!, other: other!, people: rng.int(40, 260) };
  },
  render({ shares, other, people }, _world, place) {
    return {
      text: `本次股权激励计划拟向${people}位核心技术和业务骨干首次授予限制性股票${shares}，授予价格按草案公告前一个交易日均价的五折确定。`,
      lexical: '本次股权激励计划首次授予限制性股票多少？',
      paraphrased: '这一轮奖励给重要员工的受限股份总共有多少？',
      answers: [shares],
      distractors: [{ text: `预留部分为${other}，在十二个月内另行授予。`, answers: [other] }],
      speakerRoles: rolesAt(GRANT, place),
      reply: replyAt(place),
    };
  },
};
