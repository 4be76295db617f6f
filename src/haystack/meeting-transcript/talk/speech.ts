// Makes written sentences sound spoken: fillers, false starts, hedges and the odd inaudible stretch.
import type { Rng } from '../../../util/rng.js';
import { loadHaystackData } from '../../data.js';
import { PHRASE_FILES } from './phrase-files.js';

const OPENERS = ['Um, ', 'So, ', 'Yeah, ', 'I mean, ', 'Okay, ', 'Well, ', 'Right, so ', 'Uh, ', 'You know, ', 'And, um, '];
const MIDDLE = [', um,', ', uh,', ', you know,'];

// Sentence-initial words that are safe to lowercase after a filler; anything else may be a name ("Nathaniel's team").
const BASE_COMMON = 'the we our it its that this there these those so if what how when where which who why on in for to a an and but my yes no as at by from with let\'s about every one two three most some all just then now okay sure honestly not nothing hopefully today yesterday can could would should is are was were do does did have has had thank thanks before after last first next still mostly conservatively honestly probably absolutely definitely roughly largely partly certainly slightly currently exactly basically frankly clearly quick short bottom net good great hi hey morning sorry wait something anything design product blocker-wise cost-wise product-wise through versus compared free gross orders management automation help put moved parking hearing right yeah alright you your they their he she his her each both any another other only even also again really actually probably maybe back since because while although though until during like same much many more less let please partly noted'.split(' ');
// Words that never start a new phrase, so a filler never goes just before them ("shows, kind of, up", "a bit, um, of").
const NO_FILLER_BEFORE = new Set('up down out off of over back away in on at to into onto for from with by about as than is are was were be been being has have had do does did will would can could should may might must \'s n\'t not'.split(' '));
// Words after which the phrase is not finished ("the, um, board", "to, uh, approve").
const NO_FILLER_AFTER = new Set('a an the to of in on at for from with by into onto our my your their its his her this that these those some any no very more most less than and or but per each every whether if as'.split(' '));

// Sentence-initial replies and fillers that take no opener before them.
const REPLY = new Set('so and um uh yeah yes yep sure thanks thank okay alright right well morning good hi hey no sorry great'.split(' '));

const BASE = new Set(BASE_COMMON);
let common: Set<string> | undefined;

