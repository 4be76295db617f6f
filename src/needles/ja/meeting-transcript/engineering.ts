// Japanese transcript needles of an engineering 定例会: last month's production incidents, a release date, a new project lead.
import { JA_MEETING_FACTS as F, type JaMeetingWorld, type JaTeam } from '../../../haystack/ja/meeting-transcript/index.js';
import type { PlaceContext } from '../../../haystack/place-context.js';
import type { WorldTemplate } from '../../template.js';
import { dateAfter, distinct, kindsOf, meetingOf, replyAt, rolesAt, type Where } from './place.js';

const INCIDENTS: Where = { engineering: ['engineer', 'eng-manager'] };
const RELEASE: Where = { engineering: ['pm', 'eng-manager'] };
const LEAD: Where = { engineering: ['eng-manager', 'pm'] };

/** The team whose 定例会 this is (by its title), else the first team. */
function teamAt(world: JaMeetingWorld, place: PlaceContext | undefined): JaTeam {
  const title = meetingOf(place)?.title ?? '';
  return world.teams.find((t) => title.startsWith(t.name)) ?? world.teams[0]!;
}

/** Production incidents last month (11–49件; the generated meetings count alerts only up to 8). */
export const incidentCount: WorldTemplate<JaMeetingWorld, { n: number; alt: number }> = {
  id: 'ja-mtg-incident-count',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.incidents],
  sections: kindsOf(INCIDENTS),
  draw(rng) {
    const [n, alt] = distinct(rng, 2, (r) => r.int(11, 49));
    return { n: n!, alt: alt! };
  },
  render({ n, alt }, world, place) {
    const system = teamAt(world, place).system;
    return {
      text: `${system}の先月の本番障害は合計${n}件で、そのうち半分近くが夜間バッチ絡みでした。`,
      lexical: `${system}の先月の本番障害は合計何件でしたか。`,
      paraphrased: `前の月、${system}で利用者に影響したトラブルは何回起きましたか。`,
      answers: [`${n}件`],
      distractors: [{ text: `先々月の本番障害は${alt}件だったので、少し減っています。`, answers: [`${alt}件`] }],
      speakerRoles: rolesAt(INCIDENTS, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/障害[^。]*\d+件/],
  contradicts: () => [/本番障害は/],
};

/** The day the team's system ships its next version (a day no meeting is held). */
export const releaseDate: WorldTemplate<JaMeetingWorld, { days: number; days2: number }> = {
  id: 'ja-mtg-release-date',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.releaseDates],
  sections: kindsOf(RELEASE),
  draw(rng) {
    const days = rng.int(25, 70);
    return { days, days2: days - rng.int(9, 15) };
  },
  render({ days, days2 }, world, place) {
    const system = teamAt(world, place).system;
    const when = dateAfter(world, place, days);
    const staging = dateAfter(world, place, days2);
    return {
      text: `${system}の次期バージョンは、${when}に本番リリースすることで確定しました。`,
      lexical: `${system}の次期バージョンはいつ本番リリースすることで確定しましたか。`,
      paraphrased: `${system}の新しい版が利用者に公開されるのは何月何日ですか。`,
      answers: [when],
      distractors: [{ text: `ステージング環境への反映は${staging}の予定です。`, answers: [staging] }],
      speakerRoles: rolesAt(RELEASE, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/リリース[^。]*\d+月\d+日/],
  contradicts: () => [/次期バージョン[^。]*リリース/],
};

/** Who leads the migration of one part of the team's system from next month (a name no meeting uses). */
export const projectLead: WorldTemplate<JaMeetingWorld, { lead: number; deputy: number; part: number }> = {
  id: 'ja-mtg-project-lead',
  kind: 'meeting-transcript',
  lang: 'ja',
  competes: [F.projectLeads],
  sections: kindsOf(LEAD),
  draw(rng, world) {
    const [lead, deputy] = rng.sample(world.reserved.people.map((_, i) => i), 2);
    return { lead: lead!, deputy: deputy!, part: rng.int(0, 5) };
  },
  render({ lead, deputy, part }, world, place) {
    const team = teamAt(world, place);
    const what = team.parts[part % team.parts.length]!;
    const a = world.reserved.people[lead]!;
    const b = world.reserved.people[deputy]!;
    return {
      text: `${what}の移行プロジェクトは、来月から${a.name}さんが責任者として引き継ぎます。`,
      lexical: `${what}の移行プロジェクトは、来月から誰が責任者として引き継ぎますか。`,
      paraphrased: `${what}を新しい環境へ移す取り組みのリーダーになるのはどなたですか。`,
      answers: [a.family],
      distractors: [{ text: `${b.name}さんはサブリーダーとして${what}の移行を支えます。`, answers: [b.family] }],
      speakerRoles: rolesAt(LEAD, place),
      reply: replyAt(place),
    };
  },
  rivals: () => [/移行[^。]*(?:責任者|リード)/],
  contradicts: () => [/移行プロジェクトは/],
};
