// How each person talks: the same sentence comes out a little differently from different speakers. Some people
// contract ("we're", "don't") nearly always and others rarely; each has a habitual "about" or "roughly" before a
// figure, "Okay" or "Alright", "maybe" or "perhaps", "Thanks" or "Thank you". A person's habits hold across the series
// (they are drawn from the name), and like real speakers nobody is perfectly consistent.
import type { Rng } from '../../../util/rng.js';
import type { Person } from '../model/organization.js';

/** A speaker's habits. */
export interface Idiolect {
  /** Chance a contractible phrase comes out contracted ("we are" → "we're"). */
  contract: number;
  /** Word before an approximate figure: `about`, `around`, `roughly`, `approximately`. */
  approx: string;
  /** Sentence-initial acknowledgement: `Okay`, `Alright`, `All right`, `OK`. */
  okay: string;
  /** `Thanks` or `Thank you`. */
  thanks: string;
  /** `maybe` or `perhaps`. */
  maybe: string;
  /** Before a comparative: `a little`, `a bit`, `slightly`. */
  little: string;
  /** `right now` or `at the moment`. */
  now: string;
  /** `a lot of` or `lots of`. */
  lot: string;
}

// Roles that speak more formally in a meeting (fewer contractions).
const FORMAL = new Set(['director', 'chair', 'gc', 'committee-chair', 'internal-audit', 'controller', 'treasurer', 'operator', 'ir']);
const CASUAL = new Set(['engineer', 'eng-manager', 'pm', 'employee', 'site-manager', 'plant', 'supply-chain', 'analyst']);
const CONTRACT_LEVELS = [0.12, 0.3, 0.55, 0.75, 0.88, 0.95];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const styles = new Map<string, Idiolect>();

/** The habits of a person, the same in every meeting of every series. */
export function idiolectOf(p: Person): Idiolect {
  const key = `${p.label}|${p.role}`;
  const known = styles.get(key);
  if (known) return known;
  let h = hash(key);
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[h % xs.length]!;
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    return x;
  };
  let level = hash(`${key}#contract`) % CONTRACT_LEVELS.length;
  if (FORMAL.has(p.role)) level = Math.max(0, level - 2);
  if (CASUAL.has(p.role)) level = Math.min(CONTRACT_LEVELS.length - 1, level + 2);
  const style: Idiolect = {
    contract: CONTRACT_LEVELS[level]!,
    approx: pick(['about', 'about', 'around', 'roughly', 'approximately']),
    okay: pick(['Okay', 'Okay', 'Alright', 'All right', 'OK']),
    thanks: pick(['Thanks', 'Thank you', 'Thank you']),
    maybe: pick(['maybe', 'maybe', 'perhaps']),
    little: pick(['a little', 'a bit', 'slightly']),
    now: pick(['right now', 'right now', 'at the moment']),
    lot: pick(['a lot of', 'a lot of', 'lots of']),
  };
  styles.set(key, style);
  return style;
}

// Subjects that take a contracted auxiliary, by auxiliary.
const SUBJ = {
  am: ['I'],
  are: ['we', 'you', 'they'],
  is: ['it', 'that', 'there', 'what', 'here', 'who', 'he', 'she'],
  have: ['I', 'we', 'you', 'they'],
  will: ['I', 'we', 'you', 'they', 'it', 'that', 'he', 'she'],
  would: ['I', 'we', 'you', 'they', 'it', 'that', 'he', 'she'],
};
const SHORT: Record<string, string> = { am: "'m", are: "'re", is: "'s", have: "'ve", will: "'ll", would: "'d" };
// Past participles: "have" contracts only before one ("we've seen", never "we've a plan"), and "'s" before one may be "has".
const PARTICIPLE = new Set(
  'been got gotten gone had come become taken grown fallen risen done seen made put set spent run built met sent given told paid heard found kept brought bought won lost begun shown known thought said left moved changed started finished asked agreed looked worked talked signed closed opened hired added dropped raised missed reached received reviewed approved decided tested completed delivered shipped increased reduced improved slipped'.split(' '),
);
// After "'s", these make it "has".
const HAS_NEXT = new Set('been got gotten gone had become grown fallen risen'.split(' '));
// After "'d", these make it "would" ("I'd rather"); anything else may be "had" ("we'd already spent").
const WOULD_NEXT = new Set('like say rather expect be ask add want suggest argue call rank flag note prefer recommend keep go love push start also still just probably not need put see get bring come take hope imagine guess think leave want wait watch do make look tell support vote argue'.split(' '));
// Negations, contracted after a subject.
const NEG: Array<[string, string]> = [
  ['do not', "don't"], ['does not', "doesn't"], ['did not', "didn't"], ['is not', "isn't"], ['are not', "aren't"], ['was not', "wasn't"], ['were not', "weren't"],
  ['have not', "haven't"], ['has not', "hasn't"], ['cannot', "can't"], ['could not', "couldn't"], ['would not', "wouldn't"], ['should not', "shouldn't"], ['will not', "won't"],
];
const NEG_SUBJECTS = 'I we you they it he she that this there which who people nobody everyone'.split(' ');

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const likeCase = (model: string, w: string) => (/^[A-Z]/.test(model) ? cap(w) : w);
const alt = (words: string[]) => words.flatMap((w) => (w === 'I' ? [w] : [w, cap(w)])).join('|');

