// The Chinese annual report (年度报告): deterministic, prefix-stable, one ledger everywhere, sentences that end at 。, facts it can omit.
import { describe, expect, it } from 'vitest';
import { zhFinancialReportBlocks, zhFinancialReportGenerator } from '../../../../src/haystack/zh/financial-report/index.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { money, yuan } from '../../../../src/haystack/zh/financial-report/format.js';
import type { Block } from '../../../../src/types.js';

function take(seed: number, chars: number, omit?: Set<string>): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const b of zhFinancialReportBlocks(seed, { omit })) {
    out.push(b);
    n += b.text.length + 2;
    if (n >= chars) break;
  }
  return out;
}
const join = (blocks: Block[]) => blocks.map((b) => b.text).join('\n\n');

/** Table rows as cells (pipes), caption lines dropped. */
function rows(text: string): string[][] {
  return text.split('\n').filter((l) => l.startsWith('|')).map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()));
}
const fen = (cell: string) => Math.round(Number(cell.replace(/,/g, '')) * 100);
function table(blocks: Block[], header: RegExp): string[][] {
  const b = blocks.find((x) => x.kind === 'table' && header.test(x.text));
  if (!b) throw new Error(`no table ${header}`);
  return rows(b.text);
}
const cell = (t: string[][], label: string, col = 1) => fen(t.find((r) => r[0] === label)![col]!);

const blocks = take(7, 160_000);
const text = join(blocks);
const world = zhFinancialReportGenerator.world(7);

describe('zh financial-report generator', () => {
  it('is registered for --lang zh and writes a 年度报告 of a …股份有限公司', () => {
    expect(generatorFor('financial-report', 'zh')).toBe(zhFinancialReportGenerator);
    expect(world.company.name).toMatch(/股份有限公司$/);
    expect(text.startsWith(`${world.company.name}\n${world.firstYear}年年度报告`)).toBe(true);
    for (const h of ['第一节 重要提示、目录和释义', '第二节 公司简介和主要财务指标', '第三节 管理层讨论与分析', '第四节 公司治理', '第五节 环境和社会责任', '第六节 重要事项', '第七节 股份变动及股东情况', '第十节 财务报告']) {
      expect(text).toContain(h);
    }
    expect(text).toContain('合并资产负债表');
    expect(text).toContain('资产负债表日后事项');
  });

  it('gives the same text for the same seed, another company for another seed, and a shorter document as a prefix', () => {
    const a = join(take(3, 50_000));
    expect(join(take(3, 50_000))).toBe(a);
    expect(join(take(3, 120_000)).startsWith(a)).toBe(true);
    expect(zhFinancialReportGenerator.world(4).company.name).not.toBe(zhFinancialReportGenerator.world(3).company.name);
    expect(join(take(4, 50_000))).not.toBe(a);
  });

  it('goes on with the next years of the same company', () => {
    expect(text).toContain(`${world.firstYear + 1}年年度报告`);
    expect(text.split(world.company.name).length).toBeGreaterThan(4);
  });

  it('prints figures of one ledger: statements balance and agree with the key-figure table and the prose', () => {
    const y = world.firstYear;
    const books = world.books(y);
    const bs = table(blocks, /编制单位/);
    expect(cell(bs, '资产总计')).toBe(cell(bs, '负债和所有者权益总计'));
    expect(cell(bs, '资产总计')).toBe(books.balance.totalAssets);
    expect(cell(bs, '流动资产合计') + cell(bs, '非流动资产合计')).toBe(cell(bs, '资产总计'));
    const key = table(blocks, /本年比上年增减/);
    expect(cell(key, '营业收入')).toBe(books.revenue);
    expect(cell(key, '营业收入', 2)).toBe(world.books(y - 1).revenue);
    const income = table(blocks, /一、营业总收入/);
    expect(cell(income, '一、营业总收入')).toBe(books.revenue);
    expect(cell(income, '1.归属于母公司股东的净利润')).toBe(books.parentProfit);
    const quarters = table(blocks, /第一季度/);
    const q = quarters.find((r) => r[0] === '营业收入')!.slice(1).map(fen);
    expect(q.reduce((a, b) => a + b, 0)).toBe(books.revenue);
    const cf = table(blocks, /一、经营活动产生的现金流量/);
    expect(cell(cf, '经营活动产生的现金流量净额') + cell(cf, '投资活动产生的现金流量净额') + cell(cf, '筹资活动产生的现金流量净额') + cell(cf, '四、汇率变动对现金及现金等价物的影响')).toBe(cell(cf, '五、现金及现金等价物净增加额'));
    expect(cell(cf, '六、期末现金及现金等价物余额')).toBe(cell(bs, '货币资金'));
    // Prose in 亿元/万元 is the same figure rounded.
    expect(text).toContain(`营业收入${money(books.revenue)}`);
    expect(yuan(books.revenue)).toMatch(/^\d{1,3}(,\d{3})+\.\d{2}$/);
  });

  it('ends every prose sentence with 。！？ and keeps tables and numbers whole', () => {
    for (const b of blocks.filter((x) => x.kind === 'paragraph')) {
      expect(b.text, b.text).toMatch(/[。！？：][」』）]?$/);
      expect(b.text).not.toMatch(/\d。\d+(?:\.\d+)?(?:亿|万|%)|\n/);
    }
    for (const b of blocks.filter((x) => x.kind === 'table')) {
      expect(b.text).not.toContain('。');
      for (const l of b.text.split('\n').filter((x) => x.startsWith('|'))) expect(l.endsWith('|')).toBe(true);
    }
  });

  it('files blocks under their 节 and subsection, with the fiscal year as their place', () => {
    const risk = blocks.find((b) => b.section?.endsWith('— 可能面对的风险') && b.kind === 'paragraph');
    expect(risk?.section).toMatch(/^第三节 管理层讨论与分析 — /);
    expect(blocks.every((b) => b.context?.kind === 'financial-report')).toBe(true);
  });

  it('leaves out every fact it is told to omit', () => {
    const all = new Set(zhFinancialReportGenerator.facts);
    const stated = new Set(blocks.flatMap((b) => b.facts ?? []));
    for (const f of stated) expect(all.has(f)).toBe(true);
    expect(stated.size).toBe(all.size);
    const omitted = take(7, 160_000, all);
    expect(omitted.some((b) => (b.facts ?? []).length > 0)).toBe(false);
    const t = join(omitted);
    expect(t).not.toMatch(/前五名客户合计销售|无重大诉讼|利润分配预案|未发生.{0,10}安全生产事故|未实施股份回购/);
  });
});
