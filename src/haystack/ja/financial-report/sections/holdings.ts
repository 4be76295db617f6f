// 特定投資株式: the policy shareholdings, name by name, with shares and book values of two years and why each is held.
import type { Block } from '../../../../types.js';
import { createRng } from '../../../../util/rng.js';
import type { JaReportContext } from '../context.js';
import { jaNames } from '../world.js';
import { row } from '../format.js';
import { worldVars } from './vars.js';

const KINDS = ['商事', '電機', '化学工業', '製作所', '工業', '物産', 'ホールディングス', '産業', '精工', '運輸', '建設', '電子'];

interface Holding {
  name: string;
  segment: number;
  /** Shares held at the end of the first report's year − 1, and the price then (円). */
  shares: number;
  price: number;
  mutual: boolean;
}

/** The company's policy shareholdings (fixed per company), bank and customers among them. */
function holdings(ctx: JaReportContext): Holding[] {
  const c = ctx.company;
  const rng = createRng(`${c.name}/holdings`);
  const heads = rng.sample([...jaNames().companyHeads, ...jaNames().holdingHeads].filter((h) => !c.short.includes(h) && !c.customers.some((x) => x.includes(h))), 40);
  const names = [
    ...c.customers,
    c.bank.replace(/^株式会社/, '株式会社'),
    ...heads.map((h) => `${h}${rng.pick(KINDS)}株式会社`),
  ].slice(0, 30 + rng.int(0, 9));
  return names.map((name, i) => ({ name, segment: i % c.segments.length, shares: rng.int(20, 2400) * 1000, price: rng.int(300, 9000), mutual: rng.chance(0.55) }));
}

/** How many policy shareholdings 特定投資株式 lists. */
export function holdingCount(ctx: JaReportContext): number {
  return holdings(ctx).length;
}

/** Shares and price of a holding at the end of fiscal `year`: sold down slowly, price drifting. */
function at(ctx: JaReportContext, h: Holding, year: number): { shares: number; value: number } {
  let shares = h.shares;
  let price = h.price;
  for (let y = ctx.calendar.firstYear - 1; y < year; y++) {
    const r = createRng(`${h.name}/${y}`);
    if (r.chance(0.25)) shares = Math.round((shares * r.float(0.5, 0.9)) / 1000) * 1000;
    price = Math.max(100, Math.round(price * r.float(0.8, 1.3)));
  }
  return { shares, value: Math.max(1, Math.round((shares * price) / 1e6)) };
}

/** みなし保有株式: shares the company contributed to its retirement benefit trust (it keeps the right to direct the votes); other names than the policy holdings. */
function* deemedHoldings(ctx: JaReportContext, skip: number): Generator<Block> {
  const c = ctx.company;
  const rng = createRng(`${c.name}/deemed`);
  const taken = new Set(holdings(ctx).map((h) => h.name));
  const heads = rng.sample([...jaNames().companyHeads, ...jaNames().holdingHeads].filter((h) => !c.short.includes(h) && ![...taken].some((t) => t.startsWith(h))), 3 + rng.int(0, 2));
  const list: Holding[] = heads.map((h, i) => ({ name: `${h}${rng.pick(KINDS)}株式会社`, segment: (i + skip) % c.segments.length, shares: rng.int(100, 1600) * 1000, price: rng.int(400, 6000), mutual: rng.chance(0.5) }));
  if (list.length === 0) return;
  yield ctx.table([
    'みなし保有株式　（当事業年度／前事業年度）',
    row(['銘柄', '株式数（株）', '貸借対照表計上額（百万円）', '保有目的', '当社の株式の保有の有無']),
    ...list.map((h) => {
      const cur = at(ctx, h, ctx.year);
      const prev = at(ctx, h, ctx.year - 1);
      return row([h.name, `${cur.shares.toLocaleString('en-US')}／${prev.shares.toLocaleString('en-US')}`, `${cur.value.toLocaleString('en-US')}／${prev.value.toLocaleString('en-US')}`, '退職給付信託に拠出しており、議決権行使の指図権を有しております', h.mutual ? '有' : '無']);
    }),
  ]);
  yield ctx.para([ctx.once(() => ctx.say('（注）{貸借対照表計上額の欄には、事業年度末日における時価に議決権行使権限の対象となる株式数を乗じて得た額を記載しております|みなし保有株式の貸借対照表計上額は、事業年度末日の時価に議決権行使権限の対象となる株式数を乗じて算出しております}。'))]);
}

/** (5) 株式の保有状況: 特定投資株式. */
export function* renderHoldings(ctx: JaReportContext): Generator<Block> {
  const list = holdings(ctx);
  const rows = list.map((h) => {
    const cur = at(ctx, h, ctx.year);
    const prev = at(ctx, h, ctx.year - 1);
    const why = ctx.say('<保有目的>', worldVars(ctx, h.segment));
    const reduced = cur.shares < prev.shares ? '　当事業年度に一部を売却' : '';
    return row([h.name, `${cur.shares.toLocaleString('en-US')}／${prev.shares.toLocaleString('en-US')}`, `${cur.value.toLocaleString('en-US')}／${prev.value.toLocaleString('en-US')}`, `${why}${reduced}（定量的な保有効果）（注）`, h.mutual ? '有' : '無']);
  });
  yield ctx.table([
    '特定投資株式　（当事業年度／前事業年度）',
    row(['銘柄', '株式数（株）', '貸借対照表計上額（百万円）', '保有目的、定量的な保有効果及び株式数が増加した理由', '当社の株式の保有の有無']),
    ...rows,
  ]);
  yield* deemedHoldings(ctx, list.length);
  yield ctx.para([ctx.once(() => ctx.say('（注）{定量的な保有効果については記載が困難であります|定量的な保有効果は、取引上の秘密保持の観点から記載しておりません}。保有の合理性は、{取締役会において個別銘柄ごとに便益やリスクが資本コストに見合っているか等を検証しております|保有に伴う便益が資本コストに見合っているか等により検証しております}。'))]);
}
