// 役員一覧 continued: the notes on terms, the executive officers who do not sit on the board, and the board's skills matrix.
import type { Block } from '../../../../types.js';
import { createRng } from '../../../../util/rng.js';
import type { JaReportContext } from '../context.js';
import { jaDate, row } from '../format.js';
import { namesUsed, personName, type JaCompany, type JaOfficer } from '../world.js';
import { outsideKind, type OutsideKind } from './officers.js';
import { agmDay } from './draws.js';

const SKILLS = ['企業経営', '財務・会計', '法務・リスク管理', '営業・マーケティング', '製造・技術・研究開発', 'グローバル', 'ESG・サステナビリティ', 'IT・DX'];

/** Executive officers who are not directors: a few are replaced each year (the same people until then). */
export function executiveOfficers(ctx: JaReportContext): Array<{ post: string; name: string }> {
  const c = ctx.company;
  const used = namesUsed(ctx.officers.map((o) => o.name));
  const posts = ['購買部長', '品質保証部長', '人事部長', '経理部長', '海外事業部長', `${c.sites.find((s) => s.kind === 'lab')!.name}長`, `${c.sites.find((s) => s.kind === 'plant')!.name}長`, '情報システム部長', `${c.subsidiaries[0]!.name}代表取締役社長`];
  const count = 6 + (c.shares / 100_000) % 3;
  return posts.slice(0, count).map((post, i) => {
    const term = Math.floor((ctx.year - ctx.calendar.firstYear + i) / 4);
    return { post, name: personName(createRng(`${c.name}/executive/${i}/${term}`), createRng(`${c.name}/executive/${i}/${term}/f`).chance(0.25), used) };
  });
}

/** The skills the board expects of each officer, from what the officer has done (two to four marks each). */
function skills(c: JaCompany, o: JaOfficer, index: number): number[] {
  const byCharge: Record<string, number[]> = { 経営企画本部長: [0, 1, 6], 管理本部長: [1, 2, 7], 営業本部長: [3, 5], 生産本部長: [4, 6], 技術開発本部長: [4, 7] };
  if (o.role === 'president') return [0, 3, 5, 6];
  if (o.charge && byCharge[o.charge]) return byCharge[o.charge]!;
  if (o.role === 'auditor') return [1, 2];
  if (o.role === 'outside' || o.role === 'outside-auditor') {
    // What the career shows: a lawyer's law, an accountant's accounts, a banker's finance, an executive's management.
    const byKind: Record<OutsideKind, number[][]> = { lawyer: [[2], [2, 6]], cpa: [[1, 2], [1]], finance: [[1, 5], [1, 2]], executive: [[0, 5], [0, 7], [0, 3], [0, 6]] };
    const options = byKind[outsideKind(c, o)];
    return options[index % options.length]!;
  }
  return [[1, 2], [2, 6], [1, 5]][index % 3]!;
}

/** The notes under 役員一覧, the executive officers and the skills matrix. */
export function* renderOfficerNotes(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const agm = jaDate(agmDay(ctx, ctx.year));
  const auditorsSince = ctx.year - ((ctx.year - ctx.calendar.firstYear) % 4);
  const outsideDirectors = ctx.officers.filter((o) => o.role === 'outside').map((o) => o.name.replace('　', ''));
  const outsideAuditors = ctx.officers.filter((o) => o.role === 'outside-auditor').map((o) => o.name.replace('　', ''));
  yield ctx.para([
    `（注）1．取締役${outsideDirectors.join('、')}の各氏は、社外取締役であります。`,
    `2．監査役${outsideAuditors.join('、')}の各氏は、社外監査役であります。`,
    `3．取締役の任期は、${agm}開催の定時株主総会終結の時から1年間であります。`,
    `4．監査役の任期は、${jaDate(agmDay(ctx, auditorsSince))}開催の定時株主総会終結の時から4年間であります。`,
    ctx.once(() => ctx.say('5．当社は、{意思決定及び業務執行の迅速化|経営の意思決定・監督機能と業務執行機能の分離}を図るため、執行役員制度を導入しております。')),
  ]);
  const execs = executiveOfficers(ctx);
  yield ctx.table([
    `なお、取締役を兼務しない執行役員は次のとおりであります（${ctx.year}年6月30日現在）。`,
    row(['役職', '氏名', '担当']),
    ...execs.map((e, i) => row([i < 2 ? '常務執行役員' : '執行役員', e.name, e.post])),
  ]);
  const board = ctx.officers;
  yield ctx.table([
    '取締役及び監査役のスキル・マトリックス',
    row(['氏名', ...SKILLS]),
    ...board.map((o, i) => {
      const has = skills(c, o, i);
      return row([o.name, ...SKILLS.map((_, k) => (has.includes(k) ? '●' : ''))]);
    }),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say('（注）{上記一覧表は、各人の有する全ての知見や経験を表すものではありません|上記は、各人が有する主な専門性及び経験を記載しており、全ての知見を表すものではありません}。')),
    ctx.once(() => ctx.say(`当社は、{取締役会全体としての知識、経験、能力のバランス及び多様性|取締役会の構成の多様性と専門性のバランス}を{確保する観点から|重視し}、{中期経営計画の遂行に必要なスキルを特定しております|経営戦略に照らして取締役会が備えるべきスキルを定めております}。`)),
  ]);
}
