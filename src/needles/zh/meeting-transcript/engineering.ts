// Chinese transcript needles of the weekly meetings: the month's production incidents, a release date, a service's latency.
import { ZH_MEETING_FACTS, type ZhMeetingWorld } from '../../../haystack/zh/meeting-transcript/index.js';
import type { WorldTemplate } from '../../template.js';
import { dateAfter, distinct, replyAt, rolesAt, sectionsOf, teamAt, type Where } from './place.js';

const INCIDENTS: Where = { weekly: ['eng-manager', 'qa'] };
const RELEASE: Where = { weekly: ['eng-manager', 'pm'] };
const LATENCY: Where = { weekly: ['engineer', 'eng-manager'] };

/** P1 production incidents of the month (N次: the generator never prints a number before 次). */
export const incidentCount: WorldTemplate<ZhMeetingWorld, { count: string; other: string }> = {
  id: 'zh-mtg-incident-count',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.incidentCount],
  sections: sectionsOf(INCIDENTS),
  draw(rng) {
    const [count, other] = distinct(rng, 2, (r) => `${r.int(4, 19)}起`);
    return { count: count!, other: other! };
  },
  render({ count, other }, world, place) {
    const system = teamAt(world, place).system;
    return {
      text: `上个月${system}一共出了${count}P1级线上故障，复盘报告都在知识库里，大家会后看一下。`,
      lexical: `上个月${system}一共出了多少P1级线上故障？`,
      paraphrased: `${system}最近一个月发生过几回严重的生产事故？`,
      answers: [count],
      distractors: [{ text: `P2级的告警上个月是${other}，大部分是误报。`, answers: [other] }],
      speakerRoles: rolesAt(INCIDENTS, place),
      reply: replyAt(place),
    };
  },
};

/** The go-live date of the team's next major release. */
export const releaseDate: WorldTemplate<ZhMeetingWorld, { days: number; other: number }> = {
  id: 'zh-mtg-release-date',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.releaseDate],
  sections: sectionsOf(RELEASE),
  draw(rng) {
    const days = rng.int(15, 60);
    return { days, other: days + rng.int(12, 40) };
  },
  render({ days, other }, world, place) {
    const system = teamAt(world, place).system;
    const when = dateAfter(world, place, days);
    const later = dateAfter(world, place, other);
    return {
      text: `跟业务方最终确认了，${system}的大版本定在${when}正式上线，当天晚上十点开始切换。`,
      lexical: `${system}的大版本定在哪天正式上线？`,
      paraphrased: `这套系统的新版本什么时候对外发布使用？`,
      answers: [when],
      distractors: [{ text: `移动端的适配版本往后放，暂定${later}。`, answers: [later] }],
      speakerRoles: rolesAt(RELEASE, place),
      reply: replyAt(place),
    };
  },
};

/** A service's P99 latency after an optimisation, in 毫秒 not a multiple of ten (the generator prints only multiples of ten). */
export const latency: WorldTemplate<ZhMeetingWorld, { ms: string; other: string; svc: string }> = {
  id: 'zh-mtg-latency',
  kind: 'meeting-transcript',
  lang: 'zh',
  competes: [ZH_MEETING_FACTS.latency],
  sections: sectionsOf(LATENCY),
  draw(rng, world) {
    const notTen = (r: typeof rng) => {
      const v = r.int(101, 489);
      return `${v % 10 === 0 ? v + 3 : v}毫秒`;
    };
    const [ms, other] = distinct(rng, 2, notTen);
    return { ms: ms!, other: other!, svc: rng.pick(world.company.teams[0]!.services) };
  },
  render({ ms, other }, world, place) {
    const svc = teamAt(world, place).services[0]!;
    return {
      text: `加了二级缓存之后，${svc}的P99延迟从原来的一秒多降到了${ms}，压测报告我已经发群里了。`,
      lexical: `加了二级缓存之后，${svc}的P99延迟降到了多少？`,
      paraphrased: `那个服务优化完以后，最慢那一批请求要等多久？`,
      answers: [ms],
      distractors: [{ text: `优化前${svc}的平均响应时间是${other}。`, answers: [other] }],
      speakerRoles: rolesAt(LATENCY, place),
      reply: replyAt(place),
    };
  },
};
