// Japanese transcript needles of the company: the dividend forecast, a price increase, a new plant's start, a
// capital expenditure, officers' pay, a buyback and new-graduate hiring, said at its board or its results briefing.
import { JA_MEETING_FACTS as F, type JaMeetingWorld } from '../../../haystack/ja/meeting-transcript/index.js';
import type { WorldTemplate } from '../../template.js';
import { dateAfter, distinct, kindsOf, nextMonth, oddAmount, replyAt, rolesAt, type Where } from './place.js';

const DIVIDEND: Where = { 'earnings-call': ['cfo', 'ceo'], board: ['cfo', 'ceo'] };
const PRICE: Where = { 'earnings-call': ['ceo', 'cfo'], board: ['director', 'ceo'] };
const PLANT: Where = { board: ['cto', 'director', 'ceo'], 'earnings-call': ['ceo', 'cfo'] };
const CAPEX: Where = { board: ['director', 'cto', 'cfo'] };
const PAY: Where = { board: ['chair', 'director'] };
const BUYBACK: Where = { board: ['cfo', 'chair'], 'earnings-call': ['cfo'] };
const HIRES: Where = { board: ['director', 'ceo'], 'earnings-call': ['ceo'] };

/** Next year's annual dividend forecast per share (41–97円; the generated meetings say 20–40円). */
export const dividendForecast: WorldTemplate<JaMeetingWorld, { now: number; before: number }> = {
  id: 'ja-mtg-dividend-forecast',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.dividendForecast],
  sections: kindsOf(DIVIDEND),
  draw(rng) {
    const [now, before] = distinct(rng, 2, (r) => r.int(41, 97));
    return { now: now!, before: before! };
  },
  render({ now, before }, _world, place) {
    return {
      text: `次期の年間配当予想につきましては、1株当たり${now}円とさせていただく予定です。`,
      lexical: '次期の年間配当予想は1株当たり何円ですか。',
      paraphrased: '来年度、株主が1株につき受け取る見込みの分配金はいくらですか。',
      answers: [`${now}円`],
      distractors: [{ text: `当期の年間配当は1株当たり${before}円で着地いたしました。`, answers: [`${before}円`] }],
      speakerRoles: rolesAt(DIVIDEND, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/配当予想[^。]*\d+円/],
  contradicts: () => [/次期の(?:年間)?配当予想/],
};

/** A price increase on one product line (16–29%; the generated meetings print no percentage of 15% or more). */
export const priceIncrease: WorldTemplate<JaMeetingWorld, { product: string; other: string; p: number; alt: number }> = {
  id: 'ja-mtg-price-increase',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.priceRevision],
  sections: kindsOf(PRICE),
  draw(rng, world) {
    const [a, b] = rng.sample(world.company.segments.flatMap((s) => s.products), 2);
    const [p, alt] = distinct(rng, 2, (r) => r.int(16, 29));
    return { product: a!, other: b!, p: p!, alt: alt! };
  },
  render({ product, other, p, alt }, world, place) {
    const month = nextMonth(world, place);
    return {
      text: `${month}出荷分から、${product}の販売価格を平均${p}%引き上げることを決めました。`,
      lexical: `${product}の販売価格を平均何%引き上げることを決めましたか。`,
      paraphrased: 'お客様に納める品物の売り値は、どれだけ上がることになりましたか。',
      answers: [`${p}%`],
      distractors: [{ text: `${other}については平均${alt}%の値上げを取引先に提示しております。`, answers: [`${alt}%`] }],
      speakerRoles: rolesAt(PRICE, place),
      reply: replyAt(place),
    };
  },
  rivals: ({ product }) => [new RegExp(`${product}[^。]*(?:値上げ|価格改定|引き上げ)`)],
  contradicts: ({ product }) => [new RegExp(`${product}[^。]*\\d+(?:\\.\\d)?%[^。]*(?:引き上げ|値上げ)`)],
};

/** The day a new plant in a place no meeting names starts operating. */
export const plantStart: WorldTemplate<JaMeetingWorld, { place: string; days: number; days2: number }> = {
  id: 'ja-mtg-plant-start',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.plantStart],
  sections: kindsOf(PLANT),
  draw(rng, world) {
    const days = rng.int(90, 300);
    return { place: rng.pick(world.reserved.places), days, days2: days - rng.int(20, 60) };
  },
  render({ place: where, days, days2 }, world, place) {
    const start = dateAfter(world, place, days);
    return {
      text: `${where}に建設中の新工場は、${start}に稼働を開始する予定です。`,
      lexical: `${where}に建設中の新工場は、いつ稼働を開始する予定ですか。`,
      paraphrased: '新しい生産拠点が動き出すのは何年何月何日ですか。',
      answers: [start],
      distractors: [{ text: `${where}の新工場の竣工式は${dateAfter(world, place, days2)}を予定しております。`, answers: [dateAfter(world, place, days2)] }],
      speakerRoles: rolesAt(PLANT, place),
      reply: replyAt(place),
    };
  },
  rivals: ({ place }) => [new RegExp(`${place}[^。]*(?:稼働|操業)`)],
  contradicts: () => [/新工場[^。]*稼働(?:開始|を開始)/],
};

