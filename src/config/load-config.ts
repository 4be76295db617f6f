// Reads needle.config.yaml (or JSON): parsed with line positions, validated by the config schema and by each option's own parser.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { sha256 } from '../util/hash.js';
import { configSchema, MODEL_ENTRY_KEYS, type ConfigFile } from './config-schema.js';
import { configKey, SWEEP_FLAGS, type SweepFlags, type SweepFlagSpec } from './sweep-flags.js';

/** The config file read when no `--config` is given, if it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = 'needle.config.yaml';

/** A config file, validated. */
export interface LoadedConfig {
  /** The path as given. */
  file: string;
  sha256: string;
  data: ConfigFile;
  /** `file:line:col` of a key path (the key itself with `atKey`), or just the file when it cannot be placed. */
  locate(path: ReadonlyArray<string | number>, atKey?: boolean): string;
}

/** A key path as written in messages: `models[2].base_url`. */
export function keyPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

const HINT = 'needle schema prints every key with its meaning; needle init writes a commented example';

/** Reads and validates a config file; every problem is a UsageError naming the file, the line and the key. */
export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read config ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`, {
      hint: 'needle init writes a starter needle.config.yaml',
    });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const where = (offset: number | undefined) => {
    if (offset === undefined) return file;
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new UsageError(`${where(e.pos[0])}: not valid YAML or JSON: ${e.message.split('\n')[0]}`, { hint: HINT });
  }
  const locate = (path: ReadonlyArray<string | number>, atKey = false) => where(nodeAt(doc.contents as Node | null, path, atKey));
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UsageError(`${where(0)}: a config is a map of options (max: 128k, models: […]), not ${Array.isArray(raw) ? 'a list' : typeof raw}`, { hint: HINT });
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const messages = parsed.error.issues.slice(0, 8).map((issue) => describeIssue(issue, locate));
    throw new UsageError(messages.join('\n'), { hint: HINT });
  }
  const data = parsed.data;
  // Each value through its flag's own parser, so a config value means and accepts exactly what its flag does.
  checkValues(data as Record<string, unknown>, [], locate);
  (data.models ?? []).forEach((entry, i) => checkValues(entry as Record<string, unknown>, ['models', i], locate));
  return { file, sha256: sha256(text), data, locate };
}

/** One zod issue as `file:line:col: key.path: problem`. */
function describeIssue(issue: z.core.$ZodIssue, locate: LoadedConfig['locate']): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const path = [...issue.path, key] as Array<string | number>;
        const known = issue.path.length === 0 ? topLevelKeys() : issue.path[0] === 'models' ? [...MODEL_ENTRY_KEYS] : [];
        const near = closest(key, known);
        const inModel = issue.path[0] === 'models' && !near && topLevelKeys().includes(key) ? ' (it applies to every model: set it at the top level)' : '';
        return `${locate(path, true)}: ${keyPath(path)}: unknown key${near ? ` (did you mean ${near}?)` : inModel}`;
      })
      .join('\n');
  }
  const path = issue.path as Array<string | number>;
  return `${locate(path)}: ${keyPath(path) || '(top level)'}: ${issue.message}`;
}

function topLevelKeys(): string[] {
  return Object.keys(configSchema.shape);
}

/** The known key a typo most likely meant (edit distance ≤ 2, or a dash for an underscore). */
function closest(key: string, known: readonly string[]): string | null {
  const normalized = key.replace(/-/g, '_').toLowerCase();
  if (known.includes(normalized)) return normalized;
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(normalized, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Offset of the node at a key path (of its key with `atKey`); the deepest node found when the path runs out. */
function nodeAt(root: Node | null, path: ReadonlyArray<string | number>, atKey: boolean): number | undefined {
  let node: Node | null = root;
  let offset = root?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (atKey && i === path.length - 1) return keyNode?.range?.[0] ?? offset;
      node = (pair.value as Node | null) ?? null;
      offset = node?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as Node | undefined) ?? null;
      if (!node) break;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** The raw flag value(s) of a config value: texts as the command line would give them. */
export function rawValues(spec: SweepFlagSpec, value: unknown): string[] {
  if (typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.map(String);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}=${String(v)}`);
  return [String(value)];
}

function checkValues(values: Record<string, unknown>, at: Array<string | number>, locate: LoadedConfig['locate']): void {
  for (const spec of SWEEP_FLAGS) {
    const value = values[configKey(spec)];
    if (value === undefined || !spec.parse) continue;
    const path = [...at, configKey(spec)];
    const label = keyPath(path);
    // A list option (lengths: [8k, 32k]) is checked joined, as the flag would see it; others value by value.
    const raws = spec.config?.list && Array.isArray(value) ? [value.map(String).join(',')] : rawValues(spec, value);
    raws.forEach((raw, i) => {
      try {
        spec.parse!(raw, label);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        const itemPath = Array.isArray(value) && !spec.config?.list ? [...path, i] : path;
        throw new UsageError(`${locate(itemPath)}: ${error.message}`, { hint: error.hint });
      }
    });
  }
}

/** A path written in the config, as seen from the working directory (relative paths are read from the config's folder). */
export function configPath(config: LoadedConfig, value: string): string {
  if (isAbsolute(value)) return value;
  const full = resolve(dirname(config.file), value);
  const rel = relative(process.cwd(), full);
  // Shown relative to the working directory when it lies below it, else absolute.
  return rel === '' ? '.' : rel.startsWith('..') ? full : rel;
}

/** The config's top-level values (and one model entry's) as raw flags, paths resolved. Matrix options stay lists. */
export function configFlags(config: LoadedConfig, values: Record<string, unknown>, isKind: (spec: string) => boolean): Partial<Record<keyof SweepFlags, string | boolean | string[]>> {
  const out: Partial<Record<keyof SweepFlags, string | boolean | string[]>> = {};
  for (const spec of SWEEP_FLAGS) {
    const value = values[configKey(spec)];
    if (value === undefined) continue;
    if (!spec.arg) {
      out[spec.name] = value as boolean;
      continue;
    }
    let raws = spec.config?.list && Array.isArray(value) ? [value.map(String).join(',')] : rawValues(spec, value);
    if (spec.config?.path) raws = raws.map((r) => (isKind(r) ? r : configPath(config, r)));
    out[spec.name] = spec.repeatable || spec.config?.matrix ? raws : raws[0]!;
  }
  return out;
}