/** Words after which a verb left before its gap stays whole ("where we are on …", "as it is today"). */
const GAP_NEXT = ['on', 'with', 'in', 'at', 'for', 'about', 'to', 'from', 'by', 'now', 'today', 'right', 'this', 'that', 'these', 'those', 'overall', 'so', 'and', 'but'];
const AFTER_WH_GAP = new RegExp(`^(?:${GAP_NEXT.join('|')})?$`);
const AFTER_AS_GAP = new RegExp(`^(?:${[...GAP_NEXT, 'or', 'our', 'their', 'its', 'a', 'an', 'the'].join('|')})?$`);

interface Rule {
  re: RegExp;
  to: (m: RegExpExecArray, style: Idiolect, rng: Rng) => string;
}

function contractionRules(): Rule[] {
  const rules: Rule[] = [];
  for (const [aux, subjects] of Object.entries(SUBJ)) {
    const short = SHORT[aux]!;
    // Long form before a word ("we are going"), or short form anywhere ("we're").
    rules.push({
      re: new RegExp(`\\b(${alt(subjects)})(?: ${aux === 'am' ? 'am' : aux}(?= ([A-Za-z0-9$][\\w'-]*))|${short.replace("'", "['’]")}\\b(?= ?([A-Za-z0-9$][\\w'-]*)?))`, 'g'),
      to: (m, style, rng) => {
        const subject = m[1]!;
        const next = (m[2] ?? m[3] ?? '').toLowerCase();
        const contracted = m[0].includes("'") || m[0].includes('’');
        // A clause never ends on a contraction ("that's what it is", never "what it's"), and "'ve", "'d" and "'s" are read by what follows.
        if (!next) return m[0];
        // After a preposition the pronoun is an object ("what I'd take from it is …"): nothing to contract.
        if (!contracted && /\b(?:from|of|to|with|about|in|on|for|at|by|into|than|like|behind|after|before) $/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return m[0];
        // "here is" contracts only where "here" opens the clause ("Here's the thing"), not after a noun ("the item here is").
        if (!contracted && /^here$/i.test(subject) && !/(?:^|[.;:,—?!]\s*)$/.test(m.input.slice(0, m.index))) return m[0];
        // A verb before the gap a wh-word leaves stays whole ("here's where we are on the plan", never "where we're on the
        // plan"; "what it is about"), unless a verb follows ("where we're going"); after "as" and "than" the same ("leave it
        // as it is and", "as we would for a financial figure", "than it is today").
        const gap = (aux === 'are' || aux === 'is' || aux === 'am') && /\b(?:where|what|how|who|which|whatever|wherever)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))
          ? AFTER_WH_GAP : /\b(?:as|than)\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index)) ? AFTER_AS_GAP : undefined;
        if (!contracted && gap?.test(next)) return m[0];
        // A compound subject keeps the long form ("the team and I would", never "the team and I'd").
        if (!contracted && / and $/.test(m.input.slice(Math.max(0, m.index - 5), m.index))) return m[0];
        // "will not", "would not" and "have not" contract as negations ("won't"), never as "it'll not".
        if (next === 'not' && !contracted && (aux === 'will' || aux === 'would' || aux === 'have')) return m[0];
        if (aux === 'have' && !PARTICIPLE.has(next)) return contracted ? `${subject} have` : m[0];
        if (aux === 'would' && contracted && !WOULD_NEXT.has(next)) return m[0];
        let long = aux;
        if (aux === 'is' && contracted) {
          // "it's been" is "it has been"; "it's made in Reno" could be either, so it stays as written.
          if (HAS_NEXT.has(next)) long = 'has';
          else if (PARTICIPLE.has(next) || /ed$/.test(next)) return m[0];
        }
        return rng.chance(style.contract) ? `${subject}${short}` : `${subject} ${long}`;
      },
    });
  }
  // "has" after it/that/there/what/he/she before a participle ("it has been" ↔ "it's been").
  rules.push({
    re: new RegExp(`\\b(${alt(['it', 'that', 'there', 'what', 'he', 'she'])}) has(?= (been|got|gone|had|come|become|taken|grown|fallen|risen)\\b)`, 'g'),
    to: (m, style, rng) => (rng.chance(style.contract) ? `${m[1]}'s` : m[0]),
  });
  const subj = NEG_SUBJECTS.flatMap((w) => (w === 'I' ? [w] : [w, cap(w)])).join('|');
  for (const [long, short] of NEG) {
    rules.push({
      re: new RegExp(`\\b(${subj}) (${long}|${short.replace("'", "['’]")})\\b`, 'g'),
      to: (m, style, rng) => `${m[1]} ${rng.chance(style.contract) ? short : long}`,
    });
  }
  return rules;
}

