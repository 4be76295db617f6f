// A model's own tokenizer from its Hugging Face tokenizer.json (and tokenizer_config.json), counted offline with
// @huggingface/tokenizers, with its chat template rendered by @huggingface/jinja.

import { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';
import type { ChatMessage, TokenIndex, Tokenizer } from '../types.js';
import { createChatRenderer, type ChatRenderer } from './chat-template.js';
import { isWordStartAt, startsFromByteLengths } from './token-index.js';
import {
  riskyAddedTokens,
  surfaceStyle,
  tokenSurface,
  tokensSpanningWordStarts,
  type SurfaceStyle,
  type TokenizerJson,
} from './hf-vocabulary.js';

/** The files of a Hugging Face tokenizer, read and parsed. */
export interface HfTokenizerFiles {
  /** Name recorded in run.json. */
  name: string;
  tokenizerJson: TokenizerJson;
  /** tokenizer_config.json ({} when absent). */
  config: Record<string, unknown>;
  /** Jinja chat template; null when the model has none. */
  chatTemplate: string | null;
  /** Where the template came from (recorded in errors). */
  chatTemplateSource?: string;
}

/** A Hugging Face tokenizer with what the prompt builder needs to know about it. */
export interface HfTokenizerHandle extends Tokenizer {
  /** Special tokens (and the whitespace they strip) in a short text, as character spans. */
  addedTokenSpans(text: string): Array<[number, number]>;
  /** Tokens the tokenizer itself adds around a text (BOS/EOS of its post-processor), used without a chat template. */
  readonly specialTokensAdded: number;
  /** True when word starts can be cut at (no vocabulary token spans one); false means every count re-tokenizes. */
  readonly cuttable: boolean;
}

/** Text prepended to a piece so that it is counted as the middle of a text, not its start. */
const ANCHOR = 'a';
/** Characters per piece when indexing a long text (cut at word starts). */
const CHUNK_CHARS = 4096;
const UTF8 = new TextEncoder();

/** True when `bytes` holds surf[skip…] at `pos`. */
function matchesAt(bytes: Uint8Array, pos: number, surf: Uint8Array, skip: number): boolean {
  if (pos + surf.length - skip > bytes.length) return false;
  for (let j = skip; j < surf.length; j++) if (bytes[pos + j - skip] !== surf[j]) return false;
  return true;
}

/** Builds a tokenizer from parsed tokenizer files. Throws (plain Error) when the library rejects the files. */
export function createHfTokenizer(files: HfTokenizerFiles): HfTokenizerHandle {
  const json = files.tokenizerJson;
  const hf = new HfTokenizer(json, files.config);
  const style = surfaceStyle(json);
  const modelType = String(json.model?.type ?? (json.model && 'merges' in json.model ? 'BPE' : ''));
  const risky = riskyAddedTokens(json, style);
  const cuttable =
    (modelType === 'BPE' || modelType === 'Unigram') &&
    tokensSpanningWordStarts(json, style, 1).length === 0 &&
    !risky.some((t) => t.normalized);
  if (cuttable && modelType === 'BPE' && !splitsWords(json)) splitAtWordStarts(hf, style);

  // Added tokens stand for their literal text, unless the model's vocabulary has them too (Gemma's "▁▁": then the
  // model produces them from spaces, and they stand for what a model token does).
  const vocab = json.model.vocab;
  const inVocab = Array.isArray(vocab) ? new Set(vocab.map((e) => e[0])) : new Set(Object.keys(vocab ?? {}));
  const added = new Map<number, string>((json.added_tokens ?? []).filter((t) => !inVocab.has(t.content)).map((t) => [t.id, t.content]));
  inVocab.clear();
  const addedContents = [...new Map((json.added_tokens ?? []).map((t) => [t.content, t])).values()].sort((a, b) => b.content.length - a.content.length);
  // Added tokens by their last character, then by length: to tell quickly whether a text ends with one.
  const addedByLastChar = new Map<string, Map<number, Set<string>>>();
  for (const { content } of addedContents) {
    if (content === '') continue;
    const last = content[content.length - 1]!;
    let byLength = addedByLastChar.get(last);
    if (!byLength) addedByLastChar.set(last, (byLength = new Map()));
    let set = byLength.get(content.length);
    if (!set) byLength.set(content.length, (set = new Set()));
    set.add(content);
  }
  const surfaces = new Map<number, Uint8Array>();
  const surface = (id: number): Uint8Array => {
    let bytes = surfaces.get(id);
    if (bytes === undefined) {
      const content = added.get(id);
      const s = content !== undefined ? content : tokenSurface(hf.id_to_token(id) ?? '', style);
      bytes = typeof s === 'string' ? UTF8.encode(s) : s;
      surfaces.set(id, bytes);
    }
    return bytes;
  };

  const ids = (text: string): number[] => hf.encode(text, { add_special_tokens: false }).ids;
  const count = (text: string): number => (text === '' ? 0 : ids(text).length);
  const anchorIds = ids(ANCHOR);
  const continuation = (text: string): number[] => {
    const all = ids(ANCHOR + text);
    for (let i = 0; i < anchorIds.length; i++) {
      if (all[i] !== anchorIds[i]) throw new Error(`internal: ${files.name} merges across a word start ("${ANCHOR}${text.slice(0, 20)}…")`);
    }
    return all.slice(anchorIds.length);
  };
  const renderer: ChatRenderer | null = files.chatTemplate === null ? null : createChatRenderer(files.chatTemplate, files.config, files.chatTemplateSource ?? files.name);

  const handle: HfTokenizerHandle = {
    name: files.name,
    cuttable,
    specialTokensAdded: hf.encode('', { add_special_tokens: true }).ids.length,
    encode: (text) => Uint32Array.from(ids(text)),
    decode: (tokens) => hf.decode(Array.from(tokens), { skip_special_tokens: false, clean_up_tokenization_spaces: false }),
    count,
    countContinuation: (text) => (text === '' ? 0 : continuation(text).length),
    index: (text) => indexText(text),
    addedTokenSpans(text) {
      const spans: Array<[number, number]> = [];
      const taken = new Uint8Array(text.length);
      for (const t of addedContents) {
        if (t.content === '') continue;
        for (let at = text.indexOf(t.content); at !== -1; at = text.indexOf(t.content, at + 1)) {
          const end = at + t.content.length;
          if (taken.subarray(at, end).some((x) => x)) continue;
          taken.fill(1, at, end);
          let from = at;
          let to = end;
          if (t.lstrip) while (from > 0 && /\s/.test(text[from - 1]!)) from--;
          if (t.rstrip) while (to < text.length && /\s/.test(text[to]!)) to++;
          spans.push([from, to]);
        }
      }
      return spans.sort((a, b) => a[0] - b[0]);
    },
    free() {
      surfaces.clear();
    },
  };
  if (renderer) handle.renderChat = (messages: ChatMessage[]) => renderer.render(messages);
  return handle;

  /** Tokenizes a long text in pieces cut at word starts, and maps tokens to characters by the text each stands for. */
  function indexText(text: string): TokenIndex {
    const masked = maskedWordStarts(text);
    const cuts: number[] = [0];
    if (cuttable) {
      let next = CHUNK_CHARS;
      for (let p = text.indexOf(' ', next); p !== -1; p = text.indexOf(' ', p + 1)) {
        if (p < next || !isWordStartAt(text, p) || masked.has(p)) continue;
        cuts.push(p);
        next = p + CHUNK_CHARS;
        p = Math.max(p, next - 1);
      }
    }
    cuts.push(text.length);
    const pieces: number[][] = [];
    let total = 0;
    for (let k = 0; k + 1 < cuts.length; k++) {
      const piece = text.slice(cuts[k], cuts[k + 1]);
      const pieceIds = k === 0 ? ids(piece) : continuation(piece);
      pieces.push(pieceIds);
      total += pieceIds.length;
    }
    const tokens = new Uint32Array(total);
    const starts = new Int32Array(total + 1);
    const boundaries: number[] = [];
    let t = 0;
    for (let k = 0; k < pieces.length; k++) {
      const pieceIds = pieces[k]!;
      const from = cuts[k]!;
      const to = cuts[k + 1]!;
      tokens.set(pieceIds, t);
      const lengths = alignSurfaces(UTF8.encode(text.slice(from, to)), pieceIds);
      if (k > 0 && pieceIds.length > 0) boundaries.push(t);
      if (lengths) {
        startsFromByteLengths(text, from, lengths, starts, t);
        for (let i = 1; i < pieceIds.length; i++) {
          const s = starts[t + i]!;
          if (cuttable && s !== starts[t + i - 1] && isWordStartAt(text, s) && !masked.has(s)) boundaries.push(t + i);
        }
      } else {
        // The normalizer changed the text (e.g. NFC): spread the piece's characters over its tokens; no cuts inside.
        for (let i = 0; i < pieceIds.length; i++) starts[t + i] = from + Math.floor(((to - from) * i) / pieceIds.length);
      }
      t += pieceIds.length;
    }
    starts[total] = text.length;
    return { text, tokens, starts, boundaries: Int32Array.from(boundaries) };
  }

  /**
   * The UTF-8 length of the text each token stands for, checked against the text itself; a marker the tokenizer
   * added where the text has none (SentencePiece's "▁" at a text's start or after a special token, a prefix space)
   * stands for nothing. Null when the tokens do not spell the text (a normalizer changed it).
   */
  function alignSurfaces(bytes: Uint8Array, pieceIds: number[]): number[] | null {
    const lengths: number[] = new Array(pieceIds.length);
    let pos = 0;
    for (let i = 0; i < pieceIds.length; i++) {
      const surf = surface(pieceIds[i]!);
      if (matchesAt(bytes, pos, surf, 0)) lengths[i] = surf.length;
      else if (surf[0] === 0x20 && matchesAt(bytes, pos, surf, 1)) lengths[i] = surf.length - 1;
      else return null;
      pos += lengths[i]!;
    }
    return pos === bytes.length ? lengths : null;
  }

  /**
   * Word starts never to cut at: inside a special token written in the text (or right after one that strips the
   * whitespace after it), and right after any special token, where the text after it is tokenized as a text of its
   * own (a SentencePiece "▁" is prepended there).
   */
  function maskedWordStarts(text: string): { has(p: number): boolean } {
    const masked = new Set<number>();
    for (const t of risky) {
      for (let at = text.indexOf(t.content); at !== -1; at = text.indexOf(t.content, at + 1)) {
        for (let p = at + 1; p < at + t.content.length; p++) masked.add(p);
        if (t.rstrip) masked.add(at + t.content.length);
      }
    }
    return { has: (p) => masked.has(p) || endsWithAddedToken(text, p) };
  }

  /** True when text[0:p] ends with an added token's text. */
  function endsWithAddedToken(text: string, p: number): boolean {
    const lengths = addedByLastChar.get(text[p - 1]!);
    if (!lengths) return false;
    for (const [length, contents] of lengths) if (p >= length && contents.has(text.slice(p - length, p))) return true;
    return false;
  }
}

/** True when the pre-tokenizer already splits text into words (a regex split, byte-level or whitespace splitting). */
function splitsWords(json: TokenizerJson): boolean {
  const text = JSON.stringify(json.pre_tokenizer ?? null);
  return /"type":"(ByteLevel|Whitespace|WhitespaceSplit|BertPreTokenizer|Punctuation|Digits)"/.test(text) || /"Regex"/.test(text) || /"split":true/.test(text);
}

/**
 * Without a pre-tokenizer, BPE merges over a whole text at once, which is slow on long texts. When no vocabulary
 * token spans a word start, splitting there first gives exactly the same tokens (no merge could cross it), and lets
 * the library's word cache work: the same ids, many times faster.
 */
function splitAtWordStarts(hf: HfTokenizer, style: SurfaceStyle): void {
  const marker = style.kind === 'metaspace' ? style.marker : ' ';
  const letter = /^\p{L}/u;
  const space = /\s/;
  const split = (s: string): string[] => {
    const out: string[] = [];
    let start = 0;
    for (let i = s.indexOf(marker, 1); i !== -1; i = s.indexOf(marker, i + 1)) {
      const prev = s[i - 1]!;
      if (prev === marker || space.test(prev)) continue;
      const cp = s.codePointAt(i + marker.length);
      if (cp === undefined || !letter.test(String.fromCodePoint(cp))) continue;
      out.push(s.slice(start, i));
      start = i;
    }
    out.push(s.slice(start));
    return out;
  };
  const original = hf.pre_tokenizer as unknown as ((text: string, options?: unknown) => string[]) | null;
  const wrapped = (text: string, options?: unknown): string[] => (original ? original(text, options) : [text]).flatMap(split);
  (hf as unknown as { pre_tokenizer: unknown }).pre_tokenizer = wrapped;
}
