// How figures are said aloud: counts with nouns that agree, money, percentages, changes, lists.

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth'];

/** "seven" for 7 (counts spoken in votes and roll calls); digits past twenty. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? n.toLocaleString('en-US');
}

/** "First", "Second", … "Twenty-second", … "Ninety-ninth" for the 0-based index `i` ("Next" past that). */
export function ordinal(i: number): string {
  const n = i + 1;
  if (ORDINALS[i]) return ORDINALS[i]!;
  if (n >= 100) return 'Next';
  const tens = TENS[Math.floor(n / 10)]!;
  const unit = n % 10;
  const word = unit ? `${tens}-${ORDINALS[unit - 1]!.toLowerCase()}` : `${tens.slice(0, -1)}ieth`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The plural of a noun phrase's head (the last word): site → sites, facility → facilities, … */
export function plural(noun: string): string {
  const m = /^(.*?)(\S+)$/.exec(noun)!;
  const [, head, w] = m as unknown as [string, string, string];
  const irregular: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', analysis: 'analyses' };
  if (irregular[w]) return head + irregular[w];
  if (/[^aeiou]y$/.test(w)) return head + w.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(w)) return head + w + 'es';
  return head + w + 's';
}

/** "one site", "15 sites", "no sites": a count with a noun that agrees; words up to ten unless `digits`. */
export function counted(n: number, noun: string, digits = false): string {
  const k = Math.round(n);
  const number = !digits && k <= 10 ? numberWord(k) : k.toLocaleString('en-US');
  return `${number} ${k === 1 ? noun : plural(noun)}`;
}

/** Spoken money for a value in millions of dollars: "$412.7 million", "$1.24 billion", "$640,000". */
export function money(millions: number): string {
  const a = Math.abs(millions);
  const sign = millions < 0 ? '-' : '';
  if (a >= 1000) return `${sign}$${(a / 1000).toFixed(2)} billion`;
  if (a >= 10) return `${sign}$${a.toFixed(1)} million`;
  if (a >= 1) return `${sign}$${a.toFixed(2)} million`;
  return `${sign}$${(Math.round(a * 1000) * 1000).toLocaleString('en-US')}`;
}

/** "14.3 percent" (with `decimals`). */
export function percent(value: number, decimals = 1): string {
  return `${value.toFixed(decimals)} percent`;
}

/** "$2.41" for a per-share amount. */
export function perShare(dollars: number): string {
  return `$${dollars.toFixed(2)}`;
}

/** "up 8.4 percent", "down 2.1 percent", "flat": a relative change spoken. */
export function change(now: number, prior: number): string {
  const rel = ((now - prior) / Math.max(1e-9, Math.abs(prior))) * 100;
  if (Math.abs(rel) < 0.05) return 'flat';
  return `${rel > 0 ? 'up' : 'down'} ${Math.abs(rel).toFixed(1)} percent`;
}

/** "up 1.4 points", "down 0.3 points", "flat": a change of a percentage spoken, the difference of the two figures as printed. */
export function pointChange(now: number, prior: number): string {
  const tenths = Math.round(Number(now.toFixed(1)) * 10) - Math.round(Number(prior.toFixed(1)) * 10);
  if (tenths === 0) return 'flat';
  const d = (Math.abs(tenths) / 10).toFixed(1);
  return `${tenths > 0 ? 'up' : 'down'} ${d} ${d === '1.0' ? 'point' : 'points'}`;
}

const UNITS = ['zero', ...NUMBER_WORDS.slice(1, 20)];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "twenty-four" for 24: a whole number under a hundred in words. */
export function spelled(n: number): string {
  if (n < 20) return UNITS[n]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${UNITS[n % 10]}` : '');
}

/**
 * A turn whose sentences never open with a numeral: a whole number under a hundred at a sentence's start is said in
 * words ("24 percent of …" → "Twenty-four percent of …", "3 executives …" → "Three executives …"), as transcripts and
 * style guides write it. Larger figures, decimals and amounts are recast where they are written (the data).
 */
export function spelledLead(text: string): string {
  return text.replace(/(^|[.?!]["”)]? +)(\d{1,2})(?= (?![ap]\.m\.)[a-z(]| *,(?!\d))/g, (_m, before: string, digits: string) => {
    const w = spelled(Number(digits));
    return before + w.charAt(0).toUpperCase() + w.slice(1);
  });
}

/** "a, b and c". */
export function listed(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** First letter upper case. */
export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The sentence with its first letter lowercased, unless it starts with "I" ("I'm", "I think"). */
export const lowerFirst = (s: string): string => (/^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
