// 第六节 重要事项 and 第七节 股份变动及股东情况: commitments, litigation, related parties, guarantees, dividends, shares and holders.
import type { Block } from '../../../../types.js';
import type { ZhReportContext } from '../context.js';
import { count, money, pct, zhDate } from '../format.js';
import { dividendVars } from './front.js';
import { yearRng } from './parent.js';
import type { ZhReportWorld } from '../world.js';
import { guaranteeTable, proceedsTable, proceedsUsedUpBefore, relatedDetail, wealthTable } from './disclosures.js';

/** 第六节 重要事项. */
export function* renderMatters(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year } = ctx;
  const r = ctx.fork('matters');
  const say = (t: string, extra: Record<string, string> = {}) => ctx.fill(r, t, { year: String(year), holding: c.holding, chair: c.chair.name, ...extra });
  yield ctx.chapter('第六节 重要事项');
  yield ctx.sub('一、承诺事项履行情况');
  yield ctx.para(ctx.paragraph(() => say('<commitment>')));
  yield ctx.sub('二、利润分配情况');
  // Last year's payout is last year's proposal: a haystack that omits proposals omits it too.
  if (ctx.states('zh.dividend.proposal')) yield ctx.para(ctx.paragraph(() => say('{报告期内，|}公司{实施|完成}了<prev>年度{利润分配|权益分派}{方案|}，{以|按}{总股本|公司总股本}<shares>股为基数，向全体股东每10股派发现金红利<per10>元（含税），{共计|合计}派发现金红利<paid>。', {
    prev: String(year - 1), shares: ctx.prev.shares.toLocaleString('en-US'), per10: ctx.prev.dividendPer10.toFixed(2), paid: money(cur.cash.dividendsPaid),
  })), ['zh.dividend.proposal']);
  if (ctx.states('zh.dividend.proposal')) yield ctx.para(ctx.paragraph(() => say('<dividendProposal>', dividendVars(ctx))), ['zh.dividend.proposal']);
  yield ctx.sub('三、重大诉讼、仲裁事项');
  if (ctx.states('zh.legal.no-litigation')) yield ctx.para(ctx.paragraph(() => say('<noLitigation>')), ['zh.legal.no-litigation']);
  yield ctx.sub('四、公司及其控股股东、实际控制人的诚信状况');
  yield ctx.para(ctx.paragraph(() => say('<integrity>')));
  yield ctx.sub('五、重大关联交易');
  yield ctx.para(ctx.paragraph(() => say('<relatedParty>')));
  yield* relatedDetail(ctx);
  yield ctx.sub('六、重大合同及其履行情况');
  if (ctx.states('zh.guarantee.subsidiaries')) {
    const g = Math.round(cur.balance.parentEquity * r.float(0.04, 0.12));
    const end = Math.round(g * r.float(0.5, 0.9));
    yield ctx.para(ctx.paragraph(() => say('<guaranteeNote>', { guarantee: money(g), guaranteeEnd: money(end), guaranteeShare: pct(end / cur.balance.parentEquity) })), ['zh.guarantee.subsidiaries']);
    yield* guaranteeTable(ctx, end, g);
  }
  yield ctx.para(ctx.paragraph(() => say('<cashManagement>', { tradingAssets: money(cur.balance.tradingAssets), yield: money(Math.round(cur.balance.tradingAssets * r.float(0.015, 0.03))) })));
  yield* wealthTable(ctx);
  yield ctx.sub('七、募集资金使用情况');
  const usedUp = proceedsUsedUpBefore(ctx);
  if (ctx.states('zh.proceeds.use') && usedUp === undefined) {
    yield ctx.para(ctx.paragraph(() => say('<proceeds>')), ['zh.proceeds.use']);
    yield* proceedsTable(ctx);
  } else if (ctx.states('zh.proceeds.use')) {
    yield ctx.para(`公司首次公开发行股票募集资金已于${usedUp}年使用完毕，报告期内不存在募集资金使用情况。`, ['zh.proceeds.use']);
  } else yield ctx.meta('□适用 √不适用');
  yield ctx.sub('八、聘任、解聘会计师事务所情况');
  const fee = yearRng(ctx.world, 'audit-fee', year);
  const serving = Math.max(1, year - c.listedYear + 2);
  yield ctx.table('', ['项目', '内容'], [
    ['境内会计师事务所名称', c.auditor], ['境内会计师事务所报酬（万元）', (fee.int(60, 180) + fee.int(1, 99) / 100).toFixed(2)], ['境内会计师事务所审计服务的连续年限', `${serving}年`],
    ['境内会计师事务所注册会计师姓名', c.auditorPartners.join('、')], ['内部控制审计会计师事务所报酬（万元）', (fee.int(15, 45) + fee.int(1, 99) / 100).toFixed(2)],
  ]);
  yield ctx.para(ctx.paragraph(() => say('<auditorHire>', { auditor: c.auditor, serving: String(serving) })));
}

/** The controlling shareholder's stake at a year end (the holder table and 关联方 read it). */
export function holdingShare(world: ZhReportWorld, year: number): number {
  return yearRng(world, 'holding-share', year).float(0.28, 0.45);
}

