// The plain, serializable types that carry a sweep from options to summary; every stage speaks these.
import type { FactKey, PlaceContext } from './haystack/place-context.js';

/** Built-in haystack generators. */
export type HaystackKind = 'financial-report' | 'meeting-transcript';

/** Counts and cuts text in one tokenizer's tokens. */
export interface Tokenizer {
  /** Name recorded in run.json, e.g. `o200k_base`. */
  readonly name: string;
  /** Token ids of the text (special-token strings are treated as plain text). */
  encode(text: string): Uint32Array;
  /** Text of a token slice. Cut only at sentence or line boundaries: a slice may end inside a character. */
  decode(tokens: Uint32Array): string;
  /** Number of tokens of the text. */
  count(text: string): number;
  /** UTF-8 byte length of each token of the array, for mapping token offsets to text offsets. */
  tokenByteLengths(tokens: Uint32Array): Uint32Array;
  /** Releases native memory; the tokenizer is unusable afterwards. */
  free(): void;
}

/**
 * One piece of a generated document, as a generator yields it. The haystack assembler joins blocks
 * with a blank line and derives insertion points from them: sentences of `paragraph` blocks and the
 * starts of `turn` blocks take needles; `heading`, `table` and `meta` blocks never do.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'table' | 'turn' | 'meta';
  /** The block's text, without the separating blank line. */
  text: string;
  /** Section the block belongs to (e.g. "Item 7. Management's Discussion and Analysis", "Q3 earnings call"). */
  section?: string;
  /** For `turn` blocks: the timestamp printed in the label, `HH:MM:SS`. */
  time?: string;
  /** For `turn` blocks: labels of the people present who could plausibly speak here (as printed before `[time]:`). */
  speakers?: string[];
  /** Where the block sits in the document (fiscal year, meeting, clock), for needles that must fit their place. */
  context?: PlaceContext;
  /** Facts the block states (generators that know them): what `omit` would have left out. */
  facts?: FactKey[];
}

/** A place in a document where a needle may go (or where the document may be cut). */
export interface InsertionPoint {
  /** Character (UTF-16) offset into Document.text where inserted text starts. */
  offset: number;
  /**
   * `sentence`: start of a sentence inside prose; a needle is inserted as `<text> ` before it.
   * `turn`: start of a transcript turn; a needle is inserted as a turn of its own: `<speaker> [<time>]: <text>\n\n`.
   * `paragraph`: start of a block that is not prose (table, heading); a needle goes there as a paragraph of its own.
   * `cut`: a place the document may end (a table row, a sentence inside a turn), never a needle point.
   */
  kind: 'sentence' | 'turn' | 'paragraph' | 'cut';
  section?: string;
  time?: string;
  speakers?: string[];
  /** The context of the block the point belongs to. */
  context?: PlaceContext;
}

/** A haystack ready for cutting: its text and where it may be cut or receive needles. */
export interface Document {
  text: string;
  /** Sorted by offset; always includes offset 0. */
  points: InsertionPoint[];
  /** Where the text came from, recorded in run.json. */
  source: DocumentSource;
}

export type DocumentSource =
  | { type: 'generated'; kind: HaystackKind; seed: number }
  | { type: 'files'; files: Array<{ path: string; chars: number; sha256: string }>; order: string };

/** A fact planted in a document, with the question that retrieves it and its exact answers. */
export interface Needle {
  /** Stable id: template id plus variant, or `custom-<n>` for a user's file. */
  id: string;
  /** The sentence as inserted (in a transcript: the utterance, without label). */
  text: string;
  question: string;
  /** Every one must appear in the response for a score of 1. */
  answers: string[];
  /** Near-miss decoys: same shape, another value. Placed elsewhere when the sweep asks for distractors. */
  distractors?: Array<{ text: string; answers: string[] }>;
  /** How the question relates to the needle's words. */
  variant?: 'lexical' | 'paraphrased' | 'custom';
  /** Template the needle was drawn from. */
  template?: string;
  /** Haystack kinds it fits; absent = any. */
  kinds?: HaystackKind[];
  /** Lowercase fragments of section titles where the sentence reads naturally (placement prefers them near the target depth). */
  sections?: string[];
}

/** One chat message as sent. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A (length, depth) cell of the grid. */
export interface Cell {
  /** Target prompt length in tokens. */
  length: number;
  /** Target needle depth in percent of the document part, 0–100. */
  depth: number;
}

/** Outcome status of one trial: only `ok` trials count toward recall. */
export type TrialStatus = 'ok' | 'overflow' | 'error';

/** Kind of answer, beyond the score. */
export type Outcome = 'correct' | 'partial' | 'distractor' | 'not_found' | 'wrong';

