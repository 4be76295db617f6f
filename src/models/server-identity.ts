// What a server says about itself and the model it serves: the response cache's identity, and llama.cpp's slots and context.

import { createHash } from 'node:crypto';

/** What the server said about itself; every field is optional because servers say different things. */
export interface ServerIdentity {
  /** The server software, as far as its routes tell. */
  kind: 'llamacpp' | 'vllm' | 'ollama' | 'unknown';
  /**
   * Stable facts about the model behind the name (file path, size, parameter count, build, template hash,
   * weights digest): part of the response cache's key, and recorded in run.json. Volatile fields are left out.
   */
  fingerprint: Record<string, unknown>;
  /** True when the fingerprint names the weights themselves (a content digest), not only a path or shape. */
  identifiesWeights: boolean;
  /** Context per slot (llama.cpp: /props default_generation_settings.n_ctx), when the server says. */
  contextPerSlot: number | null;
  /** Requests the server computes at once (llama.cpp /props total_slots); more queue inside it. */
  totalSlots: number | null;
}

/** Where the server is and how to reach it. */
export interface IdentityOptions {
  /** Base URL including `/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  headers?: Record<string, string>;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Per-request timeout. @default 10_000 @unit ms */
  timeoutMs?: number;
}

/** Fields of a /v1/models entry that describe the model (not `created`, which vLLM and llama.cpp set to the current time). */
const MODEL_FIELDS = ['owned_by', 'root', 'parent', 'max_model_len', 'meta'] as const;

/**
 * Asks the server what it serves: the model's /v1/models entry, llama.cpp's /props, vLLM's /version,
 * Ollama's /api/tags. Cheap GETs, each allowed to fail; never sends a prompt.
 */
export async function probeServerIdentity(opts: IdentityOptions): Promise<ServerIdentity> {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const root = base.replace(/\/v1$/, '');
  const get = getter(opts);
  const [models, props, version, tags] = await Promise.all([get(`${base}/models`), get(`${root}/props`), get(`${root}/version`), get(`${root}/api/tags`)]);
  const fingerprint: Record<string, unknown> = {};
  let kind: ServerIdentity['kind'] = 'unknown';
  let identifiesWeights = false;

  const entry = Array.isArray(models?.data) ? models.data.find((m: { id?: unknown }) => m?.id === opts.model) : undefined;
  if (entry && typeof entry === 'object') {
    for (const field of MODEL_FIELDS) if (entry[field] !== undefined && entry[field] !== null) fingerprint[`models.${field}`] = entry[field];
  }
  let contextPerSlot: number | null = null;
  let totalSlots: number | null = null;
  if (props && typeof props === 'object' && (props.default_generation_settings || props.total_slots !== undefined)) {
    kind = 'llamacpp';
    contextPerSlot = positive(props.default_generation_settings?.n_ctx) ?? positive(props.n_ctx);
    totalSlots = positive(props.total_slots);
    if (typeof props.model_path === 'string') fingerprint['props.model_path'] = props.model_path;
    if (typeof props.build_info === 'string') fingerprint['props.build_info'] = props.build_info;
    if (typeof props.chat_template === 'string') fingerprint['props.chat_template_sha256'] = createHash('sha256').update(props.chat_template).digest('hex');
    // The context decides what a too-long prompt keeps (context shift): another context, other answers.
    if (contextPerSlot !== null) fingerprint['props.n_ctx'] = contextPerSlot;
  }
  if (kind === 'unknown' && version && typeof version.version === 'string') {
    kind = 'vllm';
    fingerprint['version'] = version.version;
  }
  const tagged = Array.isArray(tags?.models) ? tags.models.find((m: { name?: unknown; model?: unknown }) => ollamaName(m?.name) === ollamaName(opts.model) || ollamaName(m?.model) === ollamaName(opts.model)) : undefined;
  if (tagged && typeof tagged === 'object') {
    kind = 'ollama';
    if (typeof tagged.digest === 'string') {
      fingerprint['ollama.digest'] = tagged.digest;
      identifiesWeights = true;
    }
    if (typeof tagged.size === 'number') fingerprint['ollama.size'] = tagged.size;
  }
  return { kind, fingerprint, identifiesWeights, contextPerSlot, totalSlots };
}

/** `llama3` and `llama3:latest` name the same Ollama model. */
function ollamaName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  return name.includes(':') ? name : `${name}:latest`;
}

/** A JSON GET that yields null on any failure (a missing route, a timeout, a body that is not JSON). */
function getter(opts: IdentityOptions): (url: string) => Promise<any> {
  const fetchImpl = opts.fetch ?? fetch;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return async (url) => {
    try {
      const res = await fetchImpl(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.text();
      if (!res.ok) return null;
      return JSON.parse(text);
    } catch {
      return null;
    }
  };
}

function positive(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}
