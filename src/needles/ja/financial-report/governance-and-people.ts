// Japanese report needles on officers and employees: the directors' bonus, the spring wage settlement.
import type { JaReportWorld } from '../../../haystack/ja/financial-report/world.js';
import { JA_REPORT_FACTS } from '../../../haystack/ja/financial-report/facts.js';
import type { WorldTemplate } from '../../template.js';
import { distinct } from '../../vocab.js';
import { fiscalYear, manYen, pct2 } from './values.js';

const officerBonus: WorldTemplate<JaReportWorld, { amounts: string[]; heads: number }> = {
  id: 'ja-fin-officer-bonus',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.officerBonus],
  sections: ['役員の報酬等', 'コーポレート・ガバナンス', '提出会社の状況'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 3_000, 48_000)), heads: rng.int(4, 6) }),
  render({ amounts: [amt, alt], heads }, world, place) {
    const fy = fiscalYear(world, place);
    return {
      text: `${fy}年5月開催の取締役会において、当事業年度の業績連動報酬として、取締役（社外取締役を除く）${heads}名に対し総額${amt}の役員賞与を支給することを決議しました。`,
      lexical: '取締役会で支給を決議した、社外取締役を除く取締役に対する役員賞与の総額はいくらですか。',
      paraphrased: '経営陣に支払われる成果連動型のボーナスは、合計でいくらと決められましたか。',
      answers: [amt!],
      distractors: [{ text: `なお、前事業年度に支給した役員賞与の総額は${alt}でありました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/役員賞与|業績連動報酬.{0,20}総額|ボーナス/],
};

const wageIncrease: WorldTemplate<JaReportWorld, { rates: string[] }> = {
  id: 'ja-fin-wage-increase',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.wageRevision],
  sections: ['従業員の状況', 'サステナビリティ', '対処すべき課題'],
  draw: (rng) => ({ rates: distinct(rng, 2, (r) => pct2(r, 2.5, 7.9)) }),
  render({ rates: [rate, alt] }, world, place) {
    const fy = fiscalYear(world, place);
    return {
      text: `当社は、${fy}年の春季労使交渉において、定期昇給相当分を含め組合員一人当たり平均${rate}の賃上げを実施することで${world.company.short}労働組合と合意しました。`,
      lexical: '春季労使交渉で労働組合と合意した、組合員一人当たりの平均の賃上げ率は何%ですか。',
      paraphrased: '今年のベースアップをめぐる話し合いの結果、社員の給料は平均でどれだけアップすることになりましたか。',
      answers: [rate!],
      distractors: [{ text: `前年の春季労使交渉における平均賃上げ率は${alt}でありました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/賃上げ|賃金改定|ベースアップ/],
};

/** Officers' and employees' pay. */
export const GOVERNANCE_AND_PEOPLE = [officerBonus, wageIncrease];
