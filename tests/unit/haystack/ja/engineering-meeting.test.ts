// The Japanese engineering 定例会 as its team would read it: who is away is not in the room, what is said at the
// opening fits who is there, and each proposal's follow-up is its own (no costing appended to a task about anything else).
import { describe, expect, it } from 'vitest';
import { jaMeetingTranscriptGenerator as g } from '../../../../src/haystack/ja/meeting-transcript/index.js';
import type { MeetingPlace } from '../../../../src/haystack/place-context.js';
import { loadHaystackData } from '../../../../src/haystack/data.js';
import type { Block } from '../../../../src/types.js';
import { takeBlocks } from '../../../support/take-blocks.js';

/** Engineering meetings of a 300K-character series, each as its blocks. */
function meetings(seed: number): Block[][] {
  const byIndex = new Map<number, Block[]>();
  for (const b of takeBlocks(g.blocks(seed), 300_000)) {
    const place = b.context as MeetingPlace;
    if (place.meetingKind !== 'engineering') continue;
    byIndex.set(place.meetingIndex, [...(byIndex.get(place.meetingIndex) ?? []), b]);
  }
  return [...byIndex.values()];
}

const series = [7, 8].flatMap(meetings);
const text = series.flat().map((b) => b.text).join('\n\n');

describe('Japanese engineering 定例会', () => {
  it('leaves an absent engineer out of the participants and the turns, and does not open with 揃ったので', () => {
    let away = 0;
    for (const m of series) {
      // A meeting cut off after its heading (the end of the window) has no header to read.
      const meta = m.find((b) => b.kind === 'meta')?.text ?? '';
      const absent = /欠席：(\S+?)（/.exec(meta)?.[1];
      if (!absent) continue;
      away++;
      const turns = m.filter((b) => b.kind === 'turn');
      expect(turns.some((b) => b.text.startsWith(`${absent} [`)), absent).toBe(false);
      expect((turns[0]!.context as MeetingPlace).participants.map((p) => p.label)).not.toContain(absent);
      expect(turns[0]!.text, turns[0]!.text).not.toMatch(/揃ったので|全員入ったので/);
      // The manager says who is away (by family name) at the opening.
      expect(turns[0]!.text).toMatch(/さん(?:は|が)/);
    }
    expect(away).toBeGreaterThan(3);
  });

  it('gives each proposal its own follow-up: no 「の費用の試算」 or stock suffix after a proposal name', () => {
    const proposals = loadHaystackData<Array<{ name: string; follow: string[]; result: string[] }>>('ja/meeting-transcript/engineering-topics.json');
    for (const p of proposals) {
      expect(p.follow.length, p.name).toBe(p.result.length);
      expect(text).not.toContain(`${p.name}の費用の試算`);
      expect(text).not.toContain(`${p.name}の工数の見積もり`);
    }
    expect(text).toMatch(/宿題/);
  });

  it('reports a finished follow-up by what it found at the next meeting of the team', () => {
    const proposals = loadHaystackData<Array<{ name: string; result: string[] }>>('ja/meeting-transcript/engineering-topics.json');
    // A result's opening words (before any figure) found in a turn.
    const heads = proposals.flatMap((p) => p.result.map((r) => r.split(/[<{、。]/)[0]!)).filter((h) => h.length >= 8);
    const reported = heads.filter((h) => text.includes(h));
    expect(reported.length).toBeGreaterThan(5);
  });

  it("says 'どれも' or 'いずれも' only of two or more, and the manager never acknowledges their own reply", () => {
    // A count of one followed, in the same turn, by a word for all of several.
    expect(text).not.toMatch(/(?<![0-9])1[件回][^\n]{0,30}?(?:どれも|いずれも|全部)/);
    const acks = new Set((loadHaystackData<Record<string, string[]>>('ja/meeting-transcript/engineering.json').g_ack ?? []));
    let pairs = 0;
    for (const list of series) {
      list.forEach((b, i) => {
        const prev = list[i - 1];
        const who = b.text.split(' [')[0]!;
        if (!prev || prev.text.split(' [')[0] !== who) return;
        pairs++;
        const said = b.text.replace(/^.+? \[\d\d:\d\d:\d\d\]: /s, '');
        for (const a of acks) expect(said.startsWith(a), `${who}: ${said.slice(0, 60)}`).toBe(false);
      });
    }
    // The manager's words in one breath are one turn, so the pairs left are mostly an engineer's own two turns.
    expect(pairs).toBeGreaterThan(5);
  });

  it("keeps a team's next release date from meeting to meeting until it has passed, and leaves no 'ですが。' dangling", () => {
    expect(text).not.toMatch(/(?:面|リリース)ですが。/);
    let kept = 0;
    for (const seed of [7, 8]) {
      // Each team's last target as a month count (year × 12 + month).
      const last = new Map<string, { at: number; said: string }>();
      for (const list of meetings(seed)) {
        const place = list[0]!.context as MeetingPlace;
        const team = list[0]!.text.split(' ')[0]!;
        const [y, mo] = place.date.split('-').map(Number);
        const now = y! * 12 + mo!;
        for (const b of list) {
          const m = /(\d{1,2})月(上旬|中旬|下旬)/.exec(b.text);
          if (!m || !/リリース/.test(b.text)) continue;
          const said = `${m[1]}月${m[2]}`;
          const before = last.get(team);
          // A target in a month after this meeting's is said as it was.
          if (before && before.at > now) {
            expect(said, `${team} ${place.date}`).toBe(before.said);
            kept++;
          }
          const month = Number(m[1]);
          last.set(team, { at: y! * 12 + month + (month < mo! ? 12 : 0), said });
        }
      }
    }
    expect(kept).toBeGreaterThan(0);
  });
  it('says who leads a migration only of one its owner has reported on before, and asks homework with the progress', () => {
    let leads = 0;
    for (const seed of [7, 8, 9]) {
      const said: string[] = [];
      for (const list of meetings(seed)) {
        for (const b of list) {
          if (b.kind !== 'turn') continue;
          const m = /([A-Z]+-\d+)の([^。、]+?)は、?(?:[^。]*?、)?(?:このまま|これまでどおり|引き続き)(\S+?)さんが(?:リード|取りまとめ)/u.exec(b.text.replace(/^.+? \[\d\d:\d\d:\d\d\]: /s, ''));
          if (m) {
            leads++;
            const [, ticket, what, lead] = m;
            // The lead reported on that work (its ticket or its name) in an earlier turn of their own.
            expect(said.some((t) => t.startsWith(`${lead}`) && (t.includes(ticket!) || t.includes(what!))), `${what} / ${lead}`).toBe(true);
          }
          said.push(b.text);
        }
      }
    }
    expect(leads).toBeGreaterThan(0);
    // The call names the homework the engineer owes, and they report it with their work.
    expect(text).toMatch(/さん、[^。]+(?:も含めて|と合わせて)(?:お願いします|進捗をお願いします|聞かせてください)/);
  });
  it('tells a matter once a series: of two stories of the same matter (a double submit), only one', () => {
    const stories = loadHaystackData<Array<{ name: string; twin?: string; stages: string[][] }>>('ja/meeting-transcript/engineering-items.json');
    // Each story's first run of ten words' length between its variables.
    const head = (name: string) => stories.find((st) => st.name === name)!.stages[0]![0]!.split(/<[a-z0-9]+>|[{}|]/i).find((x) => x.length >= 10)!.slice(0, 14);
    const twins = stories.filter((st) => st.twin);
    expect(twins.length).toBeGreaterThan(1);
    for (const seed of [7, 8, 11, 12]) {
      const all = meetings(seed).flat().map((b) => b.text).join('\n');
      for (const st of twins) expect(all.includes(head(st.name)) && all.includes(head(st.twin!)), `${seed}: ${st.name}`).toBe(false);
    }
  });
  it('tells a story only of a part it fits (no person search in EDI連携, no nightly batch of a login screen)', () => {
    const stories = loadHaystackData<Array<{ name: string; parts?: string[]; stages: string[][] }>>('ja/meeting-transcript/engineering-items.json');
    const esc = (x: string) => x.replace(/[.*+?^$()[\]\\|]/g, '\\$&');
    let told = 0;
    for (const st of stories.filter((x) => x.parts)) {
      // The story's opening up to the words after its part, with its other figures as wildcards.
      const open = st.stages[0]![0]!;
      const at = open.indexOf('<part>');
      if (at < 0) continue;
      const pattern = open.slice(0, at + 6 + 8).replace(/\{[^}]*\}/g, '\u0000').split(/(<[a-z0-9]+>|\u0000)/i).map((x) => (x === '<part>' ? '(?<part>[^、。]+?)' : /^<|\u0000/.test(x) ? '[^。]*?' : esc(x))).join('');
      for (const m of text.matchAll(new RegExp(pattern, 'g'))) {
        told++;
        expect(st.parts, `${st.name}: ${m[0]}`).toContain(m.groups!.part);
      }
    }
    expect(told).toBeGreaterThan(3);
  });

  it("names a team's systems one way in a series: its endpoints in one style, its error codes and library versions its own", () => {
    // Each world (seed) draws its own names: a team is keyed by its seed and name.
    const byTeam = new Map<string, { styles: Set<string> }>();
    const versions = new Map<string, Set<string>>();
    let named = 0;
    for (const [seed, m] of [7, 8].flatMap((seed) => meetings(seed).map((x) => [seed, x] as const))) {
      const title = m.find((b) => b.kind === 'heading')?.text ?? '';
      const name = /^(\S+チーム)/.exec(title)?.[1];
      const team = name && `${seed}:${name}`;
      if (!team) continue;
      const body = m.map((b) => b.text).join('\n');
      const prefix = /\b([A-Z]{3})-\d{4}\b/.exec(body)?.[1];
      const mine = byTeam.get(team) ?? { styles: new Set<string>() };
      byTeam.set(team, mine);
      // An endpoint keeps its method and path apart (a no-break space survives the tidying of spoken Japanese).
      for (const e of body.matchAll(/(GET|POST|PUT)(\u00a0?)\/api\/(v1\/)?[a-z-]+/g)) {
        expect(e[2], e[0]).toBe('\u00a0');
        mine.styles.add(e[3] ? 'v1' : 'plain');
        named++;
      }
      // An error code is the team's own (its tickets' prefix).
      for (const c of body.matchAll(/\b([A-Z]{3})-E\d{4}\b/g)) if (prefix) expect(c[1], c[0]).toBe(prefix);
      // A library is named at the version the team runs or the one it moves to, the same two all series long.
      for (const v of body.matchAll(/([A-Z][A-Za-z.\u00a0]*[A-Za-z])の(\d+\.\d+)/g)) {
        const key = `${team}:${v[1]}`;
        versions.set(key, new Set([...(versions.get(key) ?? []), v[2]!]));
      }
    }
    for (const [team, { styles }] of byTeam) expect(styles.size, `${team}: ${[...styles]}`).toBeLessThanOrEqual(1);
    for (const [lib, seen] of versions) expect(seen.size, `${lib}: ${[...seen]}`).toBeLessThanOrEqual(2);
    expect(named).toBeGreaterThan(5);
    expect(versions.size).toBeGreaterThan(0);
  });
});
