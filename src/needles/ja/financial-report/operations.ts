// Japanese report needles on operations: a major customer's share, a new research center, a recall, a plant's impairment, a patent settlement, internal carbon pricing.
import { JA_REPORT_FACTS } from '../../../haystack/ja/financial-report/facts.js';
import type { JaReportWorld } from '../../../haystack/ja/financial-report/world.js';
import type { WorldTemplate } from '../../template.js';
import { distinct } from '../../vocab.js';
import { dayInYear, fiscalYear, manYen, newCity, otherCompany, pct2, plants, siteArea } from './values.js';

const majorCustomer: WorldTemplate<JaReportWorld, { ratios: string[]; customer: number }> = {
  id: 'ja-fin-major-customer-ratio',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.noMajorCustomer],
  sections: ['セグメント情報', '関連情報', '事業等のリスク'],
  draw: (rng, world) => ({ ratios: distinct(rng, 2, (r) => pct2(r, 10.1, 24.9)), customer: rng.int(0, world.company.customers.length - 1) }),
  render({ ratios: [ratio, alt], customer }, world) {
    const name = world.company.customers[customer]!;
    const seg = world.company.segments[customer % world.company.segments.length]!;
    return {
      text: `外部顧客への売上高のうち、${name}に対する売上高は連結売上高の${ratio}を占めており、主に${seg.label}において計上しております。`,
      lexical: `${name}に対する売上高が連結売上高に占める割合は何%ですか。`,
      paraphrased: 'ある主要な取引先向けの販売は、グループ全体の売上のうちどれほどのシェアになっていますか。',
      answers: [ratio!],
      distractors: [{ text: `前連結会計年度における同社に対する売上高の割合は${alt}でありました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/(顧客|相手先|得意先|向け).{0,40}(連結売上高|売上高の\d|売上高に占める)|主要な顧客/],
  contradicts: () => [/10%以上を占める相手先がない/],
};

const researchCenter: WorldTemplate<JaReportWorld, { when: number[]; place: [string, string]; segment: number }> = {
  id: 'ja-fin-rnd-center-opening',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.labOpened],
  sections: ['研究開発活動', '設備の状況', '対処すべき課題'],
  draw: (rng, world) => ({ when: distinct(rng, 2, (r) => Math.floor(r.next() * 280) / 280), place: newCity(rng, world), segment: rng.int(0, world.company.segments.length - 1) }),
  render({ when: [f, g], place: [pref, city], segment }, world, place) {
    const fy = fiscalYear(world, place);
    const date = dayInYear(fy, f!);
    const started = dayInYear(fy - 1, g!);
    const name = `${city.replace(/市$/, '')}イノベーションセンター`;
    return {
      text: `当社は、${date}、${pref}${city}に研究開発拠点「${name}」を新たに開設し、${world.company.segments[segment]!.label}の次世代製品の開発機能を集約しました。`,
      lexical: `当社が研究開発拠点「${name}」を開設したのはいつですか。`,
      paraphrased: '新しいR&Dのための施設がオープンしたのは、何年何月何日ですか。',
      answers: [date],
      distractors: [{ text: `同センターの建設工事には${started}に着手しておりました。`, answers: [started] }],
    };
  },
  rivals: () => [/研究開発拠点.{0,30}開設|センター.{0,10}を開設/],
};

const productRecall: WorldTemplate<JaReportWorld, { amounts: string[]; segment: number; product: number }> = {
  id: 'ja-fin-product-recall',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.noRecall],
  sections: ['事業等のリスク', '経営者による', '研究開発活動'],
  draw: (rng, world) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 6_000, 190_000)), segment: rng.int(0, world.company.segments.length - 1), product: rng.int(0, 2) }),
  render({ amounts: [amt, alt], segment, product }, world) {
    const prod = world.company.segments[segment]!.products[product]!;
    return {
      text: `当連結会計年度において、当社は${prod}の一部に不具合が判明したことから自主回収を実施し、回収及び交換に係る費用${amt}を製品保証引当金繰入額として計上しました。`,
      lexical: `${prod}の自主回収に係る費用として計上した製品保証引当金繰入額はいくらですか。`,
      paraphrased: '欠陥の見つかった商品のリコール対応にかかったコストは、総額でいくらでしたか。',
      answers: [amt!],
      distractors: [{ text: `なお、回収の対象となった${prod}の出荷額は${alt}でありました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/自主回収|リコール.{0,30}(費用|コスト)|製品保証引当金/],
  contradicts: () => [/製品の回収は発生しておりません|重大なリコールは発生しておりません/],
};

const plantImpairment: WorldTemplate<JaReportWorld, { amounts: string[]; site: number }> = {
  id: 'ja-fin-plant-impairment',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.impairment],
  sections: ['減損損失', '注記事項', '経営者による'],
  draw: (rng, world) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 5_000, 240_000)), site: rng.int(0, plants(world).length - 1) }),
  render({ amounts: [amt, alt], site }, world) {
    const s = plants(world)[site]!;
    return {
      text: `当社は、${s.name}（${s.prefecture}${s.city}）の${world.company.segments[s.segment]!.name}製品の生産設備について、稼働率の低下により収益性が悪化したため、減損損失${amt}を特別損失に計上しました。`,
      lexical: `${s.name}の生産設備について特別損失に計上した減損損失はいくらですか。`,
      paraphrased: `${siteArea(world, s)}の製造拠点で、価値の下がった機械の簿価をどれだけ切り下げましたか。`,
      answers: [amt!],
      distractors: [{ text: `当該生産設備の減損処理前の帳簿価額は${alt}でありました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/減損損失.{0,6}\d|簿価.{0,20}切り下げ/],
};

const patentSettlement: WorldTemplate<JaReportWorld, { amounts: string[]; when: number; rival: string }> = {
  id: 'ja-fin-patent-settlement',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.noLitigation],
  sections: ['訴訟', '事業等のリスク', '注記事項'],
  draw: (rng, world) => ({ amounts: distinct(rng, 2, (r) => manYen(r, 9_000, 360_000)), when: rng.next(), rival: otherCompany(rng, world, ['工業', '電機', '化成', '精機', '製作所']) }),
  render({ amounts: [amt, alt], when, rival }, world, place) {
    const fy = fiscalYear(world, place);
    return {
      text: `当社が株式会社${rival}から特許権侵害を理由に提起されていた損害賠償請求訴訟について、${dayInYear(fy, when)}に和解が成立し、当社は和解金${amt}を支払いました。`,
      lexical: `株式会社${rival}との特許権侵害訴訟の和解で、当社が支払った和解金はいくらですか。`,
      paraphrased: 'パテントをめぐって争っていた裁判を終わらせるために、相手側へ渡したお金はいくらですか。',
      answers: [amt!],
      distractors: [{ text: `なお、株式会社${rival}は当初、${alt}の損害賠償を請求しておりました。`, answers: [alt!] }],
    };
  },
  rivals: () => [/和解金|和解が成立/],
  contradicts: () => [/重要な影響を及ぼす訴訟は提起されておりません|係争中の訴訟はありません/],
};

const carbonPrice: WorldTemplate<JaReportWorld, { prices: string[] }> = {
  id: 'ja-fin-internal-carbon-price',
  kind: 'financial-report',
  lang: 'ja',
  competes: [JA_REPORT_FACTS.carbonPrice],
  sections: ['サステナビリティ', '指標及び目標', '対処すべき課題'],
  draw: (rng) => ({ prices: distinct(rng, 2, (r) => `${(r.int(101, 599) * 50).toLocaleString('en-US')}円`) }),
  render({ prices: [price, alt] }, world, place) {
    const fy = fiscalYear(world, place);
    return {
      text: `当社グループは、${fy - 1}年10月よりインターナルカーボンプライシング制度を導入し、設備投資の判断に用いる社内炭素価格をCO2排出量1トン当たり${price}に設定しました。`,
      lexical: 'インターナルカーボンプライシング制度で設定した社内炭素価格は、CO2排出量1トン当たりいくらですか。',
      paraphrased: '投資を決めるときに温室効果ガスの排出に付ける社内向けの値段は、1トンにつき何円ですか。',
      answers: [price!],
      distractors: [{ text: `なお、${fy + 4}年度には同価格を${alt}に引き上げる方針であります。`, answers: [alt!] }],
    };
  },
  rivals: () => [/社内炭素価格|カーボンプライシング.{0,30}円/],
  contradicts: () => [/インターナルカーボンプライシングについては.{0,20}検討/],
};

/** Operations needles. */
export const OPERATIONS = [majorCustomer, researchCenter, productRecall, plantImpairment, patentSettlement, carbonPrice];