/** 第七节 股份变动及股东情况. */
export function* renderShares(ctx: ZhReportContext): Generator<Block> {
  const { company: c, cur, year } = ctx;
  const r = ctx.fork('shares');
  const say = (t: string, extra: Record<string, string> = {}) => ctx.fill(r, t, { year: String(year), holding: c.holding, chair: c.chair.name, ...extra });
  yield ctx.chapter('第七节 股份变动及股东情况');
  const holders = r.int(9000, 60000);
  const controlShare = holdingShare(ctx.world, year);
  const chairShare = r.float(0.03, 0.09);
  const shares = [controlShare, chairShare, ...Array.from({ length: 8 }, (_, i) => r.float(0.004, 0.02) / (1 + i * 0.2))];
  const names = [c.holding, c.chair.name, `${c.city}${c.short.slice(0, 2)}企业管理合伙企业（有限合伙）`, c.ceo.name, '香港中央结算有限公司', '全国社保基金一一二组合', `${c.sponsor.slice(0, 3)}稳健成长混合型证券投资基金`, c.cfo.name, '基本养老保险基金一零零三组合', `${c.vicePresidents[0]!.name}`];
  // The top ten holders; directors and managers (names of three characters or fewer) hold three quarters of theirs restricted.
  const top = names.map((n, i) => {
    const held = Math.round(cur.shares * shares[i]!);
    return { n, i, share: shares[i]!, held, restricted: n.length <= 3 ? Math.round(held * 0.75) : 0 };
  });
  const restricted = top.reduce((a, h) => a + h.restricted, 0);
  const before = restricted + Math.round(restricted * r.float(0.02, 0.12) / 100) * 100;
  yield ctx.sub('一、股份变动情况');
  yield ctx.table('单位：股', ['项目', '本次变动前数量', '比例', '本次变动增减（+，-）', '本次变动后数量', '比例'], [
    ['一、有限售条件股份', count(before), pct(before / cur.shares), count(restricted - before), count(restricted), pct(restricted / cur.shares)],
    ['其中：境内自然人持股', count(before), pct(before / cur.shares), count(restricted - before), count(restricted), pct(restricted / cur.shares)],
    ['二、无限售条件股份', count(cur.shares - before), pct((cur.shares - before) / cur.shares), count(before - restricted), count(cur.shares - restricted), pct((cur.shares - restricted) / cur.shares)],
    ['1、人民币普通股', count(cur.shares - before), pct((cur.shares - before) / cur.shares), count(before - restricted), count(cur.shares - restricted), pct((cur.shares - restricted) / cur.shares)],
    ['三、股份总数', count(cur.shares), '100.00%', '0', count(cur.shares), '100.00%'],
  ]);
  yield ctx.para(ctx.paragraph(() => say('<shareChangeNote>')));
  yield ctx.para(ctx.paragraph(() => say('<unlockNote>', { unlocked: count(before - restricted) })));
  if (ctx.states('zh.equity.no-buyback')) yield ctx.para(ctx.paragraph(() => say('{报告期内，|}公司{未实施|未进行}股份回购{，亦无正在实施的回购方案|}。')), ['zh.equity.no-buyback']);
  yield ctx.sub('二、股东和实际控制人情况');
  yield ctx.para(ctx.paragraph(() => say('{截至|}报告期末{，公司|}普通股股东总数为<holders>户，{年度报告披露日前上一月末普通股股东总数为<later>户|年度报告披露日前上一月末股东总数<later>户}。', { holders: count(holders), later: count(holders * r.float(0.9, 1.12)) })));
  yield ctx.heading('持股5%以上的股东或前10名股东持股情况', '股东和实际控制人情况');
  yield ctx.table('单位：股', ['股东名称', '股东性质', '持股比例', '报告期末持股数量', '持有有限售条件的股份数量'], top.map(({ n, i, share, held, restricted: rs }) => {
    const nature = i === 0 || i === 2 ? '境内非国有法人' : i === 4 ? '境外法人' : n.length <= 3 ? '境内自然人' : '其他';
    return [n, nature, pct(share), count(held), count(rs)];
  }));
  yield ctx.heading('前10名无限售条件股东持股情况', '股东和实际控制人情况');
  yield ctx.table('单位：股', ['股东名称', '报告期末持有无限售条件股份数量', '股份种类'], [...top].sort((a, b) => (b.held - b.restricted) - (a.held - a.restricted)).map((h) => [h.n, count(h.held - h.restricted), '人民币普通股']));
  yield ctx.para(ctx.paragraph(() => say('<holderRelation>', { partner: names[2]!, ceo: c.ceo.name })));
  yield ctx.sub('三、控股股东及实际控制人情况');
  const hr = yearRng(ctx.world, 'holding-company', 0);
  const hfounded = c.foundedYear + hr.int(0, 4);
  const creditCode = `91${hr.int(320000, 519999)}MA${hr.int(10, 99)}${'ABCDEFGHJKLMNPQRTUWXY'[hr.int(0, 20)]}${hr.int(1000, 9999)}${'ABCDEFGHJKLMNPQRTUWXY'[hr.int(0, 20)]}`;
  yield ctx.table('', ['控股股东名称', '法定代表人/单位负责人', '成立日期', '统一社会信用代码', '主要经营业务'], [
    [c.holding, c.chair.name, zhDate(`${hfounded}-${String(hr.int(1, 12)).padStart(2, '0')}-${String(hr.int(1, 28)).padStart(2, '0')}`), creditCode, '股权投资；企业管理咨询；以自有资金从事投资活动'],
  ]);
  for (const t of ctx.grammar.list('controllerNote')) {
    const text = ctx.paragraph(() => say(t, { hfounded: String(hfounded), ctrlShare: pct(controlShare + chairShare) }));
    if (text) yield ctx.para(text);
  }
  yield ctx.chapter('第八节 优先股相关情况');
  yield ctx.meta('□适用 √不适用\n报告期公司不存在优先股。');
  yield ctx.chapter('第九节 债券相关情况');
  yield ctx.meta('□适用 √不适用');
}