const COMPARATIVE = 'more less ahead behind better worse higher lower late early later earlier over under below above longer shorter slower faster tighter bigger smaller cheaper costlier fewer'.split(' ');
const NOT_APPROX = new Set('talk talked talking ask asked asking think thinking thought care cared know knew hear heard learn learned said say says worry worried worrying concerned complain complained wrote write read reading forget remind reminded tell told question questions call called email emailed speak spoke bring brought it that this all something anything nothing everything more much how what'.split(' '));

/** Significant digits of a figure as written: "7.69" → 3, "25,320" → 4, "5,400" → 2, "$2.1" → 2. */
function significantDigits(figure: string): number {
  const s = figure.replace(/[$,]/g, '');
  return s.includes('.') ? s.replace('.', '').replace(/^0+/, '').length : s.replace(/^0+/, '').replace(/0+$/, '').length;
}

function wordRules(): Rule[] {
  const usual = (rng: Rng, mine: string, said: string) => (rng.chance(0.85) ? mine : said);
  return [
    {
      // An approximate figure: "about $3 million", "roughly 40 percent" (never "talked about 2024"). A figure given to
      // three significant digits or more ("223 people", "$5.98 million", "7.69 percent") is exact: no "about" before it.
      re: /\b(\w+) (about|around|roughly|approximately) (?=(\$?\d[\d,]*(?:\.\d+)?))/g,
      to: (m, style, rng) => (NOT_APPROX.has(m[1]!.toLowerCase()) ? m[0] : significantDigits(m[3]!) >= 3 ? `${m[1]} ` : `${m[1]} ${usual(rng, style.approx, m[2]!)} `),
    },
    {
      // The same after a comma or at a sentence's start (", about $61.9 million", "Around 14,243 hours").
      re: /(^|[^\w ] ?)(?:[Aa]bout|[Aa]round|[Rr]oughly|[Aa]pproximately) (?=(\$?\d[\d,]*(?:\.\d+)?))/g,
      to: (m) => (significantDigits(m[2]!) >= 3 ? m[1]! : m[0]),
    },
    {
      re: /(^|[.?!] )(Okay|Alright|All right|OK)(?=[,.])/g,
      to: (m, style, rng) => `${m[1]}${usual(rng, style.okay, m[2]!)}`,
    },
    {
      // "Thanks, Lars" ↔ "Thank you, Lars" (never "Thanks to the new line").
      re: /(^|[.?!] )(Thanks|Thank you)(?=[,.!]| for | very much| again| all| everyone| both)/g,
      to: (m, style, rng) => `${m[1]}${usual(rng, style.thanks, m[2]!)}`,
    },
    { re: /\b(maybe|perhaps|Maybe|Perhaps)\b/g, to: (m, style, rng) => likeCase(m[1]!, usual(rng, style.maybe, m[1]!.toLowerCase())) },
    {
      re: new RegExp(`\\b(a little|a bit|slightly) (?=(?:${COMPARATIVE.join('|')})\\b)`, 'g'),
      to: (m, style, rng) => `${usual(rng, style.little, m[1]!)} `,
    },
    { re: /\b(right now|at the moment)\b/g, to: (m, style, rng) => usual(rng, style.now, m[1]!) },
    // Counted lots are batches, not a quantifier: "4 lots of resin" never becomes "4 a lot of resin".
    { re: /(?<!(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|few|many|the|those|these))\s)\b(a lot of|lots of)\b/g, to: (m, style, rng) => usual(rng, style.lot, m[1]!) },
  ];
}

let rules: Rule[] | undefined;

/** The sentence as this speaker would say it. */
export function inVoice(text: string, style: Idiolect, rng: Rng): string {
  rules ??= [...contractionRules(), ...wordRules()];
  let out = text;
  for (const r of rules) {
    r.re.lastIndex = 0;
    out = out.replace(r.re, (...args: unknown[]) => {
      const groups = args.slice(0, -2) as string[];
      const m = Object.assign(groups.slice(), { index: args[args.length - 2] as number, input: out }) as unknown as RegExpExecArray;
      return r.to(m, style, rng);
    });
  }
  return out;
}
