// The Chinese annual report (年度报告): deterministic, prefix-stable, one ledger everywhere, sentences that end at 。, facts it can omit.
import { describe, expect, it } from 'vitest';
import { zhFinancialReportBlocks, zhFinancialReportGenerator } from '../../../../src/haystack/zh/financial-report/index.js';
import { generatorFor } from '../../../../src/haystack/generators.js';
import { money, yuan } from '../../../../src/haystack/zh/financial-report/format.js';
import type { Block } from '../../../../src/types.js';
import { takeBlocks } from '../../../support/take-blocks.js';

function take(seed: number, chars: number, omit?: Set<string>): Block[] {
  return takeBlocks(zhFinancialReportBlocks(seed, { omit }), chars);
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

  it('agrees with the ledger in the parent-company statements, the equity statement and the detailed notes', () => {
    const y = world.firstYear;
    const books = world.books(y);
    const prior = world.books(y - 1);
    const tables = blocks.filter((b) => b.kind === 'table' && b.context?.kind === 'financial-report' && (b.context as { fiscalYear: number }).fiscalYear === y);
    const find = (re: RegExp, nth = 0) => rows(tables.filter((b) => re.test(b.text))[nth]!.text);
    // 母公司: the sheet balances and its cash-flow statement ends at the sheet's cash.
    const pbs = find(/编制单位/, 1);
    expect(cell(pbs, '资产总计')).toBe(cell(pbs, '负债和所有者权益总计'));
    expect(cell(pbs, '流动资产合计') + cell(pbs, '非流动资产合计')).toBe(cell(pbs, '资产总计'));
    const pcf = find(/取得投资收益收到的现金/);
    expect(cell(pcf, '经营活动产生的现金流量净额') + cell(pcf, '投资活动产生的现金流量净额') + cell(pcf, '筹资活动产生的现金流量净额') + cell(pcf, '四、汇率变动对现金及现金等价物的影响')).toBe(cell(pcf, '五、现金及现金等价物净增加额'));
    expect(cell(pcf, '六、期末现金及现金等价物余额')).toBe(cell(pbs, '货币资金'));
    // 合并所有者权益变动表: opening balances are last year's, closing ones this year's.
    const eq = find(/本期金额（/);
    expect(cell(eq, '一、上年年末余额', 4)).toBe(prior.balance.retained);
    expect(cell(eq, '四、本期期末余额', 4)).toBe(books.balance.retained);
    expect(cell(eq, '四、本期期末余额', 7)).toBe(books.balance.totalEquity);
    const ret = find(/调整前上期末未分配利润/);
    expect(cell(ret, '期末未分配利润')).toBe(books.balance.retained);
    // 固定资产 movement closes on the balance sheet, and its depreciation is the one in 现金流量表补充资料.
    const fa = find(/累计折旧/);
    const last = (label: string) => fen(fa.find((r) => r[0] === label && r.length > 2)!.at(-1)!);
    expect(last('1.期末账面价值')).toBe(books.balance.fixedAssets);
    expect(last('2.期初账面价值')).toBe(prior.balance.fixedAssets);
    const dep = fen(fa.filter((r) => r[0] === '2.本期增加金额')[1]!.at(-1)!);
    const sup = find(/将净利润调节为经营活动现金流量/);
    expect(cell(sup, '固定资产折旧')).toBe(dep);
    expect(cell(sup, '经营活动产生的现金流量净额')).toBe(books.cash.opNet);
    const adds = sup.slice(1).filter((r) => r[1] !== '' && r[0] !== '经营活动产生的现金流量净额' && !/现金/.test(r[0]!)).reduce((a, r) => a + fen(r[1]!), 0);
    expect(adds).toBe(books.cash.opNet);
    // Revenue by product and by region adds up to the ledger's revenue.
    const prod = find(/\| 分产品 \| 营业收入 \| 营业成本/, 1);
    expect(prod.slice(1).reduce((a, r) => a + fen(r[1]!), 0)).toBe(books.revenue);
    const region = find(/\| 分地区 \| 营业收入/);
    expect(region.slice(1).reduce((a, r) => a + fen(r[1]!), 0)).toBe(books.revenue);
    // Key managers' pay is the pay table's total; the controlling stake is the same in both tables that print it.
    const pay = find(/报告期内从公司获得的税前报酬总额/).slice(1).reduce((a, r) => a + Math.round(Number(r[5]) * 1e6), 0);
    expect(cell(find(/关键管理人员报酬/), '关键管理人员报酬')).toBe(pay);
    const holders = find(/持有有限售条件的股份数量/);
    const parent = find(/母公司对本企业的持股比例/);
    expect(parent[1]![3]).toBe(holders.find((r) => r[0] === world.company.holding)![2]);
    // Tax reconciliation adds up to the income-tax expense.
    const tax = find(/所得税费用调整过程|按法定\/适用税率/);
    expect(tax.slice(2, -1).reduce((a, r) => a + fen(r[1]!), 0)).toBe(books.incomeTax);
  });

  it('carries each year\'s closing 货币资金 split and 坏账准备 into the next year\'s opening columns, and the movements add up', () => {
    const two = take(7, 400_000).filter((b) => b.kind === 'table');
    const ofYear = (y: number, re: RegExp) => rows(two.find((b) => (b.context as { fiscalYear?: number } | undefined)?.fiscalYear === y && re.test(b.text))!.text);
    const y = world.firstYear;
    const cashNow = ofYear(y, /\| 库存现金 \|/);
    const cashNext = ofYear(y + 1, /\| 库存现金 \|/);
    for (const label of ['库存现金', '银行存款', '其他货币资金', '合计']) expect(cell(cashNext, label, 2)).toBe(cell(cashNow, label, 1));
    expect(cell(cashNow, '合计')).toBe(world.books(y).balance.cash);
    const allowance = (yy: number) => ofYear(yy, /\| 应收账款坏账准备 \|/).find((r) => r[0] === '应收账款坏账准备')!.slice(1).map(fen);
    for (const yy of [y, y + 1]) {
      const [open, accrued, reversed, written, close] = allowance(yy) as [number, number, number, number, number];
      expect(open + accrued - reversed - written).toBe(close);
      expect(Math.min(accrued, reversed, written)).toBeGreaterThanOrEqual(0);
    }
    expect(allowance(y + 1)[0]).toBe(allowance(y)[4]);
    const top = ofYear(y, /坏账准备期末余额/);
    const five = top.filter((r) => /^单位[一二三四五]$/.test(r[0]!));
    expect(five).toHaveLength(5);
    expect(cell(top, '合计', 3)).toBe(five.reduce((a, r) => a + fen(r[3]!), 0));
  });

  it('counts each committee\'s meetings the same in its paragraph and in the committee table', () => {
    const cnDigit: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
    const t = table(blocks, /\| 委员会名称 \| 成员情况 \| 召开会议次数/);
    const counted = t.filter((r) => /委员会$/.test(r[0]!)).map((r) => [r[0]!, Number(r[2])] as const);
    expect(counted).toHaveLength(4);
    for (const [name, n] of counted) {
      const said = new RegExp(`${name}(?:共)?召开([一两二三四五])次会议`).exec(text);
      expect(said, name).not.toBeNull();
      expect(cnDigit[said![1]!], name).toBe(n);
    }
    expect(text).not.toMatch(/召开二次会议/);
  });

  it('keeps one year within a 100K-character window, so identity tables do not repeat inside it', () => {
    const w = zhFinancialReportGenerator.world(11);
    const t = join(take(11, 100_000));
    expect(t.startsWith(`${w.company.name}\n${w.firstYear}年年度报告`)).toBe(true);
    const next = t.indexOf(`${w.company.name}\n${w.firstYear + 1}年年度报告`);
    expect(next === -1 || next > 60_000).toBe(true);
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

describe('zh report: officers and the board', () => {
  const seeds = [3, 8, 21];
  it('tells each career once, in order, with the honorific of the pay table\'s gender and roles its employers have', () => {
    for (const seed of seeds) {
      const bs = take(seed, 320_000);
      const all = join(bs);
      const w = zhFinancialReportGenerator.world(seed);
      const people = [...w.company.directors, ...w.company.independents, ...w.company.supervisors, w.company.secretary, ...w.company.vicePresidents];
      for (const p of people) {
        const bios = all.split('\n').filter((l) => l.startsWith(`${p.name}先生，`) || l.startsWith(`${p.name}女士，`));
        expect(bios, `${seed} ${p.name}`).toHaveLength(1);
        const bio = bios[0]!;
        expect(bio.startsWith(`${p.name}${p.gender === '女' ? '女士' : '先生'}`)).toBe(true);
        // Years in the order they happened, none before the person was an adult nor after the first report's year.
        const years = [...bio.matchAll(/(\d{4})年(?!出生|生)/g)].map((m) => Number(m[1]));
        expect(years).toEqual([...years].sort((a, b) => a - b));
        for (const y of years) expect(y).toBeGreaterThanOrEqual(p.born + 20);
        for (const y of years) expect(y).toBeLessThanOrEqual(w.firstYear);
        expect(bio).not.toMatch(/(律师事务所|会计师事务所|大学)[^。，]{0,4}(车间主任|技术员|生产科科长)/);
        expect(bio).not.toMatch(/(历任|先后担任)([^、。]+)、\2[。等]/);
        if (p.title.includes('独立董事')) {
          const since = Number(/(\d{4})年(?:起任本公司|至今任公司)独立董事/.exec(bio)![1]);
          expect(w.firstYear - since).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('numbers board meetings on across years within a 届, and states one independent directors\' allowance', () => {
    for (const seed of seeds) {
      const all = join(take(seed, 320_000));
      // The governance tables' rows: each meeting once, numbers rising with the date.
      const rows = [...all.matchAll(/^\| (第[一二三四五六七八九]届董事会第[一二三四五六七八九十]+次会议) \| (\d{4}年\d+月\d+日) \|/gm)].map((m) => [m[1]!, m[2]!] as const);
      expect(rows.length).toBeGreaterThan(10);
      expect(new Set(rows.map((r) => r[0])).size, `seed ${seed}`).toBe(rows.length);
      expect(new Set(rows.map((r) => r[1])).size, `seed ${seed}`).toBe(rows.length);
      const dateOf = new Map(rows);
      // The statements were approved at a meeting the tables list, on the day they give it.
      const cited = [...all.matchAll(/(第[一二三四五六七八九]届董事会第[一二三四五六七八九十]+次会议)于(\d{4}年\d+月\d+日)批准/g)];
      const tabled = new Set(rows.map((r) => r[1].slice(0, 4)));
      const checkable = cited.filter((m) => tabled.has(m[2]!.slice(0, 4)));
      expect(checkable.length).toBeGreaterThan(1);
      for (const m of checkable) expect(dateOf.get(m[1]!), m[0]).toBe(m[2]);
      const allowances = new Set([...all.matchAll(/独立董事(?:津贴|报酬)为每人每年(\d+)万元/g)].map((m) => m[1]));
      expect(allowances.size).toBe(1);
    }
  });
});

describe('zh report: an editor\'s read of 管理层讨论与分析 and 重要事项', () => {
  const seeds = [7, 44, 3];
  const docs = seeds.map((seed) => ({ seed, blocks: seed === 7 ? blocks : take(seed, 160_000), world: zhFinancialReportGenerator.world(seed) }));
  const fy = (b: Block) => (b.context?.kind === 'financial-report' ? b.context.fiscalYear : 0);

  it('cites no policy issued after the report\'s year', () => {
    let cited = 0;
    for (const { blocks: bs, world: w } of docs) {
      const ind = w.company.industry;
      for (const b of bs) {
        for (const p of ind.policies.filter((x) => b.text.includes(x))) {
          cited++;
          expect(ind.policyYears?.[p] ?? 0, `${p} in ${fy(b)}`).toBeLessThanOrEqual(fy(b));
        }
      }
    }
    expect(cited).toBeGreaterThan(0);
  });

  it('names, with a product, only a technology of that product\'s segment', () => {
    let checked = 0;
    for (const { blocks: bs, world: w } of docs) {
      const c = w.company;
      const techs = c.industry.technologies;
      for (const b of bs.filter((x) => x.kind === 'paragraph' && x.section?.startsWith('第三节'))) {
        const bare = techs.reduce((t, x) => t.split(x).join('·'), b.text);
        const segs = c.segments.filter((s) => s.products.some((p) => bare.includes(p)) || bare.includes(`${s.name}业务`));
        const named = techs.filter((t) => b.text.includes(t));
        if (segs.length !== 1 || named.length === 0) continue;
        checked++;
        for (const t of named) expect(segs[0]!.technologies ?? techs, `${t} in: ${b.text}`).toContain(t);
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('lists in the 委托理财 table the note\'s own split of 交易性金融资产', () => {
    for (const { blocks: bs } of docs) {
      const wealth = table(bs, /委托理财的资金来源/);
      const note = table(bs, /^单位：元\n\| 交易性金融资产 \| 期末余额/);
      const body = note.filter((r) => r[0] !== '交易性金融资产' && r[0] !== '合计');
      expect(wealth.slice(1).map((r) => r[0])).toEqual(body.map((r) => r[0]));
      for (const r of body) expect(Math.abs(cell(wealth, r[0]!, 3) - Math.round(fen(r[1]!) / 10_000))).toBeLessThanOrEqual(1);
    }
  });

  it('shows guarantee quotas that cover the year\'s guarantees, and amounts that add up to the balance', () => {
    let seen = 0;
    for (const { blocks: bs } of docs) {
      const t = bs.find((b) => b.kind === 'table' && /担保额度相关公告披露日期/.test(b.text));
      if (!t) continue;
      seen++;
      const note = bs[bs.indexOf(t) - 1]!.text;
      const [, granted, end] = /担保(?:发生额)?(?:合计)?([\d.]+(?:亿|万)元).*?余额([\d.]+(?:亿|万)元)/.exec(note) ?? [];
      const wanOf = (s: string) => Number(s.replace(/[亿万]元$/, '')) * (s.includes('亿') ? 10_000 : 1);
      const rs = rows(t.text).slice(1);
      const quota = rs.reduce((a, r) => a + Number(r[2]!.replace(/,/g, '')), 0);
      const amount = rs.reduce((a, r) => a + Number(r[4]!.replace(/,/g, '')), 0);
      expect(quota, note).toBeGreaterThanOrEqual(wanOf(granted!) - 100);
      expect(Math.abs(amount - wanOf(end!)), note).toBeLessThanOrEqual(100);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('prints quantities whole or with both decimals (6,475.30, never 6,475.3)', () => {
    for (const { blocks: bs } of docs) {
      for (const b of bs.filter((x) => x.kind === 'table')) for (const r of rows(b.text)) for (const c of r) expect(c).not.toMatch(/^-?[\d,]+\.\d$/);
    }
  });

  it('counts patents that only grow, invention patents with them, and new patents as the year\'s growth', () => {
    const long = take(44, 700_000);
    const byYear = new Map<number, [number, number]>();
    const added = new Map<number, number>();
    for (const b of long) {
      const m = /专利(\d+)项，其中发明专利(\d+)项/u.exec(b.text);
      if (m && !byYear.has(fy(b))) byYear.set(fy(b), [Number(m[1]), Number(m[2])]);
      const n = /新增授权专利(\d+)项/u.exec(b.text);
      if (n) added.set(fy(b), Number(n[1]));
    }
    const years = [...byYear.keys()].sort();
    expect(years.length).toBeGreaterThan(1);
    for (let i = 1; i < years.length; i++) {
      const [p0, i0] = byYear.get(years[i - 1]!)!;
      const [p1, i1] = byYear.get(years[i]!)!;
      expect(p1).toBeGreaterThan(p0);
      expect(i1).toBeGreaterThanOrEqual(i0);
      if (added.has(years[i]!)) expect(added.get(years[i]!)).toBe(p1 - p0);
    }
  });

  it('moves 资本公积 only through an event it states, and states none: the same parts at every year end, the parent\'s too', () => {
    for (const { blocks: bs } of docs) {
      const notes = bs.filter((b) => b.kind === 'table' && /^\| 资本公积 \| 期末余额/mu.test(b.text)).map((b) => rows(b.text));
      expect(notes.length).toBeGreaterThan(0);
      const premiums = new Set<string>();
      for (const t of notes) {
        for (const r of t.slice(1)) expect(r[1], r[0]).toBe(r[2]);
        premiums.add(t.find((r) => r[0] === '股本溢价')![1]!);
      }
      expect(premiums.size).toBe(1);
      // No share-based pay or restricted-stock plan the 资本公积 would have to follow.
      const tables = bs.filter((b) => b.kind === 'table').map((b) => b.text).join('\n');
      expect(tables).not.toMatch(/^\| (?:股份支付|限制性股票回购义务) \|/mu);
      // The equity statements (group and parent) show no movement of 资本公积.
      for (const b of bs.filter((x) => x.kind === 'table' && x.text.includes('| 项目 | 股本 | 资本公积 |'))) {
        const moved = rows(b.text).find((r) => r[0]!.startsWith('三、本期增减变动金额'));
        if (moved) expect(moved[2]).toBe('0.00');
      }
    }
  });

  it('words the independent directors\' work by the rules of the report\'s year (the 2023 reform from the 2023 report on)', () => {
    const seen = { before: 0, after: 0 };
    for (const seed of [7, 44, 3, 12, 5]) {
      const bs = seed === 7 ? blocks : docs.find((d) => d.seed === seed)?.blocks ?? take(seed, 220_000);
      const years = new Set(bs.map(fy));
      for (const year of years) {
        const prose = bs.filter((b) => fy(b) === year && b.kind === 'paragraph').map((b) => b.text).join('\n');
        if (!prose.includes('独立董事履行职责') && !/独立董事(?:勤勉尽责|恪尽职守|严格|通过|利用)/u.test(prose)) continue;
        if (year >= 2023) {
          seen.after++;
          expect(prose, String(year)).not.toMatch(/事前认可|独立意见/u);
          expect(prose, String(year)).toContain('独立董事专门会议');
          expect(prose, String(year)).toMatch(/独立性/u);
        } else {
          seen.before++;
          expect(prose, String(year)).not.toContain('独立董事专门会议');
        }
      }
    }
    expect(seen.after).toBeGreaterThan(0);
    expect(seen.before).toBeGreaterThan(0);
  });

  it('counts machines whole (8,444台, not 8,443.87台) and names certifications of the company\'s own industry', () => {
    let machines = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const w = zhFinancialReportGenerator.world(seed);
      for (const s of w.books(w.firstYear).segments.filter((x) => x.unit === '台')) {
        machines++;
        for (const v of [s.sold, s.produced, s.stock]) expect(Number.isInteger(v), `${seed} ${s.name} ${v}`).toBe(true);
      }
    }
    expect(machines).toBeGreaterThan(0);
    // Seed 47 makes medical devices: ISO13485, never the automotive IATF16949.
    expect(zhFinancialReportGenerator.world(47).company.industry.name).toBe('医疗器械');
    const med = join(take(47, 40_000));
    expect(med).toContain('ISO13485');
    expect(med).not.toContain('IATF16949');
  });

  it('says 以…为主 or 主要为…, 由…构成, never both at once (主要为股本溢价为主, 主要为城市维护建设税构成)', () => {
    for (const { blocks: bs } of docs) {
      const prose = bs.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n');
      expect(prose).not.toMatch(/主要(?:为|集中在)[^，。；\n]{1,24}为主/u);
      const wrong = [...prose.matchAll(/(?<!由)为[^，。；由\n]{1,24}(?:构成|组成)[，。]/gu)].map((m) => m[0]).filter((m) => !/的最?主要/u.test(m)); // 为营业成本的(最)主要构成 is right
      expect(wrong).toEqual([]);
    }
  });
});

