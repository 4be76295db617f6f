// JUnit XML for CI: one test case per length (and optionally per cell), failing where recall misses its threshold.

import { summarize } from '../score/stats.js';
import type { GroupStats, Outcome, RunManifest, TrialRecord } from '../types.js';
import { escapeXml } from './escape.js';
import { formatDepth, formatInterval, formatScore, formatTokens } from './format.js';
import { buildGrid, cellKey } from './grid.js';

/** Recall thresholds (0–1) checked by {@link renderJunit}. */
export interface JunitThresholds {
  /** Minimum overall recall (the `overall recall` test case). */
  minRecall?: number;
  /** Minimum recall per context length, keyed by length in tokens. */
  minLengthRecall?: Record<number, number>;
  /** Minimum recall of every cell (only with `cells: true`). */
  minCell?: number;
}

/** Options of {@link renderJunit}. */
export interface JunitOptions {
  /** Without thresholds a test case fails only when it has no ok trials. */
  thresholds?: JunitThresholds;
  /** Adds one test case per (length, depth) cell. @default false */
  cells?: boolean;
}

interface TestCase {
  classname: string;
  name: string;
  seconds: number;
  failure: { type: string; message: string } | null;
  out: string;
}

/** Attribute value: escaped, with line breaks kept as character references (parsers would fold them to spaces). */
function attr(value: string | number): string {
  return escapeXml(String(value)).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function seconds(records: readonly TrialRecord[]): number {
  return records.reduce((sum, r) => sum + (r.latency_ms ?? 0), 0) / 1000;
}

function counts(stats: GroupStats, records: readonly TrialRecord[]): string {
  const outcomes = new Map<Outcome, number>();
  for (const r of records) if (r.status === 'ok' && r.outcome) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
  const byOutcome = [...outcomes].map(([o, k]) => `${o} ${k}`).join(', ');
  return (
    `trials ${stats.trials}, ok ${stats.ok}, overflow ${stats.overflow}, error ${stats.error}, incomplete ${stats.incomplete ?? 0}; ` +
    `recall ${formatScore(stats.recall)} (95% CI ${formatInterval(stats.interval)})${byOutcome ? `; ${byOutcome}` : ''}`
  );
}

/** The failure of a group: no ok trials at all, or recall below its threshold. */
function verdict(stats: GroupStats, threshold: number | undefined): TestCase['failure'] {
  if (stats.ok === 0 || stats.recall === null) {
    return { type: 'no-ok-trials', message: `no ok trials (${stats.overflow} overflow, ${stats.error} error, ${stats.incomplete ?? 0} incomplete)` };
  }
  if (threshold !== undefined && stats.recall < threshold) {
    return {
      type: 'below-threshold',
      message: `recall ${formatScore(stats.recall)} below ${formatScore(threshold)} (95% CI ${formatInterval(stats.interval)}, ok ${stats.ok}/${stats.trials})`,
    };
  }
  return null;
}

function testCase(classname: string, name: string, stats: GroupStats, records: readonly TrialRecord[], threshold: number | undefined): TestCase {
  return { classname, name, seconds: seconds(records), failure: verdict(stats, threshold), out: counts(stats, records) };
}

function caseXml(c: TestCase): string {
  const failure = c.failure ? `\n      <failure type="${attr(c.failure.type)}" message="${attr(c.failure.message)}">${escapeXml(c.failure.message)}</failure>` : '';
  return (
    `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}" time="${c.seconds.toFixed(3)}">${failure}\n` +
    `      <system-out>${escapeXml(c.out)}</system-out>\n    </testcase>`
  );
}

/** Wall time of the run from its manifest, else the sum of trial latencies. */
function suiteSeconds(manifest: RunManifest, records: readonly TrialRecord[]): number {
  const start = Date.parse(manifest.started_at);
  const end = manifest.ended_at ? Date.parse(manifest.ended_at) : NaN;
  return Number.isFinite(start) && Number.isFinite(end) && end >= start ? (end - start) / 1000 : seconds(records);
}

/** Renders JUnit XML: an `overall recall` case, one `needle.length` case per length, and `needle.cell` cases when asked. */
export function renderJunit(manifest: RunManifest, records: TrialRecord[], opts: JunitOptions = {}): string {
  const thresholds = opts.thresholds ?? {};
  const summary = summarize(records);
  const grid = buildGrid(records);
  const byLength = new Map<number, TrialRecord[]>(grid.lengths.map((length) => [length, []]));
  for (const r of records) byLength.get(r.length)?.push(r);
  const cases: TestCase[] = [testCase('needle.overall', 'overall recall', summary, records, thresholds.minRecall)];
  for (const s of summary.byLength) {
    cases.push(testCase('needle.length', `length ${formatTokens(s.length)}`, s, byLength.get(s.length) ?? [], thresholds.minLengthRecall?.[s.length]));
  }
  if (opts.cells) {
    for (const s of summary.cells) {
      const name = `length ${formatTokens(s.length)} depth ${formatDepth(s.depth)}`;
      cases.push(testCase('needle.cell', name, s, grid.cells.get(cellKey(s.length, s.depth))?.trials ?? [], thresholds.minCell));
    }
  }
  const failures = cases.filter((c) => c.failure).length;
  const time = suiteSeconds(manifest, records).toFixed(3);
  const properties: Array<[string, string | number]> = [
    ['model', manifest.model.id],
    ['model.kind', manifest.model.kind],
    ['haystack', manifest.haystack.spec],
    ['needles', manifest.needles.set],
    ['tokenizer', manifest.tokenizer],
    ['seed', manifest.seed],
    ['state', manifest.state],
    ['tool', `${manifest.tool.name} ${manifest.tool.version}`],
    ['command', manifest.command],
  ];
  const suiteName = `needle: ${manifest.model.id}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="needle" tests="${cases.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${attr(suiteName)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${time}" timestamp="${attr(manifest.started_at)}">`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`),
    '    </properties>',
    ...cases.map(caseXml),
    `    <system-out>${escapeXml(counts(summary, records))}</system-out>`,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
