// 役員の状況 in full: each officer's career (略歴), the board's attendance and the matters it examined this year.
import type { Block } from '../../../../types.js';
import { createRng, type Rng } from '../../../../util/rng.js';
import type { JaReportContext } from '../context.js';
import { row } from '../format.js';
import type { JaCompany, JaOfficer } from '../world.js';

const FIRMS = ['商事', '銀行', '証券', '電機', '重工業', '化学', '製鉄', '海上火災保険', '物産', '建設'];
const FINANCE = ['銀行', '証券', '海上火災保険'];

/** What an outside officer did before joining: a lawyer's or accountant's office, a financial institution, or another company. */
export type OutsideKind = 'lawyer' | 'cpa' | 'finance' | 'executive';

interface OutsideProfile {
  kind: OutsideKind;
  firm: string;
  office?: string;
}

/** An outside officer's background, drawn from the career stream `rng` (the same draws career() makes). */
function outsideProfile(rng: Rng): OutsideProfile {
  const kind = rng.pick(FIRMS);
  const firm = `${rng.pick(['東和', '大洋', '中央', '日新', '太陽', '丸の内', '新光', '若葉'])}${kind}株式会社`;
  if (rng.chance(0.35)) {
    const name = rng.pick(['桜田', '清水', '青山', '芝', '大手町']);
    const kind = rng.chance(0.5) ? 'lawyer' : 'cpa';
    return { kind, firm, office: `${name}${kind === 'lawyer' ? '法律事務所' : '会計事務所'}` };
  }
  return { kind: FINANCE.includes(kind) ? 'finance' : 'executive', firm };
}

/** The background of an outside officer (what 選任理由 and the skills matrix say of them). */
export function outsideKind(c: JaCompany, o: JaOfficer): OutsideKind {
  return outsideProfile(createRng(`${c.name}/${o.name}/career`)).kind;
}

/** An officer's career, year-month and post, fixed by the company and the officer (the same in every report). */
function career(c: JaCompany, o: JaOfficer, index: number, firstYear: number): Array<[number, number, string]> {
  const rng = createRng(`${c.name}/${o.name}/career`);
  const depts = ['経理部', '営業部', '生産管理部', '技術部', '品質保証部', '経営企画部', '人事部', '海外事業部', '購買部', '開発部'];
  if (o.role === 'outside' || o.role === 'outside-auditor') {
    const prof = outsideProfile(rng);
    const start = o.born.year + rng.int(22, 24);
    const out: Array<[number, number, string]> = [];
    if (prof.office) {
      out.push([start + 2, 4, prof.kind === 'lawyer' ? `弁護士登録　${prof.office}入所` : `公認会計士登録　${prof.office}入所`]);
      out.push([start + rng.int(9, 14), 4, `${prof.office}パートナー（現任）`]);
    } else {
      out.push([start, 4, `${prof.firm}入社`]);
      out.push([start + rng.int(18, 24), 6, '同社執行役員']);
      out.push([start + rng.int(25, 29), 6, '同社取締役常務執行役員']);
      out.push([start + rng.int(30, 33), 6, '同社顧問']);
    }
    const since = o.since ?? Math.min(firstYear - 1, 2013 + (index % 6) + rng.int(0, 3));
    // Posts held elsewhere come before the appointment here, in order (同社 then never reads as this company).
    return [...out.filter(([y]) => y < since), [since, 6, `当社${o.role === 'outside' ? '社外取締役' : '社外監査役'}（現任）`]];
  }
  const start = o.born.year + rng.int(22, 24);
  const out: Array<[number, number, string]> = [];
  out.push([start, 4, '当社入社']);
  const d1 = rng.pick(depts);
  out.push([start + rng.int(14, 18), 4, `当社${d1}長`]);
  const d2 = rng.pick(depts.filter((d) => d !== d1));
  out.push([start + rng.int(20, 23), 4, `当社${d2}長`]);
  const exec = o.since ? o.since - rng.int(3, 6) : Math.min(firstYear - 6, start + rng.int(24, 27));
  out.push([exec, 6, `当社執行役員${o.charge ? `　${o.charge.replace('本部長', '副本部長')}` : ''}`]);
  if (o.role === 'auditor') {
    out.push([exec + rng.int(3, 5), 6, '当社常勤監査役（現任）']);
    return out;
  }
  const final = o.since ?? Math.min(firstYear - 1, exec + rng.int(5, 8));
  if (!o.since) out.push([exec + rng.int(2, 4), 6, `当社取締役　${rng.pick(depts)}担当`]);
  if (o.role === 'director') out.push([final, 6, `当社取締役常務執行役員　${o.charge}（現任）`]);
  if (o.role === 'senior') out.push([final, 6, `当社代表取締役専務執行役員　${o.charge}（現任）`]);
  if (o.role === 'president') out.push([final, 6, '当社代表取締役社長（現任）']);
  return out;
}

/** 略歴 of every officer, and the board's activity this year. */
export function* renderOfficers(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  // The first report prints every officer's career; later ones print those of officers newly appointed that June and refer to earlier reports for the rest.
  const first = ctx.year === ctx.calendar.firstYear;
  const listed = ctx.officers.map((o, i) => ({ o, i })).filter(({ o }) => first || o.since === ctx.year);
  if (listed.length > 0) {
    yield ctx.table([
      first ? '略歴' : '略歴（当事業年度に新たに就任した役員）',
      row(['氏名', '年月', '略歴']),
      ...listed.flatMap(({ o, i }) => career(c, o, i, ctx.calendar.firstYear).filter(([y]) => y <= ctx.year).map(([y, m, t], k) => row([k === 0 ? o.name : '', `${y}年${m}月`, t]))),
    ]);
  }
  if (!first) {
    yield ctx.para([
      ctx.once(() => ctx.say(`{再任の取締役及び監査役の略歴|前事業年度から引き続き在任している役員の略歴}は、第${ctx.calendar.term(ctx.year - 1)}期有価証券報告書に記載しており、{当事業年度中の異動はありません|当事業年度において担当の変更を除き異動はありません}。`)),
    ]);
  }
  const meetings = 12 + (ctx.year % 3 === 0 ? 2 : ctx.year % 3);
  const directors = ctx.officers.filter((o) => !o.role.includes('auditor'));
  yield ctx.heading('取締役会の活動状況');
  yield ctx.table([
    row(['役職', '氏名', '出席状況']),
    ...directors.map((o, i) => {
      const absent = (ctx.year + i * 3) % 7 === 0 ? 1 : 0;
      return row([o.title + (o.role === 'outside' ? '（社外）' : ''), o.name, `${meetings - absent}回／${meetings}回`]);
    }),
  ]);
  const topics = ctx.rng.fork('board-topics').sample([...Array(14).keys()], 5);
  yield ctx.para([
    `当事業年度において当社は取締役会を${meetings}回開催しました。`,
    ctx.once(() => ctx.say(`取締役会における{主な検討事項|具体的な検討内容}は、${topics.map((t) => ctx.list('取締役会検討事項')[t]).join('、')}等であります。`)),
  ]);
}
