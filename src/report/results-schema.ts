// results.json's shape as a zod schema: what the builder must produce, and the JSON Schema `needle schema --results` publishes.

import { z } from 'zod';

/** Format id written into every results.json; bump the number on any incompatible change. */
export const RESULTS_FORMAT = 'needle.results/1';

const interval = z.tuple([z.number(), z.number()]).nullable().meta({ description: '95% interval of recall over ok trials (as summary.md states its method), null without ok trials' });
const counts = z.record(z.string(), z.number().int().nonnegative()).meta({
  description: 'trials by status (ok, overflow, error, and any status a later version adds, e.g. incomplete); only ok trials count toward recall',
});

/** Recall of a group of trials with its counts. */
const group = {
  trials: z.number().int().nonnegative(),
  counts,
  recall: z.number().min(0).max(1).nullable().meta({ description: 'mean score of ok trials; null when the group has none' }),
  interval,
};

export const resultsSchema = z
  .object({
    format: z.literal(RESULTS_FORMAT).meta({ description: 'format name and version of this file' }),
    tool: z.object({ name: z.string(), version: z.string() }).meta({ description: 'the needle that wrote the run' }),
    scorer: z.object({ version: z.string() }).meta({ description: 'version of the scoring rules; runs scored by different versions are not like for like' }),
    run: z.object({
      state: z.string().meta({ description: 'complete, or partial (interrupted, or a shard/merge with trials missing)' }),
      started_at: z.string(),
      ended_at: z.string().nullable(),
      command: z.string().meta({ description: 'the command that reproduces the run' }),
      shard: z.object({ index: z.number().int(), count: z.number().int(), trials: z.number().int(), sweep_trials: z.number().int() }).nullable().meta({ description: 'set when the run is one shard of a sweep' }),
      merged_from: z.number().int().nullable().meta({ description: 'number of shard folders joined by needle merge; null otherwise' }),
    }),
    model: z.object({ id: z.string(), kind: z.string(), base_url: z.string().nullable() }),
    settings: z
      .object({
        haystack: z.object({
          spec: z.string(),
          kind: z.string().meta({ description: 'financial-report, meeting-transcript, or files' }),
          lang: z.enum(['en', 'ja', 'zh']).optional().meta({ description: 'language of the generated document, its needles and the prompt frame (absent in files written before issue #14: en)' }),
          seed: z.number().int().nullable().meta({ description: 'generator seed; null for the user’s files' }),
          tokens: z.number().int(),
          sha256: z.string(),
        }),
        needles: z.object({ set: z.string(), count: z.number().int(), sha256: z.string() }),
        tokenizer: z.string().meta({ description: 'the tokenizer lengths are counted in' }),
        seed: z.number().int(),
        lengths: z.array(z.number().int()).meta({ description: 'prompt lengths in tokens of the tokenizer' }),
        depths: z.array(z.number()),
        repeats: z.number().int(),
        multi: z.number().int(),
        multi_mode: z.string(),
        distractors: z.number().int(),
        threshold: z.number().meta({ description: 'recall the absolute effective length must keep' }),
        temperature: z.number().nullable(),
        max_output_tokens: z.number().int().nullable(),
      })
      .meta({ description: 'what was measured, as run.json records it' }),
    overall: z.object(group),
    by_length: z.array(z.object({ length: z.number().int(), ...group })),
    by_depth: z.array(z.object({ depth: z.number(), ...group })),
    cells: z.array(z.object({ length: z.number().int(), depth: z.number(), ...group })),
    outcomes: z.record(z.string(), z.number().int().nonnegative()).meta({ description: 'ok trials by outcome (correct, partial, distractor, not_found, wrong, …)' }),
    effective_length: z.object({
      absolute: z.object({ threshold: z.number(), length: z.number().int().nullable() }).meta({
        description: 'longest length such that it and every shorter one keep recall ≥ threshold; null when even the shortest does not',
      }),
      relative: z
        .object({ ratio: z.number(), base_length: z.number().int(), base_recall: z.number(), length: z.number().int().nullable() })
        .nullable()
        .meta({ description: 'longest length such that it and every shorter one keep recall ≥ ratio × the recall at the shortest length (base_recall); null without ok trials at the shortest length' }),
    }),
    tokens: z.object({
      prompt: z.number().int().meta({ description: 'prompt tokens sent (the server’s count where it gave one, else ours)' }),
      completion: z.number().int(),
      cached: z.number().int().meta({ description: 'prompt tokens the server said it served from its prefix cache' }),
      trials_from_cache: z.number().int().meta({ description: 'trials answered from needle’s response cache (nothing sent)' }),
    }),
    cost: z
      .object({ price_in: z.number(), price_out: z.number(), batch: z.boolean(), amount: z.number() })
      .nullable()
      .meta({ description: 'spend from the run’s prices per million tokens (batch at half price); null without prices' }),
    control: z.object({ trials: z.number().int(), ok: z.number().int(), accuracy: z.number().nullable() }).nullable(),
    judge: z.record(z.string(), z.number()).nullable(),
  })
  .meta({ title: 'needle results.json', description: 'One run of needle: settings, recall by length, depth and cell with intervals, effective lengths, outcome and status counts, tokens and cost.' });

/** results.json, as written. */
export type ResultsFile = z.infer<typeof resultsSchema>;

/** The JSON Schema of results.json (`needle schema --results`). */
export function resultsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(resultsSchema, { target: 'draft-7' }) as Record<string, unknown>;
}
