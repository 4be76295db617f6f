// Checks a user's needles against the document they go into: is the answer already there, does another sentence already answer?
import type { Needle } from '../types.js';
import { contentStems } from './overlap.js';
import { DocumentValues } from './value-keys.js';

/** Share of a question's content words a document sentence must hold to count as already answering it. */
const KEY_TERMS_SHARE = 0.7;

/**
 * One warning per needle whose answer already appears in the document (a model reading that other place would
 * be credited), or whose question's key terms already meet in one document sentence (a rival answer).
 */
export function needleFileWarnings(needles: readonly Needle[], documentText: string): string[] {
  const values = new DocumentValues(documentText);
  const sentences = documentText.split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"“(])/).filter((s) => s.length > 20);
  const stems = sentences.map((s) => contentStems(s));
  const out: string[] = [];
  for (const n of needles) {
    const label = `needle ${n.id}`;
    for (const answer of n.answers) {
      const at = values.firstMention(answer);
      if (at >= 0) out.push(`${label}: its answer "${answer}" already appears in the document ("${values.excerpt(at)}"); a model reading that sentence would be scored correct`);
    }
    const q = [...contentStems(n.question)];
    if (q.length < 3) continue;
    let best = -1;
    let bestShare = 0;
    stems.forEach((s, i) => {
      const share = q.filter((w) => s.has(w)).length / q.length;
      if (share > bestShare) {
        bestShare = share;
        best = i;
      }
    });
    if (best >= 0 && bestShare >= KEY_TERMS_SHARE && !sentences[best]!.includes(n.text.trim().slice(0, 40))) {
      out.push(`${label}: ${Math.round(bestShare * 100)}% of its question's key terms already meet in one sentence of the document ("${sentences[best]!.slice(0, 160)}"); it may answer the question or compete with the needle`);
    }
  }
  return out;
}
