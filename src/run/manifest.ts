// Builds run.json (settings, versions, endpoint, haystack, needles) and checks a folder can be resumed.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { Model } from '../models/model.js';
import type { ServerIdentity } from '../models/server-identity.js';
import type { Plan } from '../prompt/plan.js';
import { PROMPT_FRAMES } from '../prompt/template.js';
import type { Lang, RunManifest, TokenizerInfo } from '../types.js';
import { sha256 } from '../util/hash.js';
import { RUN_FORMAT } from './results-store.js';
import { SCORER_VERSION } from '../score/version.js';

const require = createRequire(import.meta.url);

/** This package's name and version. */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** Dependencies whose versions shape results: the client, the tokenizer, the charts, the CLI, PDF text. */
const RECORDED_DEPENDENCIES = ['openai', 'tiktoken', 'chart.js', 'chartjs-node-canvas', 'commander', 'pdf-parse'] as const;

/**
 * Installed versions of the dependencies that shape results. Read from each package's own package.json
 * in the node_modules folders Node would search: most packages' `exports` hide `<name>/package.json`
 * from require.resolve, so resolving it fails for openai, tiktoken, chart.js and commander.
 */
export function dependencyVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of RECORDED_DEPENDENCIES) out[name] = installedVersion(name) ?? 'unknown';
  return out;
}

function installedVersion(name: string): string | null {
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = join(dir, name, 'package.json');
    if (!existsSync(file)) continue;
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: unknown };
      if (pkg.name === name && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // An unreadable package.json: try the next folder.
    }
  }
  return null;
}

/** The settings recorded in run.json: everything but secrets. */
export function recordedSettings(options: SweepOptions): Record<string, unknown> {
  const { apiKey: _key, headers, command: _command, ...rest } = options;
  return { ...rest, headers: Object.keys(headers) };
}

/** Assembles run.json for a sweep about to send. */
export function buildManifest(input: {
  options: SweepOptions;
  model: Model;
  haystack: PreparedHaystack;
  plan: Plan;
  needleSha: string;
  /** Distinct needle draws (one per repeat). */
  needleCount: number;
  tokenizer: string;
  /** Files, template and cross-check behind the tokenizer. */
  tokenizerInfo?: TokenizerInfo;
  previous: RunManifest | null;
  /** What the server said about itself and its model. */
  server?: ServerIdentity | null;
}): RunManifest {
  const { options, model, haystack } = input;
  const tool = toolInfo();
  return {
    format: RUN_FORMAT,
    tool: { ...tool, node: process.version, dependencies: dependencyVersions() },
    command: options.command,
    settings: recordedSettings(options),
    model: {
      id: model.id,
      kind: model.kind,
      base_url: model.baseUrl,
      ...(model.kind === 'baseline' ? { note: 'keyword-matching baseline (BM25 over sentences), not a language model' } : {}),
      ...(input.server ? { server: { kind: input.server.kind, fingerprint: input.server.fingerprint } } : {}),
    },
    haystack: { spec: options.haystack, lang: haystack.lang ?? 'en', source: haystack.document.source, tokens: haystack.index.tokens.length, sha256: haystack.sha256 },
    prompt_frame: promptFrameRecord(haystack.lang ?? 'en'),
    needles: { set: options.needlesFile ?? options.needleSet, count: input.needleCount, sha256: input.needleSha },
    tokenizer: input.tokenizer,
    ...(input.tokenizerInfo ? { tokenizer_info: input.tokenizerInfo } : {}),
    scorer: { version: SCORER_VERSION },
    seed: options.seed,
    started_at: input.previous?.started_at ?? new Date().toISOString(),
    ended_at: null,
    state: 'running',
    planned_trials: input.plan.trials.length,
    summary: null,
  };
}

/** The prompt frame of a language as run.json records it: its language and a fingerprint of its texts. */
export function promptFrameRecord(lang: Lang): { lang: Lang; sha256: string } {
  return { lang, sha256: sha256(JSON.stringify(PROMPT_FRAMES[lang])) };
}

