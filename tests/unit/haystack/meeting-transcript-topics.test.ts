// Topics of the operations review and the committees as data: a lasting topic speaks its follow-up on the second
// visit and its later word from the third, and every topic, follow-up and later word fills all of its variables.
import { describe, expect, it } from 'vitest';
import { meetingTranscriptBlocks } from '../../../src/haystack/meeting-transcript/index.js';
import { loadTopics } from '../../../src/haystack/meeting-transcript/talk/phrase-files.js';
import { followUpOf, type Topic, type TopicMemory } from '../../../src/haystack/meeting-transcript/talk/topic.js';
import type { MeetingPlace } from '../../../src/haystack/place-context.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

const BODIES = ['operations', 'audit-committee', 'compensation-committee', 'governance-committee'];
const KINDS = new Set(['operations-review', 'audit-committee', 'compensation-committee', 'governance-committee', 'earnings-call']);

const memory = (visits: number): TopicMemory => ({ vars: {}, numbers: {}, visits, lastDay: 0 });

describe('topics of reviews and committees', () => {
  it('gives a lasting topic its follow-up on the second visit and its later word from the third', () => {
    const later = { open: ['later'], more: [], exchanges: [], tasks: [] };
    const followUp = { open: ['follow-up'], more: [], exchanges: [], tasks: [], later };
    const topic = { id: 't', title: 't', presenter: 'coo', vars: {}, open: [], more: [], risks: [], options: [], rec: '', exchanges: [], tasks: [], persist: true, followUp } as Topic;
    expect(followUpOf(topic)).toBeUndefined();
    expect(followUpOf(topic, memory(1))).toBe(followUp);
    expect(followUpOf(topic, memory(2))).toBe(later);
    expect(followUpOf(topic, memory(5))).toBe(later);
    // Without a later word, every later visit gives the follow-up.
    expect(followUpOf({ ...topic, followUp: { ...followUp, later: undefined } }, memory(3))?.open).toEqual(['follow-up']);
  });

  it('keeps topic ids unique within and across the bodies, so visits and memories never mix two topics', () => {
    const ids = BODIES.flatMap((b) => loadTopics(b).map((t) => t.id));
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fills every variable and alternative of the topics, follow-ups and later words a long series takes up', () => {
    const bad: string[] = [];
    // Long enough for operations topics to come back a second and a third time.
    for (const b of takeBlocks(meetingTranscriptBlocks(9), 2_500_000) as Block[]) {
      if (!KINDS.has((b.context as MeetingPlace).meetingKind)) continue;
      if (/<\w+>|[{}]/.test(b.text)) bad.push(b.text.slice(0, 200));
    }
    expect(bad).toEqual([]);
  });
});
