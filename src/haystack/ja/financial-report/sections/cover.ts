// 表紙: the cover page of a 有価証券報告書 (提出日 in 和暦, the fiscal period, the company's names and addresses).
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { jaDate } from '../format.js';
import { executiveOfficers } from './officer-notes.js';

/** The cover page and the heading of 第一部. */
export function* renderCover(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const president = ctx.officers[0]!;
  // The 事務連絡者 is the accounting manager (the 執行役員 who heads 経理部), not a representative director: real covers
  // name a 経理部長 or 経理財務部長, and a 代表取締役専務執行役員 answering the bureau's calls reads wrong.
  const accounts = executiveOfficers(ctx).find((e) => e.post === '経理部長')!;
  const contact = { title: '執行役員経理部長', name: accounts.name };
  const start = ctx.calendar.periodStart(ctx.year);
  const end = ctx.calendar.periodEnd(ctx.year);
  yield ctx.heading('【表紙】', '表紙');
  yield ctx.meta([
    '【提出書類】　有価証券報告書',
    '【根拠条文】　金融商品取引法第24条第1項',
    `【提出先】　${c.bureau}`,
    `【提出日】　${jaDate(ctx.calendar.filedOn(ctx.year))}`,
    `【事業年度】　第${ctx.term}期（自　${jaDate(start)}　至　${jaDate(end)}）`,
    `【会社名】　${c.name}`,
    `【英訳名】　${c.english}`,
    `【代表者の役職氏名】　${president.title}　${president.name}`,
    `【本店の所在の場所】　${c.hq.prefecture}${c.hq.city}${c.hq.street}${(ctx.company.shares % 23) + 1}番${(ctx.company.shares % 17) + 1}号`,
    `【電話番号】　${c.phone}（代表）`,
    `【事務連絡者氏名】　${contact.title}　${contact.name}`,
    `【縦覧に供する場所】　株式会社東京証券取引所（東京都中央区日本橋兜町2番1号）`,
  ]);
  yield ctx.heading('第一部【企業情報】', '企業情報');
}
