// A disk cache of model responses keyed by everything that determines them, so reruns send nothing already answered.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ChatMessage } from '../types.js';

/** A cached completion. */
export interface CachedResponse {
  text: string;
  finishReason: string | null;
  usage: { promptTokens: number | null; completionTokens: number | null; cachedTokens: number | null; reasoningTokens?: number | null };
  /** ISO time the response was received. */
  created: string;
  /** Reasoning returned beside the content, the API's refusal, tools called (absent in entries of earlier versions). */
  reasoning?: string | null;
  refusal?: string | null;
  toolCalls?: string[] | null;
}

/** What determines a response. */
export interface CacheKeyParts {
  baseUrl: string | null;
  model: string;
  /**
   * What the server says about the model behind the name (path, size, build, weights digest…): another
   * model served under the same URL and name gets other keys, as far as the server tells them apart.
   */
  server?: Record<string, unknown>;
  /** Request parameters that change the answer (temperature, max output tokens, …). */
  params: Record<string, unknown>;
  messages: ChatMessage[];
}

/** Where and how long responses are kept. */
export interface ResponseCacheOptions {
  /** Folder of the cache. @default $NEEDLE_CACHE_DIR, else ~/.cache/needle/responses */
  dir?: string;
  /** Entries older than this are misses (a hosted model behind a name changes over time). @default no expiry @unit ms */
  ttlMs?: number;
  /** Current time in ms, for the TTL. @default Date.now */
  now?: () => number;
}

/** A response cache on disk: one JSON file per key in two-character shard folders. */
export interface ResponseCache {
  readonly dir: string;
  /** SHA-256 (hex) of the key parts; object keys are sorted, so their order never matters. */
  key(parts: CacheKeyParts): string;
  /** The cached response, or null when absent, unreadable or expired. */
  get(key: string): CachedResponse | null;
  /** Stores a response atomically (readers never see half a file). */
  put(key: string, value: CachedResponse): void;
}

/** Version of the key derivation and file format; bump to invalidate every entry. 2: keys include the server's identity. */
const CACHE_VERSION = 2;

/** The default cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEEDLE_CACHE_DIR && env.NEEDLE_CACHE_DIR.trim() !== ''
    ? env.NEEDLE_CACHE_DIR
    : join(homedir(), '.cache', 'needle', 'responses');
}

/** Opens (lazily creates) a response cache. */
export function createResponseCache(opts: ResponseCacheOptions = {}): ResponseCache {
  const dir = opts.dir ?? defaultCacheDir();
  const now = opts.now ?? Date.now;
  const pathOf = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`invalid response cache key: ${key}`);
    return join(dir, key.slice(0, 2), `${key}.json`);
  };
  return {
    dir,
    key(parts: CacheKeyParts): string {
      const canonical = stableStringify({ v: CACHE_VERSION, baseUrl: parts.baseUrl, model: parts.model, server: parts.server ?? {}, params: parts.params, messages: parts.messages });
      return createHash('sha256').update(canonical).digest('hex');
    },
    get(key: string): CachedResponse | null {
      let raw: string;
      try {
        raw = readFileSync(pathOf(key), 'utf8');
      } catch {
        return null;
      }
      const value = parseEntry(raw);
      if (!value) return null;
      if (opts.ttlMs !== undefined) {
        const created = Date.parse(value.created);
        if (Number.isNaN(created) || now() - created > opts.ttlMs) return null;
      }
      return value;
    },
    put(key: string, value: CachedResponse): void {
      const file = pathOf(key);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(tmp, JSON.stringify({ v: CACHE_VERSION, ...value }));
        renameSync(tmp, file);
      } catch (error) {
        rmSync(tmp, { force: true });
        throw error;
      }
    },
  };
}

/** A cache file's entry, or null when it is not one (truncated, hand-edited, another version). */
function parseEntry(raw: string): CachedResponse | null {
  let json: any;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || json.v !== CACHE_VERSION) return null;
  const u = json.usage;
  const countOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
  if (typeof json.text !== 'string' || typeof json.created !== 'string') return null;
  if (!(json.finishReason === null || typeof json.finishReason === 'string')) return null;
  if (!u || typeof u !== 'object' || !countOrNull(u.promptTokens) || !countOrNull(u.completionTokens) || !countOrNull(u.cachedTokens)) return null;
  return {
    text: json.text,
    finishReason: json.finishReason,
    usage: {
      promptTokens: u.promptTokens,
      completionTokens: u.completionTokens,
      cachedTokens: u.cachedTokens,
      ...(typeof u.reasoningTokens === 'number' ? { reasoningTokens: u.reasoningTokens } : {}),
    },
    created: json.created,
    ...(typeof json.reasoning === 'string' ? { reasoning: json.reasoning } : {}),
    ...(typeof json.refusal === 'string' ? { refusal: json.refusal } : {}),
    ...(Array.isArray(json.toolCalls) ? { toolCalls: json.toolCalls.map(String) } : {}),
  };
}

/** JSON with object keys sorted at every level (undefined members dropped, as JSON.stringify does). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && (value as object).constructor === Object) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}
