// The leaderboard: ranked rows, like-for-like checks naming the differing setting, and its Markdown and JSON.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { buildLeaderboard, leaderboardJson, type LeaderboardRun } from '../../../src/report/leaderboard.js';
import { renderLeaderboardMarkdown } from '../../../src/report/leaderboard-md.js';
import { leaderboardSvg } from '../../../src/report/leaderboard-svg.js';
import { buildResults } from '../../../src/report/results-json.js';
import { summarizeRun } from '../../../src/run/run-sweep.js';
import type { TrialRecord } from '../../../src/types.js';
import { manifest, record, records } from './fixtures.js';

const SETTINGS = { lengths: [1000, 8000, 128000], depths: [0, 50, 100], repeats: 2, multi: 1, multiMode: 'value', distractors: 0, threshold: 0.85 };

/** A run of `model` whose trials all score `score` (the fixture's grid otherwise). */
function run(model: string, recs: TrialRecord[], fields: Parameters<typeof manifest>[0] = {}): LeaderboardRun {
  const m = manifest({ model: { id: model, kind: 'openai-compatible', base_url: 'http://127.0.0.1:8000/v1' }, settings: SETTINGS, ...fields });
  const withSummary = { ...m, summary: summarizeRun(recs, [], false, 0.85) };
  return { dir: `runs/${model}`, manifest: withSummary, records: recs, results: buildResults(withSummary, recs) };
}

const perfect = () => [1000, 8000, 128000].flatMap((length) => [0, 50, 100].flatMap((depth) => [0, 1].map((repeat) => record({ length, depth, repeat }))));

describe('buildLeaderboard', () => {
  it('ranks by effective length, then recall, and lists every status and outcome any run has', () => {
    const board = buildLeaderboard([run('weaker', records()), run('stronger', perfect())]);
    expect(board.rows.map((r) => [r.rank, r.label])).toEqual([
      [1, 'stronger'],
      [2, 'weaker'],
    ]);
    expect(board.likeForLike).toBe(true);
    expect(board.lengths).toEqual([1000, 8000, 128000]);
    expect(board.statuses).toEqual(['ok', 'error', 'incomplete', 'overflow']);
    expect(board.outcomes.sort()).toEqual(['correct', 'not_found']);
  });

  it('refuses runs that are not like for like, naming the setting and both runs', () => {
    const other = run('other', perfect(), { tokenizer: 'cl100k_base' });
    const e = (() => {
      try {
        buildLeaderboard([run('a', perfect()), other]);
      } catch (error) {
        return error as UsageError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe('runs are not like for like: tokenizer is cl100k_base in runs/other but o200k_base in runs/a');
    expect(e.hint).toMatch(/--mixed/);
  });

  it('with --mixed, marks each row that differs and says how', () => {
    const board = buildLeaderboard([run('a', perfect()), run('b', perfect(), { haystack: { ...manifest().haystack, spec: 'meeting-transcript', source: { type: 'generated', kind: 'meeting-transcript', seed: 7 } } })], {
      allowMixed: true,
    });
    expect(board.likeForLike).toBe(false);
    const b = board.rows.find((r) => r.label === 'b')!;
    expect(b.differences).toEqual(['haystack: meeting-transcript (not financial-report)']);
    const md = renderLeaderboardMarkdown(board);
    expect(md).toContain('**⚠ Not like for like:**');
    expect(md).toContain('- ⚠ b: haystack: meeting-transcript (not financial-report)');
  });

  it('treats each model counted in its own tokens (server or tokenizer.json) as like for like', () => {
    const a = run('a', perfect(), { tokenizer: 'server (vllm /tokenize; cut with o200k_base)' });
    const b = run('b', perfect(), { tokenizer: 'server (llama.cpp /tokenize; cut with o200k_base)' });
    expect(buildLeaderboard([a, b]).likeForLike).toBe(true);
  });
});

describe('leaderboard outputs', () => {
  it('writes a Markdown table with recall and intervals overall and per length, effective lengths, counts, tokens and cost', () => {
    const md = renderLeaderboardMarkdown(buildLeaderboard([run('weaker', records()), run('stronger', perfect())]));
    const header = md.split('\n').find((l) => l.startsWith('| \\# | model'))!;
    expect(header).toBe('| \\# | model | recall (95% CI) | effective length (≥ 0.85) | base-relative (≥ 85% of shortest) | 1K | 8K | 128K | ok | error | incomplete | overflow | outcomes (ok trials) | tokens (prompt / output) | cost |');
    const weaker = md.split('\n').find((l) => l.startsWith('| 2 | weaker'))!;
    expect(weaker).toMatch(/^\| 2 \| weaker \| 0\.92 \(0\.\d\d–0\.\d\d\) \| 1K \| 1K \| 1\.00 \(0\.\d\d–1\.00\) \| 0\.75 \(0\.\d\d–0\.\d\d\) \| 1\.00 \(0\.\d\d–1\.00\) \| 13 \| 2 \| 0 \| 3 \| correct 12 · not\\_found 1 \| [\d,]+ \/ 156 \| — \|$/);
    expect(md).toContain('![Recall by length and depth, one map per model on one colour scale](leaderboard.svg)');
  });

  it('draws one small map per run on one colour scale, escaping model names', () => {
    const svg = leaderboardSvg(buildLeaderboard([run('<b>evil</b>', records()), run('stronger', perfect())]));
    expect(svg.match(/<g class="panel"/g)).toHaveLength(2);
    expect(svg).not.toContain('<b>evil');
    expect(svg).toContain('&lt;b&gt;evil&lt;/b&gt;');
    expect(svg.match(/<linearGradient/g)).toHaveLength(1);
  });

  it('writes leaderboard.json with the ranking and every run’s results', () => {
    const json = leaderboardJson(buildLeaderboard([run('a', perfect())]), '2026-01-01T00:00:00.000Z') as { format: string; runs: Array<{ rank: number; results: { format: string } }> };
    expect(json.format).toBe('needle.leaderboard/1');
    expect(json.runs[0]!.results.format).toBe('needle.results/1');
  });
});
