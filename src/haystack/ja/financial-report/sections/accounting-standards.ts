// Notes that depend on the calendar: equity-method affiliates, accounting standards newly applied this year, and those issued but not yet applied.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';

/** A standard: its name, when it was issued, and the first fiscal year (ending in March of that year) it applies to. */
interface Standard {
  name: string;
  issued: string;
  firstYear: number;
  outline: string;
}

const STANDARDS: Standard[] = [
  {
    name: '「法人税、住民税及び事業税等に関する会計基準」（企業会計基準第27号）等',
    issued: '2022年10月28日',
    firstYear: 2025,
    outline: 'その他の包括利益に対して課税される場合の法人税等の計上区分及びグループ法人税制が適用される場合の子会社株式等の売却に係る税効果の取扱いを定めるもの',
  },
  {
    name: '「リースに関する会計基準」（企業会計基準第34号）等',
    issued: '2024年9月13日',
    firstYear: 2028,
    outline: '借手の全てのリースについて資産及び負債を計上する等の取扱いを定めるもの',
  },
];

/** 持分法の適用, 会計方針の変更 and 未適用の会計基準等 of this year. */
export function* renderAccountingStandards(ctx: JaReportContext): Generator<Block> {
  yield ctx.heading('持分法の適用に関する事項', '注記事項');
  yield ctx.para([
    ctx.once(() => ctx.say('持分法を適用していない関連会社2社は、{当期純損益（持分に見合う額）及び利益剰余金（持分に見合う額）等からみて、持分法の対象から除いても連結財務諸表に及ぼす影響が軽微であり、かつ、全体としても重要性がないため|いずれも小規模であり、全体としても連結財務諸表に重要な影響を及ぼしていないため}、持分法の適用範囲から除外しております。')),
  ]);
  const applied = STANDARDS.filter((s) => s.firstYear === ctx.year);
  for (const s of applied) {
    yield ctx.heading('（会計方針の変更）');
    yield ctx.para([
      `${s.name}を当連結会計年度の期首から適用しております。`,
      ctx.once(() => ctx.say('{当該会計方針の変更による連結財務諸表への影響はありません|なお、当該会計方針の変更が連結財務諸表に与える影響は軽微であります}。')),
    ]);
  }
  const pending = STANDARDS.filter((s) => s.firstYear > ctx.year && Number(s.issued.slice(0, 4)) < ctx.year);
  if (pending.length === 0) return;
  yield ctx.heading('（未適用の会計基準等）');
  for (const s of pending) {
    yield ctx.heading(`・${s.name}（${s.issued}　企業会計基準委員会）`);
    yield ctx.para([
      `(1) 概要　${s.outline}であります。`,
      `(2) 適用予定日　${s.firstYear}年3月期の期首より適用予定であります。`,
      ctx.once(() => ctx.say(`(3) 当該会計基準等の適用による影響　{「${s.name.replace(/^「|」.*$/g, '')}」等の適用による連結財務諸表に与える影響額については、現時点で評価中であります|影響額は、当連結財務諸表の作成時において評価中であります}。`)),
    ]);
  }
}