/** Lowercase words seen anywhere in the meeting-transcript phrase data, plus the base list: ordinary English, not names. */
function commonWords(): Set<string> {
  if (common) return common;
  common = new Set(BASE_COMMON);
  for (const f of PHRASE_FILES) {
    const text = JSON.stringify(loadHaystackData<unknown>(`meeting-transcript/${f}.json`));
    for (const w of text.match(/(?<![A-Za-z<'-])[a-z][a-z'-]*/g) ?? []) common.add(w);
    // A capitalized word opening a phrase alternative and followed by a lowercase word ("{Mitigation was …",
    // "Eventually, maybe") is ordinary too.
    for (const m of text.matchAll(/(?<=["{|])([A-Z][a-z'-]+)(?=[,;]? [a-z])/g)) common.add(m[1]!.toLowerCase());
  }
  return common;
}

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const bare = (word: string) => word.replace(/[,.;:?!—]+$/, '');

/** True when a sentence-initial word is an ordinary word (safe to lowercase), not a name or "I". */
export function isCommon(word: string, next?: string): boolean {
  const w = bare(word);
  if (/^I(?:'[a-z]+)?$/.test(w)) return false;
  // "DATA-4810", "API", "McKinley": capitals past the first letter make a code, an acronym or a name.
  if (/[A-Z]/.test(w.slice(1))) return false;
  const lower = w.toLowerCase();
  if (BASE.has(lower)) return true;
  // "Thermal Systems", "Green Bay": a capitalized pair is a name (not "Yeah. So …", where the word ends a sentence).
  // A month or a weekday after it is no part of a name ("Come October", "By Friday").
  if (next && w === word && /^[A-Z][a-z]/.test(next) && !/^I(?:'|$)/.test(next) && !CALENDAR.test(next)) return false;
  return commonWords().has(lower) || commonWords().has(lower.split('-')[0]!);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Adds spoken texture to sentences; `level` 0 (prepared remarks) to 1 (loose discussion). */
export function speak(rng: Rng, sentences: string[], level: number): string {
  const out = sentences.filter((x) => x !== '').map((s, i) => {
    let t = s;
    if (rng.chance(0.22 * level)) {
      const opener = rng.pick(OPENERS);
      const [first, second] = t.split(' ');
      // "Right, so so the…", "Um, yeah", "So, thanks, Oscar": no filler before a word that is itself a filler, reply or greeting.
      if (!REPLY.has(bare(first!).toLowerCase())) t = opener + (isCommon(first!, second) ? lowerFirst(t) : t);
    }
    if (rng.chance(0.18 * level)) {
      // A filler goes where a speaker pauses anyway: after a comma, or before "and", "but", "so", "because".
      const words = t.split(' ');
      const spots = words.map((w, k) => k).filter((k) => k >= 2 && k < words.length - 2 && (/,$/.test(words[k]!) || /^(?:and|but|so|because|which)$/.test(words[k + 1]!)) && !/[;:.?!—]$/.test(words[k]!) && !NO_FILLER_AFTER.has(bare(words[k]!).toLowerCase()) && !NO_FILLER_BEFORE.has(bare(words[k + 1]!).toLowerCase()) && !/^\W/.test(words[k + 1]!));
      if (spots.length) {
        const k = rng.pick(spots);
        words[k] = words[k]!.replace(/,$/, '') + rng.pick(MIDDLE);
        t = words.join(' ');
      }
    }
    if (rng.chance(0.12 * level)) {
      const words = t.split(' ');
      const k = rng.int(0, Math.min(3, words.length - 1));
      if (/^[A-Za-z']+$/.test(words[k]!)) words[k] = `${words[k]}— ${k === 0 && isCommon(words[k]!, words[1]) ? words[k]!.toLowerCase() : words[k]}`;
      t = words.join(' ');
    }
    if (i > 0 && rng.chance(0.03 * level)) t = t.replace(/([.?!])$/, ' [inaudible]$1');
    return t;
  });
  return out.join(' ').replace(/\b(I|i)\b—/g, 'I—');
}

/**
 * The sentence addressed to someone by first name, as people do across a table: "Lars, we looked at that." or
 * "We looked at that, Lars." (a name never goes before a word that is itself a reply or a filler).
 */
export function addressed(rng: Rng, first: string, sentence: string): string {
  const m = /^(\S+)( .*?)([.?!])$/.exec(sentence);
  if (!m) return sentence;
  const [, head, rest, end] = m as unknown as [string, string, string, string];
  if (REPLY.has(bare(head).toLowerCase()) || /,$/.test(head)) return `${sentence.slice(0, -1)}, ${first}${end}`;
  return rng.chance(0.6) ? `${first}, ${isCommon(head, rest.trim().split(' ')[0]) ? lowerFirst(head) : head}${rest}${end}` : `${head}${rest}, ${first}${end}`;
}

/** A lead-in and a sentence as one ("Turning to page 4, we've…"): the sentence's first word lowercased only if it is an ordinary word. */
export function joined(lead: string, sentence: string): string {
  // No lead (the series has said every one of them): the sentence stands on its own, capital and all.
  if (!lead) return sentence;
  // A lead that is a sentence of its own ("Let me pause on page 37.") leaves the next one its capital.
  if (/[.?!:]$/.test(lead)) return `${lead} ${sentence}`;
  // A sentence that opens on a subordinate clause ("Where many employees sign such agreements, a group …") would read
  // as a clause of the lead ("At the back of the tab, page 9, where …"): it stands on its own.
  if (/^(?:Where|When|If|Although|Though|Because|While|Once|Unless|Since|As|After|Before|Until|Whether|Whatever|However)\b/.test(sentence)) return sentence;
  const [head, next] = sentence.split(' ');
  return `${lead} ${isCommon(head!, next) ? lowerFirst(sentence) : sentence}`;
}

/** A short back-channel reply. */
export function backchannel(rng: Rng): string {
  return rng.pick(['Mm-hmm.', 'Right.', 'Yeah.', 'Okay.', 'Sure.', 'Got it.', 'Makes sense.', 'Yep.', 'Uh-huh.', 'Right, right.']);
}
