// Builds run.json (settings, versions, endpoint, haystack, needles) and checks a folder can be resumed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import type { SweepOptions } from '../config/sweep-options.js';
import type { PreparedHaystack } from '../haystack/index-haystack.js';
import type { Model } from '../models/model.js';
import type { Plan } from '../prompt/plan.js';
import type { RunManifest, TokenizerInfo } from '../types.js';
import { RUN_FORMAT } from './results-store.js';

const require = createRequire(import.meta.url);

/** This package's name and version. */
export function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

/** Installed versions of the dependencies that shape results. */
export function dependencyVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['openai', 'tiktoken', 'chart.js', 'chartjs-node-canvas', 'commander']) {
    try {
      const pkgPath = require.resolve(`${name}/package.json`);
      out[name] = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
    } catch {
      out[name] = 'unknown';
    }
  }
  return out;
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
    },
    haystack: { spec: options.haystack, source: haystack.document.source, tokens: haystack.index.tokens.length, sha256: haystack.sha256 },
    needles: { set: options.needlesFile ?? options.needleSet, count: input.needleCount, sha256: input.needleSha },
    tokenizer: input.tokenizer,
    ...(input.tokenizerInfo ? { tokenizer_info: input.tokenizerInfo } : {}),
    seed: options.seed,
    started_at: input.previous?.started_at ?? new Date().toISOString(),
    ended_at: null,
    state: 'running',
    summary: null,
  };
}

/** Refuses to resume into a folder that holds a different sweep (results would mix). */
export function checkResumable(previous: RunManifest, options: SweepOptions, haystackSha: string): void {
  const differences: string[] = [];
  if (previous.format !== RUN_FORMAT) differences.push(`format ${previous.format} (this version writes ${RUN_FORMAT})`);
  if (previous.seed !== options.seed) differences.push(`seed ${previous.seed} ≠ ${options.seed}`);
  if (previous.tokenizer !== options.tokenizer) differences.push(`tokenizer ${previous.tokenizer} ≠ ${options.tokenizer}`);
  if (previous.model?.id !== (options.model ?? 'baseline')) differences.push(`model ${previous.model?.id} ≠ ${options.model ?? 'baseline'}`);
  if (previous.haystack?.spec !== options.haystack) differences.push(`haystack ${previous.haystack?.spec} ≠ ${options.haystack}`);
  else if (previous.haystack.sha256 !== haystackSha && previous.haystack.source.type === 'files') differences.push('the haystack documents changed');
  if (differences.length > 0) {
    throw new UsageError(`--out ${options.out} holds a different sweep (${differences.join('; ')})`, {
      hint: 'resume with the same settings, or choose another --out',
    });
  }
}
