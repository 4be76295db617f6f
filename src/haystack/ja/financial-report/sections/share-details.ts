// 株式等の状況 in detail: (7) 議決権の状況 (shares with and without votes, treasury shares by holder) and the treasury shares bought, disposed of and held.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { row } from '../format.js';
import { drawn, treasuryShares } from './draws.js';

const n = (v: number) => v.toLocaleString('en-US');

/** (7) 議決権の状況: ① 発行済株式 and ② 自己株式等. */
export function* renderVotingRights(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const t = treasuryShares(ctx, ctx.year);
  const held = Math.floor(t.end / 100) * 100;
  // Odd lots of all holders (the company's own among them) add up to whole units: the shares with votes are whole units too.
  const odd = Math.round(drawn(ctx, ctx.year, 'odd-lot-held', 20, 99) * 10) * 100;
  const voting = c.shares - held - odd;
  yield ctx.table([
    `(7) 議決権の状況　① 発行済株式　（${ctx.year}年3月31日現在）`,
    row(['区分', '株式数（株）', '議決権の数（個）', '内容']),
    row(['無議決権株式', '－', '－', '－']),
    row(['完全議決権株式（自己株式等）', `普通株式　${n(held)}`, '－', '－']),
    row(['完全議決権株式（その他）', `普通株式　${n(voting)}`, n(voting / 100), '－']),
    row(['単元未満株式', `普通株式　${n(odd)}`, '－', '一単元（100株）未満の株式']),
    row(['発行済株式総数', n(c.shares), '－', '－']),
    row(['総株主の議決権', '－', n(voting / 100), '－']),
  ]);
  const address = `${c.hq.prefecture}${c.hq.city}${c.hq.street}${(c.shares % 23) + 1}番${(c.shares % 17) + 1}号`;
  yield ctx.table([
    `② 自己株式等　（${ctx.year}年3月31日現在）`,
    row(['所有者の氏名又は名称', '所有者の住所', '自己名義所有株式数（株）', '他人名義所有株式数（株）', '所有株式数の合計（株）', '発行済株式総数に対する所有株式数の割合（%）']),
    row([c.name, address, n(held), '－', n(held), ((held / c.shares) * 100).toFixed(2)]),
  ]);
}

/** 自己株式の取得等の状況 in detail: the odd lots bought, and the treasury shares disposed of and held. */
export function* renderTreasuryDetails(ctx: JaReportContext): Generator<Block> {
  const t0 = treasuryShares(ctx, ctx.year - 1);
  const t1 = treasuryShares(ctx, ctx.year);
  const price = Math.round(ctx.y.price * drawn(ctx, ctx.year, 'odd-lot-price', 0.9, 1.1));
  const bought = t1.bought;
  yield ctx.table([
    '(1) 【株主総会決議による取得の状況】　該当なし　(2) 【取締役会決議による取得の状況】　該当なし　(3) 【株主総会決議又は取締役会決議に基づかないものの内容】',
    row(['区分', '株式数（株）', '価額の総額（千円）']),
    row(['当事業年度における取得自己株式', n(bought), n(Math.max(1, Math.round((bought * price) / 1000)))]),
    row(['当期間における取得自己株式', n(Math.round(drawn(ctx, ctx.year, 'odd-lots-after', 10, 120))), n(Math.max(1, Math.round((drawn(ctx, ctx.year, 'odd-lots-after', 10, 120) * price) / 1000)))]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say(`（注）当期間における取得自己株式には、${ctx.year}年6月1日から{この有価証券報告書提出日|有価証券報告書提出日}までの単元未満株式の買取りによる株式は含まれておりません。`)),
  ]);
  yield ctx.table([
    '(4) 【取得自己株式の処理状況及び保有状況】',
    row(['区分', '当事業年度　株式数（株）', '当事業年度　処分価額の総額（千円）', '当期間　株式数（株）', '当期間　処分価額の総額（千円）']),
    row(['引き受ける者の募集を行った取得自己株式', '－', '－', '－', '－']),
    row(['消却の処分を行った取得自己株式', '－', '－', '－', '－']),
    row(['保有自己株式数', n(t1.end), '－', n(t1.end + Math.round(drawn(ctx, ctx.year, 'odd-lots-after', 10, 120))), '－']),
  ]);
  if (t1.end < t0.end) yield ctx.para(['当事業年度において、取得自己株式の処分を行っております。']);
}
