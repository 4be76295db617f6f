// Expands a config (and the command line, which overrides it) into sweeps: model × haystack × needle set, each with its flags and run folder.

import { basename, extname } from 'node:path';
import { UsageError } from '../errors.js';
import { configFlags, keyPath, type LoadedConfig } from './load-config.js';
import { formatShardFolder } from './shard-folder.js';
import { SWEEP_FLAGS, type SweepFlags } from './sweep-flags.js';

/** Run folder pattern of `needle run` when the config names none. */
export const DEFAULT_OUT_PATTERN = 'reports/{model}/{haystack}-{needles}';

/** Placeholders of an `out` pattern. */
export const OUT_PLACEHOLDERS = ['model', 'haystack', 'needles', 'shard'] as const;

/** The command line's flags, and which of them the user typed (those override the config). */
export interface CommandLineFlags {
  flags: SweepFlags;
  explicit: ReadonlySet<keyof SweepFlags>;
}

/** One sweep of a matrix, ready for resolveSweepOptions. */
export interface PlannedSweep {
  /** Label of the model (a models entry's `name`, else its model id, else `baseline`). */
  model: string;
  /** The haystack's label: its kind (with `-ja`/`-zh` for another language than English), or its file or folder name. */
  haystack: string;
  needles: string;
  /** Where it comes from, for messages: `models[1] (qwen) × meeting-transcript × mixed`. */
  where: string;
  flags: SweepFlags;
}

type RawFlags = Partial<Record<keyof SweepFlags, string | boolean | string[]>>;

/**
 * The sweeps a config describes. Precedence per option: the command line (typed flags), the model's entry,
 * the config's top level, the flag's default. A model, haystack or needle set typed on the command line
 * replaces that whole dimension of the matrix.
 */
export function expandSweeps(config: LoadedConfig | null, cli: CommandLineFlags, isKind: (spec: string) => boolean, opts: { defaultOut?: string } = {}): PlannedSweep[] {
  const data = (config?.data ?? {}) as Record<string, unknown>;
  const top: RawFlags = config ? configFlags(config, data, isKind) : {};
  const typed = (name: keyof SweepFlags) => cli.explicit.has(name);

  const entries: Array<{ raw: RawFlags; name?: string; index: number | null }> =
    typed('model') || typed('baseUrl') || !config?.data.models
      ? [{ raw: {}, index: null }]
      : config.data.models.map((m, index) => ({ raw: configFlags(config, m as Record<string, unknown>, isKind), name: m.name, index }));
  if (config?.data.models && data.model !== undefined && !typed('model')) {
    throw new UsageError(`${config.locate(['model'], true)}: model: give either model (one model) or models (a list), not both`);
  }

  const list = (name: keyof SweepFlags): string[] | undefined => {
    if (typed(name)) return [cli.flags[name] as string];
    const v = top[name];
    return v === undefined ? undefined : (v as string[]);
  };
  const haystacks = list('haystack') ?? [cli.flags.haystack];
  const langs = list('lang') ?? [cli.flags.lang ?? 'en'];
  const files = list('needles');
  const sets = typed('needles') ? undefined : list('needleSet');
  const needleChoices: Array<{ needles?: string; needleSet?: string }> = [
    ...(files ?? []).map((f) => ({ needles: f })),
    ...(sets ?? (files ? [] : [cli.flags.needleSet])).map((s) => ({ needleSet: s })),
  ];

  const pattern = typed('out') ? cli.flags.out : ((top.out as string | undefined) ?? opts.defaultOut);
  const sweeps: PlannedSweep[] = [];
  for (const entry of entries) {
    for (const haystack of haystacks) {
      for (const lang of langs) {
        // A list of languages applies to the generated haystacks: a user's documents are read once, as they are.
        if (langs.length > 1 && !isKind(haystack) && lang !== langs[0]) continue;
        for (const choice of needleChoices) {
          const flags = { ...cli.flags } as Record<string, unknown>;
          for (const spec of SWEEP_FLAGS) {
            if (typed(spec.name) || spec.config?.matrix) continue;
            const v = entry.raw[spec.name] ?? top[spec.name];
            if (v !== undefined) flags[spec.name] = v;
          }
          flags.haystack = haystack;
          flags.lang = isKind(haystack) ? lang : langs.length > 1 ? 'en' : lang;
          flags.needles = choice.needles;
          flags.needleSet = choice.needleSet ?? cli.flags.needleSet;
          const f = flags as unknown as SweepFlags;
          const model = entry.name ?? f.model ?? 'baseline';
          const needles = choice.needles ? stem(choice.needles) : f.needleSet;
          const haystackLabel = label(haystack, isKind, f.lang);
          const where = [entry.index === null ? null : `models[${entry.index}]${entry.name ? ` (${entry.name})` : ''}`, haystackLabel, needles].filter(Boolean).join(' × ');
          // A folder typed on the command line is taken as typed (placeholders filled); one from the config or the
          // default pattern also gets the shard's suffix, so shards of one config never share a folder.
          if (pattern !== undefined) f.out = fillPattern(pattern, { model, haystack: haystackLabel, needles, shard: f.shard }, { suffixShard: !typed('out') });
          sweeps.push({ model, haystack: haystackLabel, needles, where, flags: f });
        }
      }
    }
  }
  checkDistinctFolders(sweeps, pattern, config);
  return sweeps;
}

/** A haystack's label: its kind (`meeting-transcript-ja` in another language than English), or its file or folder name. */
function label(haystack: string, isKind: (spec: string) => boolean, lang = 'en'): string {
  return isKind(haystack) ? (lang === 'en' ? haystack : `${haystack}-${lang}`) : stem(haystack);
}

function stem(path: string): string {
  const base = basename(path.replace(/[/\\]+$/, ''));
  return base.slice(0, base.length - extname(base).length) || base;
}

/** Fills `{model}`, `{haystack}`, `{needles}`, `{shard}`; a shard run gets `-shard-i-of-n` even without `{shard}`. */
export function fillPattern(pattern: string, values: { model: string; haystack: string; needles: string; shard?: string }, opts: { suffixShard?: boolean } = {}): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  const shard = values.shard ? formatShardFolder(values.shard) : '';
  let out = pattern.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === 'shard') return shard;
    const v = (values as Record<string, string | undefined>)[key];
    if (v === undefined) throw new UsageError(`out "${pattern}": unknown placeholder ${whole}`, { hint: `placeholders: ${OUT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
    return safe(v);
  });
  if (shard && opts.suffixShard !== false && !pattern.includes('{shard}')) out = `${out.replace(/[/\\]+$/, '')}-${shard}`;
  return out;
}

function checkDistinctFolders(sweeps: PlannedSweep[], pattern: string | undefined, config: LoadedConfig | null): void {
  if (sweeps.length < 2) return;
  const seen = new Map<string, PlannedSweep>();
  for (const s of sweeps) {
    const prior = seen.get(s.flags.out ?? '');
    if (prior && s.flags.out !== undefined) {
      const at = config && (config.data as Record<string, unknown>).out !== undefined ? `${config.locate(['out'])}: ${keyPath(['out'])}` : '--out';
      throw new UsageError(`${at} "${pattern}" gives one run folder (${s.flags.out}) to two sweeps: ${prior.where} and ${s.where}`, {
        hint: `use placeholders so each sweep has its own folder, e.g. out: ${DEFAULT_OUT_PATTERN}`,
      });
    }
    seen.set(s.flags.out ?? '', s);
  }
}
