// Flags (and environment) → SweepOptions for `needle sweep`, `needle run` and `needle export`: every error names its flag.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { parseChoice, resolveLengths, type Spacing } from '../config/parse-values.js';
import { parseShard } from '../config/parse-shard.js';
import { parseFlag, type SweepFlags } from '../config/sweep-flags.js';
import { SWEEP_DEFAULTS, type NeedleSetName, type SweepOptions } from '../config/sweep-options.js';
import { isHaystackKind } from '../haystack/prepare-haystack.js';
import { langsOf } from '../haystack/generators.js';
import type { Lang } from '../types.js';
import { loadNeedleFile } from '../needles/load-needle-file.js';
import { readManifest } from '../run/results-store.js';
import { isModelTokenizer } from '../tokenize/create-tokenizer.js';

/** Resolves flags (and environment) into SweepOptions; every error names its flag. */
export function resolveSweepOptions(flags: SweepFlags, env: NodeJS.ProcessEnv, argv: string[], now = new Date(), { offline = false } = {}): SweepOptions {
  const max = parseFlag<number>('max', flags.max);
  const min = parseFlag<number>('min', flags.min);
  const spacing = parseChoice(flags.spacing, '--spacing', ['log', 'linear'] as const) as Spacing;
  const lengths = resolveLengths(flags.lengths, Math.min(min, max), max, spacing);
  if (min > max && !flags.lengths.includes(',')) throw new UsageError(`--min (${flags.min}) is longer than --max (${flags.max})`);
  const depths = parseFlag<number[]>('depths', flags.depths);
  const urls = (flags.baseUrl.length > 0 ? flags.baseUrl : env.OPENAI_BASE_URL ? [env.OPENAI_BASE_URL] : [])
    .flatMap((u) => u.split(','))
    .map((u) => u.trim())
    .filter((u) => u !== '');
  for (const url of urls) parseFlag('baseUrl', url);
  const baseUrl = urls[0] ?? null;
  if (flags.batch && !baseUrl) throw new UsageError('--batch needs --base-url (the Batch API of OpenAI or a compatible provider)');
  const model = flags.model ?? null;
  if (baseUrl && !model) throw new UsageError('--model is required with --base-url (or OPENAI_BASE_URL)', { hint: 'name the model as the server knows it, e.g. --model llama3.1:8b' });
  if (!baseUrl && model && model !== 'baseline' && !offline) {
    throw new UsageError(`--model ${model} needs --base-url (or OPENAI_BASE_URL)`, { hint: 'without an endpoint, omit --model to run the keyword baseline' });
  }
  const needleSet = parseFlag<NeedleSetName>('needleSet', flags.needleSet);
  if (!isHaystackKind(flags.haystack) && flags.haystack.trim() === '') throw new UsageError('--haystack is empty');
  const lang = checkLang(flags.haystack, parseFlag<Lang>('lang', flags.lang ?? SWEEP_DEFAULTS.lang));
  const tokenizer = parseFlag<string>('tokenizer', flags.tokenizer);
  const chatTemplate = flags.chatTemplate === undefined ? null : parseFlag<string>('chatTemplate', flags.chatTemplate);
  if (chatTemplate !== null && !isModelTokenizer(tokenizer)) {
    throw new UsageError("--chat-template needs the model's own tokenizer", { hint: 'with --tokenizer hf:<model folder> or a preset' });
  }
  const shard = flags.shard === undefined ? null : parseShard(flags.shard, '--shard', env);
  const modelName = model ?? 'baseline';
  const shardSuffix = shard ? `-shard-${shard.index}-of-${shard.count}` : '';
  const out = flags.out ?? join('reports', `${stamp(now)}-${modelName.replace(/[^A-Za-z0-9._-]+/g, '_')}${shardSuffix}`);
  const previous = existsSync(out) ? readManifest(out) : null;
  if (shard && flags.seed === undefined && previous?.seed === undefined) {
    throw new UsageError('--shard needs --seed: every shard must build the same haystack and needles', { hint: `e.g. --shard ${shard.index}/${shard.count} --seed 2026 on every shard` });
  }
  // Resuming without --seed takes the recorded one; a new run draws one (printed and recorded).
  const seed = flags.seed !== undefined ? parseFlag<number>('seed', flags.seed) : (previous?.seed ?? Math.floor(Math.random() * 1_000_000));
  const headers: Record<string, string> = {};
  for (const h of flags.header) {
    const [name, value] = parseFlag<[string, string]>('header', h);
    headers[name] = value;
  }
  // With a needles file and no --repeats, every needle of the file is used once per cell.
  const repeats = flags.repeats !== undefined ? parseFlag<number>('repeats', flags.repeats) : flags.needles ? loadNeedleFile(flags.needles).length : SWEEP_DEFAULTS.repeats;
  const optional = (name: keyof SweepFlags): number | null => (flags[name] === undefined ? null : parseFlag<number>(name, flags[name] as string));
  return {
    lengths,
    depths,
    min,
    max,
    spacing,
    model: modelName === 'baseline' && !baseUrl ? null : modelName,
    baseUrl,
    extraBaseUrls: urls.slice(1),
    apiKey: env[flags.apiKeyEnv] ?? null,
    cache: flags.cache === true,
    cacheTtlMs: parseFlag<number | null>('cacheTtl', flags.cacheTtl ?? '7d'),
    rpm: optional('rpm'),
    tpm: optional('tpm'),
    priceIn: optional('priceIn'),
    priceOut: optional('priceOut'),
    budget: optional('budget'),
    batch: flags.batch,
    ollamaNative: flags.ollamaNative,
    haystack: flags.haystack,
    lang,
    needlesFile: flags.needles ?? null,
    needleSet,
    seed,
    tokenizer,
    chatTemplate,
    concurrency: parseFlag<number>('concurrency', flags.concurrency),
    repeats,
    distractors: parseFlag<number>('distractors', flags.distractors),
    multi: parseFlag<number>('multi', flags.multi),
    multiMode: parseChoice(flags.multiMode, '--multi-mode', ['value', 'key'] as const),
    control: flags.control,
    judgeModel: flags.judgeModel ?? null,
    judgeBaseUrl: flags.judgeBaseUrl === undefined ? null : parseFlag<string>('judgeBaseUrl', flags.judgeBaseUrl),
    judgeMode: parseChoice(flags.judge ?? 'undecided', '--judge', ['undecided', 'all'] as const),
    threshold: parseFlag<number>('threshold', flags.threshold),
    temperature: parseFlag<number>('temperature', flags.temperature),
    maxOutputTokens: flags.maxOutputTokens === undefined ? SWEEP_DEFAULTS.maxOutputTokens : parseFlag<number>('maxOutputTokens', flags.maxOutputTokens),
    maxOutputTokensAuto: flags.maxOutputTokens === undefined,
    out,
    timeoutMs: parseFlag<number>('timeout', flags.timeout) * 1000,
    maxRetries: parseFlag<number>('maxRetries', flags.maxRetries),
    retryErrors: flags.retryErrors,
    headers,
    shard,
    command: reproduceCommand(argv, seed, out),
  };
}

/**
 * The language of a sweep, checked before anything is built or sent: a kind must be generated in it, and a user's
 * own documents are read as they are (no `--lang`).
 */
export function checkLang(haystack: string, lang: Lang): Lang {
  if (isHaystackKind(haystack)) {
    if (!langsOf(haystack).includes(lang)) {
      throw new UsageError(`--lang ${lang}: no ${haystack} generator in that language yet (${haystack} is generated in ${langsOf(haystack).join(', ')})`);
    }
  } else if (lang !== 'en') {
    throw new UsageError(`--lang ${lang} applies to generated haystacks (financial-report, meeting-transcript), not to your own documents`, {
      hint: 'drop --lang: your documents are read as they are, whatever their language',
    });
  }
  return lang;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** The command as typed, with the seed and run folder made explicit (keys never appear in flags). */
function reproduceCommand(argv: string[], seed: number, out: string): string {
  const args = argv.slice();
  const has = (flag: string) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
  if (!has('--seed')) args.push('--seed', String(seed));
  if (!has('--out') && !has('-o')) args.push('--out', out);
  return ['needle', ...args.map(shellQuote)].join(' ');
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

