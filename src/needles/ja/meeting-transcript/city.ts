// Japanese transcript needles of the city assembly: a supplementary budget, school gyms with air conditioning, children waiting for day care.
import { JA_MEETING_FACTS as F, type JaMeetingWorld } from '../../../haystack/ja/meeting-transcript/index.js';
import type { WorldTemplate } from '../../template.js';
import { distinct, kindsOf, oddAmount, replyAt, rolesAt, type Where } from './place.js';

const ANSWERED: Where = { assembly: ['executive', 'mayor'] };
// Each fact is the answer of the department that holds it (the mayor where that head is not in the chamber).
const FINANCE: Where = { assembly: ['executive@財政部長', 'mayor'] };
const EDUCATION: Where = { assembly: ['executive@教育部長', 'mayor'] };
const CHILDREN: Where = { assembly: ['executive@こども', 'executive@子ども', 'executive@健康福祉部長', 'mayor'] };

/** The total of the supplementary budget put to this session (never a whole 1,000万円). */
export const supplementaryBudget: WorldTemplate<JaMeetingWorld, { amount: string; alt: string; no: number }> = {
  id: 'ja-mtg-supplementary-budget',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.supplementaryBudget],
  sections: kindsOf(ANSWERED),
  draw(rng) {
    const [amount, alt] = distinct(rng, 2, (r) => oddAmount(r, 1, 38));
    return { amount: amount!, alt: alt!, no: rng.int(2, 6) };
  },
  render({ amount, alt, no }, world, place) {
    return {
      text: `今回提出いたしました一般会計補正予算（第${no}号）は、総額${amount}でございます。`,
      lexical: `一般会計補正予算（第${no}号）は総額いくらですか。`,
      paraphrased: `年度の途中で${world.city.name}が追加で組んだ予算の規模はどれだけですか。`,
      answers: [amount],
      distractors: [{ text: `前回の補正予算は${alt}でございました。`, answers: [alt] }],
      speakerRoles: rolesAt(FINANCE, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/補正予算[^。]*円/],
  contradicts: () => [/補正予算（第\d+号）/],
};

/** How many schools get air conditioning in their gyms (11–39校; the generated meetings count schools only up to 9). */
export const schoolAirConditioning: WorldTemplate<JaMeetingWorld, { n: number; alt: number }> = {
  id: 'ja-mtg-school-aircon',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.schoolFacilities],
  sections: kindsOf(ANSWERED),
  draw(rng) {
    const [n, alt] = distinct(rng, 2, (r) => r.int(11, 39));
    return { n: n!, alt: alt! };
  },
  render({ n, alt }, _world, place) {
    return {
      text: `小中学校の体育館への空調設備の設置は、来年度までに${n}校で完了させる計画でございます。`,
      lexical: '小中学校の体育館への空調設備の設置は、来年度までに何校で完了させる計画ですか。',
      paraphrased: '子どもたちが運動する屋内施設にエアコンが入るのは、いくつの学校ですか。',
      answers: [`${n}校`],
      distractors: [{ text: `普通教室の照明のLED化は${alt}校で終えております。`, answers: [`${alt}校`] }],
      speakerRoles: rolesAt(EDUCATION, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/体育館[^。]*\d+校/],
  contradicts: () => [/体育館[^。]*空調/],
};

/** Children waiting for a day-care place on April 1 (11–89人; the generated meetings count them only up to 9). */
export const waitingChildren: WorldTemplate<JaMeetingWorld, { n: number; alt: number }> = {
  id: 'ja-mtg-waiting-children',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.childcare],
  sections: kindsOf(ANSWERED),
  draw(rng) {
    const [n, alt] = distinct(rng, 2, (r) => r.int(11, 89));
    return { n: n!, alt: alt! };
  },
  render({ n, alt }, _world, place) {
    return {
      text: `本年4月1日時点の待機児童数は${n}人となっております。`,
      lexical: '本年4月1日時点の待機児童数は何人ですか。',
      paraphrased: '保育所に入れず順番を待っている子どもは、今春の時点で何名いますか。',
      answers: [`${n}人`],
      distractors: [{ text: `前年の同じ時期の待機児童数は${alt}人でございました。`, answers: [`${alt}人`] }],
      speakerRoles: rolesAt(CHILDREN, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/待機児童[^。]*\d+人/],
  contradicts: () => [/待機児童数は/],
};
