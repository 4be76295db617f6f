// Site events of the operations review: a question and its answer are drawn apart from the same group,
// so every answer of a group must answer every question of it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTopics, TOPIC_FILES } from '../../../src/haystack/meeting-transcript/talk/phrase-files.js';

interface SiteEvent {
  id: string;
  qa?: { q: string[]; a: string[] }[];
}

const events = JSON.parse(
  readFileSync(new URL('../../../haystacks/meeting-transcript/site-events.json', import.meta.url), 'utf8'),
) as SiteEvent[];

// The alternatives a template can open with: "{Yes|It did}, since …" opens with "Yes" or "It did".
function openings(template: string): string[] {
  const m = /^\{([^{}]*)\}/.exec(template);
  return m ? m[1].split('|') : [template];
}

const AUX = /^(is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b/i;
const WH = /^(what|why|how|who|where|when|which)\b/i;
// A bare yes or no ("No, …" but not "No lost production").
const YES_NO = /^(yes|no|not really|not yet|not quite)(?=$|[,;:.])/i;
// A short answer that repeats the question's auxiliary ("It did", "They haven't").
const SHORT = /^(?:it|they|we|he|she|there)\s+(is|are|was|were|do|does|did|has|have|had|will|can)(?:n't)?$/i;
// "Has it…?" is answered "They have" when the subject is plural: the verb is the same.
const LEMMA: Record<string, string> = { is: 'be', are: 'be', was: 'be-past', were: 'be-past', does: 'do', has: 'have' };
const lemma = (v: string) => LEMMA[v] ?? v;

describe('site events', () => {
  it('answer every question of their group: no yes or no to a wh-question, and a short answer keeps the question’s verb', () => {
    const bad: string[] = [];
    for (const e of events) {
      for (const g of e.qa ?? []) {
        for (const q of g.q) {
          const wh = WH.test(q);
          const aux = AUX.exec(q)?.[1].toLowerCase();
          for (const a of g.a) {
            for (const o of openings(a)) {
              if (wh && YES_NO.test(o)) bad.push(`${e.id}: "${q}" -> "${o}"`);
              const short = SHORT.exec(o)?.[1].toLowerCase();
              if (short && (wh || (aux && lemma(short) !== lemma(aux)))) bad.push(`${e.id}: "${q}" -> "${o}"`);
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('never make a company name possessive (an account may be "Millbrook Data Centers")', () => {
    const text = JSON.stringify(events);
    expect(text.match(/<(account|supplier|carrier|customer)>'s/g) ?? []).toEqual([]);
  });
});

// Procedure says "the motion to <short>", so a committee topic's short name is a verb phrase.
describe('committee motions', () => {
  it('have short names that read after "the motion to"', () => {
    const dir = new URL('../../../haystacks/meeting-transcript/', import.meta.url);
    const files = [
      ...readdirSync(new URL('committee-topics/', dir)).map((f) => new URL(`committee-topics/${f}`, dir)),
      ...readdirSync(dir).filter((f) => f.endsWith('-committee-topics.json')).map((f) => new URL(f, dir)),
    ];
    const shorts = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/"short": "([^"]*)"/g)].map((m) => m[1]));
    expect(shorts.length).toBeGreaterThan(10);
    expect(shorts.filter((s) => /^(the|a|an|our)\b/i.test(s))).toEqual([]);
  });
});

describe('topic ids', () => {
  it('are unique across the board and the committees too (a committee topic sharing a board id shared its visits)', () => {
    const ids = Object.keys(TOPIC_FILES).flatMap((b) => loadTopics(b).map((t) => t.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
