// Makes written sentences sound spoken: fillers, false starts, hedges and the odd inaudible stretch.
import type { Rng } from '../../util/rng.js';

const OPENERS = ['Um, ', 'So, ', 'Yeah, ', 'I mean, ', 'Okay, ', 'Well, ', 'Right, so ', 'Uh, ', 'You know, ', 'And, um, '];
const MIDDLE = [', um,', ', uh,', ', you know,', ', I mean,', ', kind of,', ', sort of,'];

/** Adds spoken texture to sentences; `level` 0 (prepared remarks) to 1 (loose discussion). */
export function speak(rng: Rng, sentences: string[], level: number): string {
  const out = sentences.filter((x) => x !== '').map((s, i) => {
    let t = s;
    if (rng.chance(0.22 * level)) t = rng.pick(OPENERS) + (/^I\b|^[A-Z]{2}/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1));
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
      if (/^[A-Za-z']+$/.test(words[k]!)) words[k] = `${words[k]}— ${words[k]!.toLowerCase()}`;
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
