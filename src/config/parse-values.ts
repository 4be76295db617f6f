// Parsers for flag values (lengths, depths, counts, lists); each error names the flag and what it accepts.

import { UsageError } from '../errors.js';

const LENGTH_RE = /^(\d+(?:\.\d+)?)\s*([km]?)$/i;

/** Parses a token length: `4096`, `8k`, `128k`, `1m`, `1.5m` (k = 1,000, m = 1,000,000). */
export function parseLength(value: string, flag = '--max'): number {
  const m = LENGTH_RE.exec(value.trim());
  const bad = () =>
    new UsageError(`${flag} "${value}" is not a token length`, {
      hint: 'lengths are whole token counts like 4096, or with k/m suffixes like 8k, 128k, 1m, 1.5m (k = 1,000, m = 1,000,000)',
    });
  if (!m) throw bad();
  const unit = m[2]!.toLowerCase();
  const n = Number(m[1]) * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1);
  if (!Number.isFinite(n) || !Number.isInteger(Math.round(n * 1000) / 1000) || n < 1) throw bad();
  if (!Number.isInteger(n)) {
    throw new UsageError(`${flag} "${value}" is not a whole number of tokens`, { hint: 'use e.g. 1.5k (=1500) or 1500' });
  }
  if (n < 256) throw new UsageError(`${flag} "${value}" is too short: lengths start at 256 tokens`, { hint: 'use e.g. 1k or more' });
  return n;
}

/** Parses a positive integer flag value. */
export function parseCount(value: string, flag: string, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} "${value}" is not a whole number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'up' : max}`);
  }
  return n;
}

/** Parses a number flag value within a range. */
export function parseNumber(value: string, flag: string, { min = -Infinity, max = Infinity } = {}): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    const range = Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : Number.isFinite(min) ? ` of at least ${min}` : '';
    throw new UsageError(`${flag} "${value}" is not a number${range}`);
  }
  return n;
}

/** Parses an integer seed (any non-negative integer up to 2^32 − 1). */
export function parseSeed(value: string, flag = '--seed'): number {
  return parseCount(value, flag, { min: 0, max: 0xffffffff });
}

/** Checks a base URL is http(s) (the OpenAI client needs one, including /v1). */
export function parseBaseUrl(value: string, flag = '--base-url'): string {
  if (!/^https?:\/\/[^\s/]+/.test(value)) throw new UsageError(`${flag} "${value}" is not an http(s) URL`, { hint: 'e.g. --base-url http://127.0.0.1:8000/v1' });
  return value;
}

/** Parses a `k=v` HTTP header. */
export function parseHeader(value: string, flag = '--header'): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`${flag} "${value}" is not k=v`, { hint: 'e.g. --header X-Team=research' });
  return [value.slice(0, eq).trim(), value.slice(eq + 1)];
}

/** Spacing of lengths generated from a count. */
export type Spacing = 'linear' | 'log';

/** Rounds a generated length to a readable value: whole thousands from 10K, hundreds from 1K. */
function roundLength(n: number): number {
  if (n >= 10_000) return Math.round(n / 1000) * 1000;
  if (n >= 1_000) return Math.round(n / 100) * 100;
  return Math.round(n);
}

/**
 * Resolves `--lengths`: a count of lengths from min to max (both included, spaced by `spacing`),
 * or an explicit comma list like `8k,16k,32k`.
 */
export function resolveLengths(value: string, min: number, max: number, spacing: Spacing, flag = '--lengths'): number[] {
  if (min > max) throw new UsageError(`--min (${min}) is larger than --max (${max})`);
  const trimmed = value.trim();
  // A bare number above 100 is a length, not a count of lengths.
  if (trimmed.includes(',') || /[km]$/i.test(trimmed) || (/^\d+$/.test(trimmed) && Number(trimmed) > 100)) {
    const list = trimmed.split(',').filter((s) => s.trim() !== '').map((s) => parseLength(s, flag));
    if (list.length === 0) throw new UsageError(`${flag} "${value}" lists no lengths`);
    return [...new Set(list)].sort((a, b) => a - b);
  }
  const count = parseCount(trimmed, flag, { min: 1, max: 100 });
  if (count === 1 || min === max) return [max];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = i / (count - 1);
    const raw = spacing === 'log' ? Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min))) : min + t * (max - min);
    out.push(i === 0 ? min : i === count - 1 ? max : roundLength(raw));
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Resolves `--depths`: a count evenly spaced over 0–100 inclusive, or a comma list of percents. */
export function resolveDepths(value: string, flag = '--depths'): number[] {
  const trimmed = value.trim();
  if (trimmed.includes(',') || trimmed.includes('.') || trimmed.endsWith('%')) {
    const list = trimmed
      .split(',')
      .filter((s) => s.trim() !== '')
      .map((s) => parseNumber(s.trim().replace(/%$/, ''), flag, { min: 0, max: 100 }));
    if (list.length === 0) throw new UsageError(`${flag} "${value}" lists no depths`);
    return [...new Set(list)].sort((a, b) => a - b);
  }
  const count = parseCount(trimmed, flag, { min: 1, max: 101 });
  if (count === 1) return [50];
  return Array.from({ length: count }, (_, i) => Math.round((i * 100 * 10) / (count - 1)) / 10);
}

/** Parses a `--flag` choice against its accepted values. */
export function parseChoice<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} "${value}" is not one of ${choices.join(', ')}`);
}

const DURATION_RE = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/i;
const DURATION_UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a duration like `90s`, `30m`, `12h`, `7d` into milliseconds; `never` gives null (no limit). */
export function parseDuration(value: string, flag: string): number | null {
  const text = value.trim().toLowerCase();
  if (text === 'never' || text === 'forever') return null;
  const m = DURATION_RE.exec(text);
  if (!m) throw new UsageError(`${flag} "${value}" is not a duration`, { hint: 'e.g. 30m, 12h, 7d (s, m, h, d), or never' });
  const ms = Number(m[1]) * DURATION_UNITS[m[2]!]!;
  if (!(ms > 0)) throw new UsageError(`${flag} "${value}" must be longer than 0`, { hint: 'e.g. 12h or 7d' });
  return ms;
}
