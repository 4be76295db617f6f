// Fixture run for the report tests: a 3-length × 3-depth grid with overflow, error, mixed cells and a hostile response.

import type { RunManifest, TrialRecord } from '../../../src/types.js';

/** One trial record with sensible defaults. */
export function record(fields: Partial<TrialRecord> & Pick<TrialRecord, 'length' | 'depth'>): TrialRecord {
  const status = fields.status ?? 'ok';
  const score = status === 'ok' ? (fields.score ?? 1) : null;
  return {
    trial_id: `t-${fields.length}-${fields.depth}-${fields.repeat ?? 0}`,
    repeat: 0,
    status,
    score,
    outcome: status === 'ok' ? (score === 1 ? 'correct' : score === 0 ? 'not_found' : 'partial') : null,
    prompt_tokens: fields.length,
    usage_prompt_tokens: status === 'ok' ? fields.length + 3 : null,
    usage_completion_tokens: status === 'ok' ? 12 : null,
    document_tokens: fields.length - 80,
    needle_position: Math.round(((fields.length - 100) * fields.depth) / 100),
    needle_depth: fields.depth,
    needle_id: 'vault-code/lexical',
    question: 'What is the vault access code?',
    expected: ['4471'],
    response: status === 'ok' ? (score === 1 ? 'The code is 4471.' : 'I could not find it.') : null,
    finish_reason: status === 'ok' ? 'stop' : null,
    latency_ms: status === 'ok' ? 1200 : null,
    attempts: 1,
    error: status === 'error' ? 'HTTP 500: upstream crashed' : status === 'overflow' ? 'context_length_exceeded' : null,
    prompt_sha256: 'a'.repeat(64),
    model: 'gpt-x',
    finished_at: '2026-11-23T10:00:00.000Z',
    ...fields,
  } as TrialRecord;
}

/** A manifest for the fixture run. */
export function manifest(fields: Partial<RunManifest> = {}): RunManifest {
  return {
    format: 'needle.run/1',
    tool: { name: 'needle', version: '0.1.0', node: 'v20.19.0', dependencies: {} },
    command: 'needle sweep --model gpt-x --lengths 1k,8k,128k --depths 0,50,100 --repeats 2 --seed 7',
    settings: {},
    model: { id: 'gpt-x', kind: 'openai-compatible', base_url: 'http://127.0.0.1:8000/v1' },
    haystack: { spec: 'financial-report', source: { type: 'generated', kind: 'financial-report', seed: 7 }, tokens: 130000, sha256: 'b'.repeat(64) },
    needles: { set: 'default', count: 12, sha256: 'c'.repeat(64) },
    tokenizer: 'o200k_base',
    seed: 7,
    started_at: '2026-11-23T09:58:12.000Z',
    ended_at: '2026-11-23T10:05:00.000Z',
    state: 'complete',
    summary: null,
    ...fields,
  };
}

/**
 * 18 trials: lengths 1K, 8K, 128K × depths 0, 50, 100 × 2 repeats.
 * 1K: all correct. 8K: depth 50 one miss (0.5), depth 100 both errors.
 * 128K: depth 0 correct, depth 50 one correct + one overflow (mixed), depth 100 both overflow.
 * The 1K/0% first trial's response carries a script tag.
 */
export function records(): TrialRecord[] {
  const out: TrialRecord[] = [];
  for (const length of [1000, 8000, 128000]) {
    for (const depth of [0, 50, 100]) {
      for (const repeat of [0, 1]) {
        let r = record({ length, depth, repeat });
        if (length === 8000 && depth === 50 && repeat === 1) r = record({ length, depth, repeat, score: 0 });
        if (length === 8000 && depth === 100) r = record({ length, depth, repeat, status: 'error' });
        if (length === 128000 && depth === 50 && repeat === 1) r = record({ length, depth, repeat, status: 'overflow' });
        if (length === 128000 && depth === 100) r = record({ length, depth, repeat, status: 'overflow' });
        if (length === 1000 && depth === 0 && repeat === 0) r = { ...r, response: 'Sure! <script>alert(1)</script> The code is 4471.' };
        out.push(r);
      }
    }
  }
  return out;
}
