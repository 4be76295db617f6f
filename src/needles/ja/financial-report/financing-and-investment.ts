// Japanese report needles on financing and investment: the loan covenant, a plant's new building, policy-shareholding sales, an acquisition after the year end.
import { JA_REPORT_FACTS } from '../../../haystack/ja/financial-report/facts.js';
import type { JaReportWorld } from '../../../haystack/ja/financial-report/world.js';
import type { WorldTemplate } from '../../template.js';
import { distinct } from '../../vocab.js';
import { dayAfterYearEnd, manYen, otherCompany, plants, times2 } from './values.js';

const netDebtCovenant: WorldTemplate<JaReportWorld, { limits: string[] }> = {
  id: 'ja-fin-net-debt-covenant',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.debtCovenant],
  sections: ['借入金等', '経営上の重要な契約等', '資本の財源'],
  draw: (rng) => ({ limits: distinct(rng, 2, (r) => times2(r, 2.5, 6.9)) }),
  render({ limits: [limit, alt] }, world) {
    const bank = world.company.bank;
    return {
      text: `当社が${bank}をアレンジャーとして締結しているシンジケートローン契約には、各年度の決算期末における連結の純有利子負債倍率（純有利子負債÷EBITDA）を${limit}以下に維持する旨の財務制限条項が付されております。`,
      lexical: `${bank}をアレンジャーとするシンジケートローン契約の財務制限条項では、純有利子負債倍率を何倍以下に維持することとされていますか。`,
      paraphrased: '協調融資の約束事として、手元の資金を差し引いたネットの借金を稼ぐ力の何倍までに抑える必要がありますか。',
      answers: [limit!],
      distractors: [{ text: `なお、同契約の締結当初は、当該倍率の上限が${alt}とされておりました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/純有利子負債倍率|財務制限条項.{0,40}倍|ネット.{0,6}借金/],
};

const plantCapex: WorldTemplate<JaReportWorld, { amounts: string[]; site: number; product: number }> = {
  id: 'ja-fin-plant-capex',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.capexPlan],
  sections: ['設備の新設', '設備投資等の概要', '設備の状況'],
  draw: (rng, world) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 120_000, 980_000)), site: rng.int(0, plants(world).length - 1), product: rng.int(0, 1) }),
  render({ amounts: [amt, alt], site, product }, world) {
    const s = plants(world)[site]!;
    const prod = world.company.segments[s.segment]!.products[product]!;
    return {
      text: `当社は、${s.name}（${s.prefecture}${s.city}）において${prod}の新生産棟の建設を決定しており、総投資額は${amt}を予定しております。`,
      lexical: `${s.name}における${prod}の新生産棟の建設について、予定している総投資額はいくらですか。`,
      paraphrased: 'ものづくりの拠点で計画中の新しい建屋には、全部でどれだけのお金をかける予定ですか。',
      answers: [amt!],
      distractors: [{ text: `なお、${s.name}における既存設備の更新投資の累計額は${alt}となっております。`, answers: [alt!] }],
    };
  },
  rivals: () => [/新生産棟|総投資額|投資総額/],
};

const policySharesGain: WorldTemplate<JaReportWorld, { amounts: string[]; count: number }> = {
  id: 'ja-fin-policy-shares-gain',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.securitiesGain],
  sections: ['株式の保有状況', '経営者による', '連結財務諸表'],
  draw: (rng) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 8_000, 290_000)), count: rng.int(3, 9) }),
  render({ amounts: [amt, alt], count }) {
    return {
      text: `当連結会計年度において、政策保有株式の縮減方針に基づき${count}銘柄を売却し、投資有価証券売却益${amt}を特別利益に計上しました。`,
      lexical: '政策保有株式の売却により特別利益に計上した投資有価証券売却益はいくらですか。',
      paraphrased: '持ち合いで保有していた取引先の株を手放したことで得たもうけは、いくらでしたか。',
      answers: [amt!],
      distractors: [{ text: `売却した${count}銘柄の売却直前の帳簿価額の合計は${alt}でありました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/投資有価証券売却益|政策保有株式.{0,30}売却/],
};

const subsequentAcquisition: WorldTemplate<JaReportWorld, { amounts: string[]; when: number; target: string }> = {
  id: 'ja-fin-subsequent-acquisition',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.noSubsequentEvents],
  sections: ['重要な後発事象', '注記事項', '経理の状況'],
  draw: (rng, world) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 50_000, 1_900_000)), when: rng.next(), target: otherCompany(rng, world, ['精工', '産業', 'テクノス', '製作所', '工業']) }),
  render({ amounts: [amt, alt], when, target }, world, place) {
    const fy = place?.kind === 'financial-report' ? place.fiscalYear : world.calendar.firstYear;
    return {
      text: `当社は、${dayAfterYearEnd(fy, when)}開催の取締役会において、株式会社${target}の発行済株式の全部を取得して子会社化することを決議し、取得価額は${amt}を予定しております。`,
      lexical: `株式会社${target}の株式取得について、取締役会で決議した取得価額はいくらですか。`,
      paraphrased: '決算日の後に買収を決めた会社を手に入れるために支払う代金は、いくらの見込みですか。',
      answers: [amt!],
      distractors: [{ text: `株式会社${target}の直前事業年度の売上高は${alt}であります。`, answers: [alt!] }],
    };
  },
  rivals: () => [/取得価額|子会社化.{0,30}決議/],
  contradicts: () => [/^該当事項はありません。$/],
};

/** Financing and investment needles. */
export const FINANCING_AND_INVESTMENT = [netDebtCovenant, plantCapex, policySharesGain, subsequentAcquisition];
