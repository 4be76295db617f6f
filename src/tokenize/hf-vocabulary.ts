// What a tokenizer.json's vocabulary says about cutting: the text each token stands for, and whether any token
// spans a word start (a space and a letter after a non-space), which decides whether text may be cut there.

/** How token strings map back to text. */
export type SurfaceStyle =
  /** GPT-2's byte-level alphabet: every character of a token stands for one byte (Llama 3, Qwen, DeepSeek). */
  | { kind: 'byte-level' }
  /** SentencePiece style: `marker` (usually "▁") stands for a space; `<0xNN>` tokens for one byte (Llama 2, Gemma, Mistral). */
  | { kind: 'metaspace'; marker: string; byteFallback: boolean }
  /** Token strings are the text itself. */
  | { kind: 'plain' };

/** The parts of tokenizer.json this module reads. */
export interface TokenizerJson {
  model: { type?: string; vocab?: Record<string, number> | Array<[string, number]>; byte_fallback?: boolean };
  normalizer?: unknown;
  pre_tokenizer?: unknown;
  decoder?: unknown;
  added_tokens?: AddedTokenJson[];
}

export interface AddedTokenJson {
  id: number;
  content: string;
  single_word?: boolean;
  lstrip?: boolean;
  rstrip?: boolean;
  normalized?: boolean;
  special?: boolean;
}

/** GPT-2's bytes_to_unicode(): the printable character standing for each byte, indexed by byte. */
export function byteLevelAlphabet(): string[] {
  const bytes: number[] = [];
  for (let b = 33; b <= 126; b++) bytes.push(b);
  for (let b = 161; b <= 172; b++) bytes.push(b);
  for (let b = 174; b <= 255; b++) bytes.push(b);
  const chars = bytes.slice();
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bytes.includes(b)) {
      bytes.push(b);
      chars.push(256 + n++);
    }
  }
  const table: string[] = [];
  bytes.forEach((b, i) => (table[b] = String.fromCodePoint(chars[i]!)));
  return table;
}

/** The byte each byte-level character stands for. */
function byteLevelDecoder(): Map<string, number> {
  return new Map(byteLevelAlphabet().map((c, b) => [c, b]));
}

let BYTE_LEVEL: Map<string, number> | null = null;

/** Every component object (`type` field) anywhere in a tokenizer.json section. */
function components(section: unknown): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, any>;
      if (typeof o.type === 'string') out.push(o);
      for (const k of ['normalizers', 'pretokenizers', 'pre_tokenizers', 'decoders', 'processors']) if (Array.isArray(o[k])) walk(o[k]);
    }
  };
  walk(section);
  return out;
}

/** How this tokenizer's token strings map to text. */
export function surfaceStyle(json: TokenizerJson): SurfaceStyle {
  const parts = [...components(json.pre_tokenizer), ...components(json.decoder), ...components(json.normalizer)];
  if (parts.some((c) => c.type === 'ByteLevel')) return { kind: 'byte-level' };
  const metaspace = parts.find((c) => c.type === 'Metaspace');
  if (metaspace) return { kind: 'metaspace', marker: String(metaspace.replacement ?? '▁'), byteFallback: json.model.byte_fallback === true };
  const replace = components(json.normalizer).find((c) => c.type === 'Replace' && c.pattern?.String === ' ' && typeof c.content === 'string');
  if (replace) return { kind: 'metaspace', marker: replace.content as string, byteFallback: json.model.byte_fallback === true };
  return { kind: 'plain' };
}

const UTF8 = new TextEncoder();
const BYTE_TOKEN = /^<0x[0-9A-Fa-f]{2}>$/;

/** The text a token string stands for, as bytes (byte-level) or as a string, in this style. */
export function tokenSurface(token: string, style: SurfaceStyle): string | Uint8Array {
  if (style.kind === 'byte-level') {
    BYTE_LEVEL ??= byteLevelDecoder();
    const out = new Uint8Array(token.length);
    let n = 0;
    for (const ch of token) {
      const b = BYTE_LEVEL.get(ch);
      if (b === undefined) return token; // not byte-level (an added token's literal text)
      out[n++] = b;
    }
    return out.subarray(0, n);
  }
  if (style.kind === 'metaspace') {
    if (style.byteFallback && BYTE_TOKEN.test(token)) return Uint8Array.of(parseInt(token.slice(3, 5), 16));
    return token.split(style.marker).join(' ');
  }
  return token;
}

/** UTF-8 length of the text a token stands for. */
export function surfaceByteLength(token: string, style: SurfaceStyle): number {
  const s = tokenSurface(token, style);
  return typeof s === 'string' ? UTF8.encode(s).length : s.length;
}

const DECODE = new TextDecoder('utf-8');
/** A non-space character, then a space followed by a letter or the token's end: the token spans a word start. */
const SPANS_WORD_START = /[^\s] (?:[\p{L}\uFFFD]|$)/u;

/** Vocabulary tokens whose text spans a word start (none: text may be cut at every word start). */
export function tokensSpanningWordStarts(json: TokenizerJson, style: SurfaceStyle, limit = 10): string[] {
  const vocab = json.model.vocab;
  const tokens = Array.isArray(vocab) ? vocab.map((e) => e[0]) : Object.keys(vocab ?? {});
  const found: string[] = [];
  // The character a space turns into in this style: only tokens holding it can span a word start.
  const quick = style.kind === 'byte-level' ? '\u0120' : style.kind === 'metaspace' ? style.marker : ' ';
  for (const token of tokens) {
    if (!token.includes(quick)) continue;
    const s = tokenSurface(token, style);
    const text = typeof s === 'string' ? s : DECODE.decode(s);
    if (text.includes(' ') && SPANS_WORD_START.test(text)) {
      found.push(token);
      if (found.length >= limit) break;
    }
  }
  return found;
}

/**
 * Added tokens that could break a cut at a word start: ones whose text spans one (matched in the raw text
 * before any merging), and ones that strip the whitespace after them (`rstrip`), which a cut would separate.
 */
export function riskyAddedTokens(json: TokenizerJson, style: SurfaceStyle): AddedTokenJson[] {
  return (json.added_tokens ?? []).filter((t) => {
    const text = style.kind === 'metaspace' && t.normalized ? t.content.split(style.marker).join(' ') : t.content;
    return t.rstrip === true || SPANS_WORD_START.test(text);
  });
}