/**
 * One line of results.jsonl: a finished trial. Field names are a public contract (snake_case);
 * add fields freely, rename or remove only with a format version bump.
 */
export interface TrialRecord {
  trial_id: string;
  length: number;
  depth: number;
  repeat: number;
  status: TrialStatus;
  /** Fraction of expected answers found, 0–1; null unless status is `ok`. */
  score: number | null;
  outcome: Outcome | null;
  /** Our count of the whole prompt (all messages, chat overhead included), in the run's tokenizer. */
  prompt_tokens: number;
  /** The server's count (`usage.prompt_tokens`), when it gave one. */
  usage_prompt_tokens: number | null;
  /** With --tokenizer server: the server's count of the prompt before sending (its /tokenize, or calibration). */
  server_prompt_tokens?: number;
  /** True when the response came from the local response cache (nothing was sent). */
  from_cache?: boolean;
  usage_completion_tokens: number | null;
  /** Prompt tokens the server served from its prefix cache, when it said so. */
  cached_tokens?: number | null;
  /** Tokens in the document part of the prompt, needles included. */
  document_tokens: number;
  /** Token offset of the (first) needle's start within the document part. */
  needle_position: number;
  /** Achieved depth of the (first) needle: position / (document_tokens − needle tokens) × 100. */
  needle_depth: number;
  needle_id: string;
  /** `lexical`, `paraphrased` or `custom`. */
  needle_variant?: string | null;
  /** Needles placed in the prompt (more than 1 with --multi in multi-value mode). */
  needle_count?: number;
  /** Near-miss decoys placed in the prompt. */
  distractor_count?: number;
  /** Share of the question's content words found in the needle (0 = fully paraphrased). */
  overlap?: number;
  question: string;
  expected: string[];
  /** Answers of the decoys placed in the prompt (a response giving one is outcome `distractor`). */
  distractor_answers?: string[][];
  response: string | null;
  finish_reason: string | null;
  latency_ms: number | null;
  attempts: number;
  error: string | null;
  prompt_sha256: string;
  model: string;
  finished_at: string;
  /** Set when --judge-model was consulted (only where the deterministic scorer could not decide). */
  judge_model?: string;
  judge_verdict?: 'correct' | 'incorrect' | null;
  judge_error?: string;
}

/** Accuracy of control trials: each question asked with no document, to catch answers known or guessed. */
export interface ControlSummary {
  trials: number;
  ok: number;
  /** Mean score of ok control trials; high values mean the needles can be answered without reading. */
  accuracy: number | null;
}

/** Recall over the `ok` trials of a group, with counts of the others. */
export interface GroupStats {
  trials: number;
  ok: number;
  overflow: number;
  error: number;
  /** Mean score of `ok` trials, null when there are none. */
  recall: number | null;
  /** 95% Wilson interval of recall over `ok` trials (scores treated as fractional successes). */
  interval: [number, number] | null;
}

/** The summary stored in run.json and printed at the end. */
export interface RunSummary extends GroupStats {
  byLength: Array<GroupStats & { length: number }>;
  byDepth: Array<GroupStats & { depth: number }>;
  cells: Array<GroupStats & { length: number; depth: number }>;
  outcomes: Partial<Record<Outcome, number>>;
  /** With --control: accuracy without the document. */
  control?: ControlSummary;
  /** With --judge-model: verdicts of the judge on the trials it was asked about. */
  judge?: { asked: number; correct: number; incorrect: number; failed: number };
  /** Longest length such that it and every shorter one keep recall ≥ threshold (null: none does). */
  effective_length?: { threshold: number; length: number | null };
  /** The server's prompt-token counts against ours (server / ours), over trials where the server reported one. */
  token_counts?: { trials: number; median_ratio: number; min_ratio: number; max_ratio: number };
}

/** run.json: everything needed to understand and reproduce a run. Versioned by `format`. */
export interface RunManifest {
  /** Format of run.json and results.jsonl, e.g. `needle.run/1`. */
  format: string;
  tool: { name: string; version: string; node: string; dependencies: Record<string, string> };
  /** The command line that reproduces the run (API key never included). */
  command: string;
  /** Every resolved setting of the sweep. */
  settings: Record<string, unknown>;
  model: { id: string; kind: 'baseline' | 'openai-compatible'; base_url: string | null; note?: string };
  haystack: { spec: string; source: DocumentSource; tokens: number; sha256: string };
  needles: { set: string; count: number; sha256: string };
  tokenizer: string;
  seed: number;
  started_at: string;
  ended_at: string | null;
  /** `complete`, or `partial` when interrupted or unfinished. */
  state: 'running' | 'complete' | 'partial';
  summary: RunSummary | null;
}
