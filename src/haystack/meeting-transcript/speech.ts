// Makes written sentences sound spoken: fillers, false starts, hedges and the odd inaudible stretch.
import type { Rng } from '../../util/rng.js';

const OPENERS = ['Um, ', 'So, ', 'Yeah, ', 'I mean, ', 'Okay, ', 'Well, ', 'Right, so ', 'Uh, ', 'You know, ', 'And, um, '];
const MIDDLE = [', um,', ', uh,', ', you know,', ', I mean,', ', kind of,', ', sort of,'];

// Sentence-initial words that are safe to lowercase after a filler; anything else may be a name ("Nathaniel's team").
const COMMON = new Set('the we our it its that this there these those so if what how when where which who why on in for to a an and but my yes no as at by from with i\'d i\'ll i\'m it\'s that\'s there\'s we\'re we\'ve we\'d let\'s about every one two three most some all just then now okay sure honestly'.split(' '));

function isCommon(word: string): boolean {
  return COMMON.has(word.replace(/[,.;:?!]$/, '').toLowerCase());
}

/** Adds spoken texture to sentences; `level` 0 (prepared remarks) to 1 (loose discussion). */
export function speak(rng: Rng, sentences: string[], level: number): string {
  const out = sentences.filter((x) => x !== '').map((s, i) => {
    let t = s;
    if (rng.chance(0.22 * level)) t = rng.pick(OPENERS) + (isCommon(t.split(' ')[0]!) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
    if (rng.chance(0.18 * level)) {
      const words = t.split(' ');
      const k = rng.int(2, Math.max(2, words.length - 3));
      if (words.length > 6 && !/[;:.?!—]$/.test(words[k]!)) {
        words[k] = words[k]!.replace(/,$/, '') + rng.pick(MIDDLE);
        t = words.join(' ');
      }
    }
    if (rng.chance(0.12 * level)) {
      const words = t.split(' ');
      const k = rng.int(0, Math.min(3, words.length - 1));
      if (/^[A-Za-z']+$/.test(words[k]!)) words[k] = `${words[k]}— ${k === 0 && isCommon(words[k]!) ? words[k]!.toLowerCase() : words[k]}`;
      t = words.join(' ');
    }
    if (i > 0 && rng.chance(0.03 * level)) t = t.replace(/([.?!])$/, ' [inaudible]$1');
    return t;
  });
  return out.join(' ').replace(/\b(I|i)\b—/g, 'I—');
}

/** A short back-channel reply. */
export function backchannel(rng: Rng): string {
  return rng.pick(['Mm-hmm.', 'Right.', 'Yeah.', 'Okay.', 'Sure.', 'Got it.', 'Makes sense.', 'Yep.', 'Uh-huh.', 'Right, right.']);
}