/**
 * Refuses to resume into a folder that holds a different sweep (results would mix). `needleSha` is the fingerprint
 * of this sweep's first `previous.needles.count` needle draws (undefined when it draws fewer: nothing to compare).
 */
export function checkResumable(previous: RunManifest, options: SweepOptions, haystackSha: string, needleSha?: string): void {
  const differences: string[] = [];
  if (previous.format !== RUN_FORMAT) differences.push(`format ${previous.format} (this version writes ${RUN_FORMAT})`);
  if (previous.seed !== options.seed) differences.push(`seed ${previous.seed} ≠ ${options.seed}`);
  // run.json's `tokenizer` is a label (`server (llamacpp /apply-template; cut with o200k_base)`); the flag is in settings.
  const previousTokenizer = recordedTokenizer(previous);
  if (previousTokenizer !== options.tokenizer) differences.push(`tokenizer ${previousTokenizer} ≠ ${options.tokenizer}`);
  if (previous.model?.id !== (options.model ?? 'baseline')) differences.push(`model ${previous.model?.id} ≠ ${options.model ?? 'baseline'}`);
  if (previous.haystack?.spec !== options.haystack) differences.push(`haystack ${previous.haystack?.spec} ≠ ${options.haystack}`);
  else if ((previous.haystack.lang ?? 'en') !== (options.lang ?? 'en') && previous.haystack.source.type === 'generated') differences.push(`--lang ${previous.haystack.lang ?? 'en'} ≠ ${options.lang}`);
  else if (previous.haystack.sha256 !== haystackSha && previous.haystack.source.type === 'files') differences.push('the haystack documents changed');
  // Needles drawn differently (another needles file, another version of the templates) would mix two sweeps' trials.
  if (needleSha !== undefined && previous.needles?.sha256 && previous.needles.sha256 !== needleSha) {
    differences.push(`the needles changed (${previous.needles.set}: another file, or another version's templates)`);
  }
  if (differences.length > 0) {
    throw new UsageError(`--out ${options.out} holds a different sweep (${differences.join('; ')})`, {
      hint: 'resume with the same settings, or choose another --out',
    });
  }
}

/** The --tokenizer value a run was made with: its recorded setting, else the first word of the label. */
function recordedTokenizer(manifest: RunManifest): string {
  const setting = manifest.settings?.tokenizer;
  if (typeof setting === 'string') return setting;
  return String(manifest.tokenizer ?? '').split(' ')[0] ?? '';
}

/** Fingerprint fields that name the model itself: another value means other weights (or another template) answered. */
const MODEL_IDENTITY_FIELDS = ['props.model_path', 'props.chat_template_sha256', 'ollama.digest', 'models.root', 'models.meta'];

/**
 * Refuses to resume a run with a server that now serves another model under the same name (its model file, weights
 * digest or template changed): the folder's answers and the new ones would mix two models. The context size may
 * change (that is how overflows are fixed); a build or version change is only reported.
 */
export function checkSameModel(previous: RunManifest, server: { fingerprint: Record<string, unknown> } | null, out: string): string | null {
  const before = previous.model?.server?.fingerprint;
  if (!before || !server) return null;
  const same = (field: string) => JSON.stringify(before[field] ?? null) === JSON.stringify(server.fingerprint[field] ?? null);
  const changed = MODEL_IDENTITY_FIELDS.filter((f) => (f in before || f in server.fingerprint) && !same(f));
  if (changed.length > 0) {
    throw new UsageError(`--out ${out} holds answers of another model behind ${previous.model.id}: the server's ${changed.join(', ')} changed since`, {
      hint: 'choose another --out for the new model (needle compare can then set the two runs side by side)',
    });
  }
  const soft = Object.keys({ ...before, ...server.fingerprint }).filter((f) => !MODEL_IDENTITY_FIELDS.includes(f) && f !== 'props.n_ctx' && !same(f));
  return soft.length > 0 ? `resuming with the server's ${soft.join(', ')} changed since the run started` : null;
}