/** The amount of a capital expenditure on a new line at one of the company's sites (never a whole 1,000万円). */
export const capexAmount: WorldTemplate<JaMeetingWorld, { site: string; amount: string; alt: string }> = {
  id: 'ja-mtg-capex',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.capex],
  sections: kindsOf(CAPEX),
  draw(rng, world) {
    const [amount, alt] = distinct(rng, 2, (r) => oddAmount(r, 12, 95));
    return { site: rng.pick(world.company.sites).name, amount: amount!, alt: alt! };
  },
  render({ site, amount, alt }, _world, place) {
    return {
      text: `${site}の新ライン導入に向けた設備投資は、総額${amount}で最終決定いたしました。`,
      lexical: `${site}の新ライン導入に向けた設備投資は総額いくらで決定しましたか。`,
      paraphrased: '新しい生産設備を入れるために、会社はいくらのお金を投じますか。',
      answers: [amount],
      distractors: [{ text: `${site}の当初の見積もりは${alt}でした。`, answers: [alt] }],
      speakerRoles: rolesAt(CAPEX, place),
      reply: replyAt(place),
    };
  },
  rivals: ({ site }) => [new RegExp(`${site}[^。]*設備投資[^。]*円`)],
  contradicts: ({ site }) => [new RegExp(`${site}[^。]*(?:投資総額|総額)[^。]*円`)],
};

/** The new annual ceiling on directors' pay (never a whole 1,000万円). */
export const officerPay: WorldTemplate<JaMeetingWorld, { amount: string; alt: string }> = {
  id: 'ja-mtg-officer-pay',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.officerPay],
  sections: kindsOf(PAY),
  draw(rng) {
    const [amount, alt] = distinct(rng, 2, (r) => oddAmount(r, 2, 9));
    return { amount: amount!, alt: alt! };
  },
  render({ amount, alt }, _world, place) {
    return {
      text: `取締役の報酬総額の上限を、年額${amount}以内に改定する議案を定時株主総会に付議いたします。`,
      lexical: '取締役の報酬総額の上限は年額いくらに改定されますか。',
      paraphrased: '経営陣に1年間で支払える報酬の枠はどれだけになりますか。',
      answers: [amount],
      distractors: [{ text: `監査役の報酬総額の上限は年額${alt}以内で据え置きます。`, answers: [alt] }],
      speakerRoles: rolesAt(PAY, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/報酬[^。]*(?:上限|総額)[^。]*円/],
  contradicts: () => [/取締役の報酬[^。]*年額/],
};

/** The cap on the number of shares a buyback may take (51–390万株; the generated meetings say 20–45万株). */
export const buybackShares: WorldTemplate<JaMeetingWorld, { n: number; alt: number }> = {
  id: 'ja-mtg-buyback',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.buyback],
  sections: kindsOf(BUYBACK),
  draw(rng) {
    const [n, alt] = distinct(rng, 2, (r) => r.int(51, 390));
    return { n: n!, alt: alt! };
  },
  render({ n, alt }, _world, place) {
    return {
      text: `自己株式の取得は、取得する株式の総数${n}万株を上限として実施いたします。`,
      lexical: '自己株式の取得は、取得する株式の総数何万株を上限として実施しますか。',
      paraphrased: '自社株買いで買い戻す株は最大でどれだけの数ですか。',
      answers: [`${n}万株`],
      distractors: [{ text: `前回の自社株買いでは${alt}万株を取得しております。`, answers: [`${alt}万株`] }],
      speakerRoles: rolesAt(BUYBACK, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/自己株式[^。]*万株/],
  contradicts: () => [/取得(?:する)?株式の総数/],
};

/** How many new graduates join next April (101–399名; the generated meetings count 名 only up to 30 or from 1,000). */
export const newHires: WorldTemplate<JaMeetingWorld, { n: number; alt: number }> = {
  id: 'ja-mtg-new-hires',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.hiring],
  sections: kindsOf(HIRES),
  draw(rng) {
    const [n, alt] = distinct(rng, 2, (r) => r.int(101, 399));
    return { n: n!, alt: alt! };
  },
  render({ n, alt }, _world, place) {
    return {
      text: `来年4月入社の新卒採用につきましては、${n}名に内定を出しております。`,
      lexical: '来年4月入社の新卒採用では何名に内定を出していますか。',
      paraphrased: '春に学校を出て加わる若手は何人になりますか。',
      answers: [`${n}名`],
      distractors: [{ text: `中途採用は年間${alt}名を計画しております。`, answers: [`${alt}名`] }],
      speakerRoles: rolesAt(HIRES, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/新卒採用[^。]*\d+名/],
  contradicts: () => [/新卒[^。]*内定/],
};
