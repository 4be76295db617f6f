// 第1【企業の概況】: the five-year key figures, the history, the business, the subsidiaries and the employees.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { cell, row, yearMonth } from '../format.js';
import { diversityOf, perShare } from './draws.js';
import { parentIncome } from './schedules.js';

/** 主要な経営指標等の推移: the consolidated and the parent's figures of five fiscal years. */
function* keyFigures(ctx: JaReportContext): Generator<Block> {
  yield ctx.heading('第1【企業の概況】', '企業の概況');
  yield ctx.heading('1【主要な経営指標等の推移】', '主要な経営指標等の推移');
  const years = [4, 3, 2, 1, 0].map((k) => ctx.year - k);
  const books = years.map((y) => ctx.books(y));
  const terms = years.map((y) => `第${ctx.calendar.term(y)}期`);
  const ends = years.map((y) => `${y}年3月`);
  const fmt2 = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  yield ctx.table([
    '(1) 連結経営指標等',
    row(['回次', ...terms]),
    row(['決算年月', ...ends]),
    row(['売上高（百万円）', ...books.map((b) => cell(b.sales))]),
    row(['経常利益（百万円）', ...books.map((b) => cell(b.ordinary))]),
    row(['親会社株主に帰属する当期純利益（百万円）', ...books.map((b) => cell(b.parentIncome))]),
    row(['包括利益（百万円）', ...books.map((b) => cell(b.netIncome + Math.round(b.aoci * 0.08)))]),
    row(['純資産額（百万円）', ...books.map((b) => cell(b.netAssets))]),
    row(['総資産額（百万円）', ...books.map((b) => cell(b.totalAssets))]),
    row(['1株当たり純資産額（円）', ...years.map((yr) => fmt2(perShare(ctx, yr).bps))]),
    row(['1株当たり当期純利益（円）', ...years.map((yr) => fmt2(perShare(ctx, yr).eps))]),
    row(['自己資本比率（%）', ...books.map((b) => b.equityRatio.toFixed(1))]),
    row(['自己資本利益率（%）', ...books.map((b) => b.roe.toFixed(1))]),
    row(['株価収益率（倍）', ...books.map((b) => b.per.toFixed(1))]),
    row(['営業活動によるキャッシュ・フロー（百万円）', ...books.map((b) => cell(b.cf.operating))]),
    row(['投資活動によるキャッシュ・フロー（百万円）', ...books.map((b) => cell(b.cf.investing))]),
    row(['財務活動によるキャッシュ・フロー（百万円）', ...books.map((b) => cell(b.cf.financing))]),
    row(['現金及び現金同等物の期末残高（百万円）', ...books.map((b) => cell(b.cash))]),
    row(['従業員数（名）', ...books.map((b) => cell(b.employees))]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{潜在株式調整後1株当たり当期純利益については、潜在株式が存在しないため記載しておりません。|潜在株式調整後1株当たり当期純利益は、潜在株式が存在しないため記載しておりません。}')),
    ctx.once(() => `第${ctx.calendar.term(ctx.year - 2)}期の期首から「収益認識に関する会計基準」等を適用しており、第${ctx.calendar.term(ctx.year - 2)}期以降に係る主要な経営指標等については、当該会計基準等を適用した後の指標等となっております。`),
  ]);
  // The parent's figures are those of its own income statement (経理の状況), and its payout ratio is its dividend over
  // its own earnings per share, both printed here.
  const parent = books.map((b) => parentIncome(ctx, b));
  const parentEps = years.map((yr, i) => Math.round((parent[i]!.net * 1e8) / perShare(ctx, yr).avgShares) / 100);
  yield ctx.table([
    '(2) 提出会社の経営指標等',
    row(['回次', ...terms]),
    row(['決算年月', ...ends]),
    row(['売上高（百万円）', ...parent.map((x) => cell(x.sales))]),
    row(['経常利益（百万円）', ...parent.map((x) => cell(x.ordinary))]),
    row(['当期純利益（百万円）', ...parent.map((x) => cell(x.net))]),
    row(['資本金（百万円）', ...books.map((b) => cell(b.capital))]),
    row(['発行済株式総数（株）', ...books.map(() => ctx.company.shares.toLocaleString('en-US'))]),
    row(['1株当たり当期純利益（円）', ...parentEps.map(fmt2)]),
    row(['1株当たり配当額（円）', ...books.map((b) => `${b.dividend.toFixed(2)}`)]),
    row(['（うち1株当たり中間配当額）', ...books.map((b) => `(${b.interimDividend.toFixed(2)})`)]),
    row(['配当性向（%）', ...books.map((b, i) => (parentEps[i]! > 0 ? ((b.dividend / parentEps[i]!) * 100).toFixed(1) : '－'))]),
    row(['従業員数（名）', ...books.map((b) => cell(b.parentEmployees))]),
    row(['最高株価（円）', ...books.map((b) => cell(Math.round(b.price * 1.23)))]),
    row(['最低株価（円）', ...books.map((b) => cell(Math.round(b.price * 0.78)))]),
  ]);
}

/** 沿革: the company's history, year and month (with the era of the time). */
function* history(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const f = c.founded;
  const plants = c.sites.filter((s) => s.kind === 'plant');
  const lab = c.sites.find((s) => s.kind === 'lab')!;
  // Offsets fixed per company, so every year's report prints the same history.
  const h = c.shares / 100_000;
  const at = (k: number) => f.year + k;
  const rows: Array<[number, number, string]> = [
    [f.year, f.month, `${c.hq.prefecture}${c.hq.city}において、${c.purpose}を目的として${c.name}を設立`],
    [at(3 + (h % 4)), 4, `${plants[0]!.prefecture}${plants[0]!.city}に${plants[0]!.name}を新設`],
    [c.listedYear, 10, '東京証券取引所市場第二部に株式を上場'],
    [c.listedYear + 6, 9, '東京証券取引所市場第一部に指定'],
    [at(14 + (h % 5)), 6, `${plants[1]!.prefecture}${plants[1]!.city}に${plants[1]!.name}を新設`],
    [1990 + (h % 6), 3, `${c.subsidiaries[2]!.location.replace(/^(タイ|中国|ベトナム|インドネシア|米国|メキシコ|ドイツ|インド|マレーシア|台湾).*/, '$1')}に${c.subsidiaries[2]!.name}を設立`],
    [1997 + (h % 5), 11, `${plants[2]!.name}において品質マネジメントシステムの国際規格ISO9001の認証を取得`],
    [2004 + (h % 4), 7, `${c.subsidiaries[0]!.name}を設立し、${c.segments[0]!.name}製品の販売部門を移管`],
    [2012 + (h % 5), 2, `${c.subsidiaries[3]!.name}を設立`],
    [2022, 4, '東京証券取引所の市場区分の見直しにより、東京証券取引所の市場第一部からプライム市場に移行'],
  ];
  if (ctx.may(JA_REPORT_FACTS.labOpened)) rows.push([2000 + (h % 9), 5, `${lab.prefecture}${lab.city}に${lab.name}を開設`]);
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  yield ctx.heading('2【沿革】', '沿革');
  yield ctx.table([row(['年月', '概要']), ...rows.filter(([y]) => y < ctx.year).map(([y, m, t]) => row([yearMonth(y, m, y < 1989), t]))], ctx.may(JA_REPORT_FACTS.labOpened) ? [JA_REPORT_FACTS.labOpened] : undefined);
}

/** 事業の内容: what each segment makes and sells. */
function* business(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  yield ctx.heading('3【事業の内容】', '事業の内容');
  yield ctx.para([
    `当社グループは、当社、子会社${c.subsidiaries.length + 3}社及び関連会社2社で構成され、${c.segments.map((s) => s.label).join('、')}を主な事業としております。`,
    ctx.once(() => ctx.say('当社グループの事業に係る位置付け及びセグメントとの関連は、{次のとおりであります|以下のとおりであります}。なお、次の区分は「第5　経理の状況　1　連結財務諸表等　(1) 連結財務諸表　注記事項」に掲げるセグメントの区分と同一であります。')),
  ]);
  for (const [i, s] of c.segments.entries()) {
    // Each subsidiary is said to do what 関係会社の状況 says it does (a sales company sells, it does not make).
    const subs = c.subsidiaries.filter((x) => x.segment === i).map((x) => `${x.name}が${x.business.replace(/^.*製品の/, '')}を`);
    yield ctx.para([
      `（${s.label}）`,
      ctx.once(() => ctx.say(`{主要な製品は|主な製品は}${s.products.join('、')}であり、{主に|主として}${s.customers}{向けに販売しております|に供給しております}。`)),
      ctx.once(() => ctx.say(subs.length ? `{当社が製造及び販売を行っているほか|当社が製造・販売するほか}、${subs.join('、')}行っております。` : '当社が{製造及び販売を行っております|製造・販売しております}。')),
    ]);
  }
}

/** 関係会社の状況 and 従業員の状況. */
function* affiliatesAndPeople(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const y = ctx.y;
  yield ctx.heading('4【関係会社の状況】', '関係会社の状況');
  yield ctx.table([
    row(['名称', '住所', '資本金', '主要な事業の内容', '議決権の所有割合（%）', '関係内容']),
    ...c.subsidiaries.map((s) => row([s.name, s.location, s.capital, s.business, s.ratio.toFixed(1), `当社製品の${s.business.endsWith('販売') ? '販売' : '製造'}　役員の兼任あり`])),
  ]);
  yield ctx.heading('5【従業員の状況】', '従業員の状況');
  yield ctx.table([
    `(1) 連結会社の状況　（${ctx.year}年3月31日現在）`,
    row(['セグメントの名称', '従業員数（名）']),
    ...c.segments.map((s, i) => row([s.label, cell(y.segments[i]!.employees)])),
    row(['全社（共通）', cell(y.employees - y.segments.reduce((a, s) => a + s.employees, 0))]),
    row(['合計', cell(y.employees)]),
    `(2) 提出会社の状況　（${ctx.year}年3月31日現在）`,
    row(['従業員数（名）', '平均年齢（歳）', '平均勤続年数（年）', '平均年間給与（千円）']),
    row([cell(y.parentEmployees), y.avgAge.toFixed(1), y.avgTenure.toFixed(1), cell(y.avgSalary)]),
  ]);
  const diff = y.employees - ctx.p.employees;
  const wage = ctx.may(JA_REPORT_FACTS.wageRevision);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{平均年間給与は、賞与及び基準外賃金を含んでおります。|平均年間給与には、賞与及び基準外賃金が含まれております。}')),
    diff !== 0 ? ctx.once(() => `前連結会計年度末に比べ従業員数が${Math.abs(diff).toLocaleString('en-US')}名${diff > 0 ? '増加' : '減少'}しておりますが、${ctx.say(diff > 0 ? '{主として生産体制の強化に伴う採用によるものであります|主に事業拡大に伴う期中採用によるものであります}。' : '{主として定年退職者の増加によるものであります|主に自然減によるものであります}。')}`) : '',
  ]);
  // (3) is a heading of its own in a real 有報, not a sentence run on after (2)'s notes.
  yield ctx.heading('(3) 労働組合の状況');
  yield ctx.para([
    ctx.once(() => ctx.say(`当社グループの労働組合は、${c.short}労働組合{と称し|を中心に組織され}、{労使関係は円満に推移しております|労使関係は安定しており、特記すべき事項はありません}。`)),
    wage ? ctx.once(() => `当事業年度は、物価上昇への対応と人材の確保を目的として、平均${(2 + ((ctx.year * 7) % 25) / 10).toFixed(1)}%の賃金改定を実施しました。`) : '',
  ], wage ? [JA_REPORT_FACTS.wageRevision] : undefined);
  const d = diversityOf(c.shares, ctx.calendar.firstYear, ctx.year);
  const female = d.female.toFixed(1);
  yield ctx.table([
    '(4) 管理職に占める女性労働者の割合、男性労働者の育児休業取得率及び労働者の男女の賃金の差異',
    row(['管理職に占める女性労働者の割合（%）', '男性労働者の育児休業取得率（%）', '労働者の男女の賃金の差異（%）']),
    row([female, d.leave.toFixed(1), d.gap.toFixed(1)]),
  ]);
}

/** 第1【企業の概況】. */
export function* renderOverview(ctx: JaReportContext): Generator<Block> {
  yield* keyFigures(ctx);
  yield* history(ctx);
  yield* business(ctx);
  yield* affiliatesAndPeople(ctx);
}
