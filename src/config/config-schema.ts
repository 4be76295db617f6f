// The config file's shape, derived from the sweep's option table: the zod schema that validates it and the JSON Schema editors read.

import { z } from 'zod';
import { configKey, flagName, SWEEP_FLAGS, type SweepFlagSpec } from './sweep-flags.js';

const scalar = z.union([z.string().trim().min(1), z.number()], { error: 'expected a text or a number' });
const text = z.string({ error: 'expected a text' }).trim().min(1, { error: 'expected a non-empty text' });
const texts = (what: string) => z.union([text, z.array(text).min(1, { error: `expected at least one ${what}` })], { error: `expected a ${what} or a list of them` });

/** What a config value of this option may look like (before the option's own parser checks it). */
function valueSchema(spec: SweepFlagSpec): z.ZodType {
  if (!spec.arg) return z.boolean({ error: 'expected true or false' });
  if (spec.choices) {
    const one = z.enum(spec.choices as [string, ...string[]], { error: `expected one of ${spec.choices.join(', ')}` });
    return spec.config?.matrix ? z.union([one, z.array(one).min(1)], { error: `expected one of ${spec.choices.join(', ')}, or a list of them` }) : one;
  }
  if (spec.config?.map) {
    return z.union([texts('k=v text'), z.record(z.string(), z.union([z.string(), z.number()]))], { error: 'expected k=v texts or a map of names to values' });
  }
  if (spec.repeatable || spec.config?.matrix) return texts('value');
  if (spec.config?.list) return z.union([scalar, z.array(scalar).min(1)], { error: 'expected a count, a value or a list of values' });
  return scalar;
}

/** One option's config schema, carrying its flag's description and default for editors. */
function optionSchema(spec: SweepFlagSpec): z.ZodType {
  const extra = spec.config?.matrix ? ' A list runs one sweep per value (needle run).' : '';
  const meta: Record<string, unknown> = { description: `${spec.description} (same as ${flagName(spec)}).${extra}` };
  if (spec.negate) meta.default = true;
  else if (spec.default !== undefined) meta.default = spec.default;
  return valueSchema(spec).optional().meta(meta);
}

/** Options allowed at the top of a config (every sweep option). */
function settingsShape(filter: (spec: SweepFlagSpec) => boolean): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of SWEEP_FLAGS) if (!spec.alias && filter(spec)) shape[configKey(spec)] = optionSchema(spec);
  return shape;
}

/** Keys of a `models` entry besides the sweep options it may override. */
const modelEntryExtras = {
  name: text.optional().meta({ description: 'label of this model in folder names and tables (default: the model id)' }),
};

/** Thresholds `needle run` checks on every run (those of `needle gate`). */
const gateSchema = z
  .object({
    min_recall: scalar.optional().meta({ description: 'overall recall at least this (same as gate --min-recall)' }),
    min_length_recall: z
      .union([z.record(z.string(), scalar), texts('len=recall text')], { error: 'expected a map of lengths to recall (128k: 0.9) or len=recall texts' })
      .optional()
      .meta({ description: 'recall at a length at least this, e.g. {128k: 0.9} (same as gate --min-length-recall)' }),
    min_cell: scalar.optional().meta({ description: 'recall of the worst cell at least this (same as gate --min-cell)' }),
    effective_length: scalar.optional().meta({ description: 'effective context length at least this many tokens (same as gate --effective-length)' }),
    max_unjudged: scalar.optional().meta({ description: 'largest share of overflow+error trials a judged group may have (same as gate --max-unjudged)', default: '0.5' }),
  })
  .strict();

/** Keys of one `models` entry: every sweep option that may differ between models, plus `name`. */
export const MODEL_ENTRY_KEYS = new Set([...Object.keys(modelEntryExtras), ...SWEEP_FLAGS.filter((s) => !s.alias && !s.config?.shared).map(configKey)]);

/** The config file: every sweep option, `models` (one entry per model), `gate` and `leaderboard`. */
export const configSchema = z
  .object({
    $schema: z.string().optional().meta({ description: 'the JSON Schema of this file (ignored by needle)' }),
    ...settingsShape(() => true),
    models: z
      .array(z.object({ ...settingsShape((s) => !s.config?.shared), ...modelEntryExtras }).strict(), { error: 'expected a list of models' })
      .min(1, { error: 'expected at least one model' })
      .optional()
      .meta({ description: 'the models to sweep, one run per model (× haystack × needle set); each entry overrides the top-level options for its model' }),
    gate: gateSchema.optional().meta({ description: 'thresholds checked on every run; exit 1 when one falls short' }),
    leaderboard: text.optional().meta({ description: 'after needle run, write a leaderboard of its runs into this folder' }),
  })
  .strict();

/** The config as zod reads it. */
export type ConfigFile = z.infer<typeof configSchema>;

/** The JSON Schema of the config file (what `needle schema` prints). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'needle config (needle.config.yaml)', description: 'A needle sweep, or a matrix of sweeps, as a file. Every key is a needle sweep flag in snake_case.' };
}
