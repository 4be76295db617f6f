// summary.md: a model-card snippet with the heatmap, recall per length with intervals, and how to reproduce the run.

import { OUTCOMES, relativeEffectiveLength, summarize } from '../score/stats.js';
import type { GroupStats, RunManifest, TrialRecord } from '../types.js';
import { formatDate, formatInterval, formatScore, formatTokens } from './format.js';
import { BASELINE_NOTE } from './heatmap-model.js';
import { escapeMarkdown } from './escape.js';
import { promptSizeTable } from './prompt-size-md.js';

/** Languages as summary.md names them. */
const LANG_NAMES = { en: 'English', ja: 'Japanese (ja)', zh: 'Chinese (zh)' } as const;

/** Options of {@link renderSummaryMarkdown}. */
export interface SummaryMarkdownOptions {
  /** Path of the heatmap image, relative to summary.md. @default 'heatmap.png' */
  heatmapPath?: string;
  /** Longest length meeting the threshold; null prints "none", undefined leaves the line out. */
  effectiveLength?: number | null;
  /** Recall threshold behind the effective length (0–1). */
  threshold?: number;
}

/** The caveat every card should carry. */
export const SINGLE_NEEDLE_NOTE = 'An all-green single-needle map does not imply that multi-needle or paraphrased variants pass.';

const md = escapeMarkdown;

/** Inline code whose backtick fence is longer than any backtick run in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the text. */
function codeBlock(text: string, lang: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

function lengthTable(byLength: ReadonlyArray<GroupStats & { length: number }>): string[] {
  const rows = byLength.map(
    (s) => `| ${formatTokens(s.length)} | ${formatScore(s.recall)} | ${formatInterval(s.interval)} | ${s.ok} | ${s.overflow} | ${s.error} | ${s.incomplete ?? 0} |`,
  );
  return ['| Length | Recall | 95% CI | OK | Overflow | Error | Incomplete |', '|---:|---:|:---:|---:|---:|---:|---:|', ...rows];
}

/** The base-relative effective length line (as NoLiMa and RULER report it). */
function relativeLine(byLength: ReadonlyArray<GroupStats & { length: number }>, fraction: number): string {
  const rel = relativeEffectiveLength(byLength, fraction);
  if (rel.base_recall === null || rel.threshold === null) return `**Effective length (relative):** none (no recall at the shortest length to keep)`;
  const rule = `longest length keeping ≥ ${Math.round(fraction * 100)}% of the recall at ${formatTokens(rel.base_length!)} (${formatScore(rel.base_recall)}), i.e. ≥ ${formatScore(rel.threshold)}`;
  return `**Effective length (relative):** ${rel.length === null ? 'none' : formatTokens(rel.length)} (${rule})`;
}

function effectiveLine(opts: SummaryMarkdownOptions): string | null {
  if (opts.effectiveLength === undefined) return null;
  const rule = opts.threshold === undefined ? '' : ` (longest length with recall ≥ ${formatScore(opts.threshold)})`;
  if (opts.effectiveLength === null) {
    return `**Effective length:** none${opts.threshold === undefined ? '' : ` (no length reaches recall ${formatScore(opts.threshold)})`}`;
  }
  return `**Effective length:** ${formatTokens(opts.effectiveLength)}${rule}`;
}

/** Renders the run as a Markdown snippet for a model card. */
export function renderSummaryMarkdown(manifest: RunManifest, records: TrialRecord[], opts: SummaryMarkdownOptions = {}): string {
  const overall = summarize(records);
  const lines: string[] = [`## Long-context retrieval: ${md(manifest.model.id)}`, ''];
  if (manifest.model.kind === 'baseline') {
    lines.push(`> **Baseline run:** ${BASELINE_NOTE}. It shows what word overlap alone retrieves, for comparison.`, '');
  }
  if (manifest.state !== 'complete') {
    lines.push(`> **${manifest.state === 'running' ? 'Unfinished' : 'Partial'} run:** not every planned trial is included.`, '');
  }
  lines.push(`![Recall heatmap](${(opts.heatmapPath ?? 'heatmap.png').replace(/[()\s]/g, encodeURIComponent)})`, '');
  lines.push(...lengthTable(overall.byLength), '');
  const failures = `${overall.overflow} overflow, ${overall.error} error, ${overall.incomplete ?? 0} incomplete`;
  lines.push(
    `**Overall recall:** ${formatScore(overall.recall)} (95% CI ${formatInterval(overall.interval)}) over ${overall.ok} ok trials of ${overall.trials} (${failures}).`,
  );
  const effective = effectiveLine(opts);
  if (effective) lines.push('', effective, '', relativeLine(overall.byLength, 0.85));
  lines.push('', `**Outcomes:** ${OUTCOMES.map((o) => `${o} ${overall.outcomes[o] ?? 0}`).join(' · ')}`, '');
  if ((overall.incomplete ?? 0) > 0) {
    lines.push(
      `> **${overall.incomplete} incomplete trial(s):** the output limit cut the response off before an answer (a reasoning model still thinking). They are not counted in recall; rerun the same command with a higher \`--max-output-tokens\` to send them again.`,
      '',
    );
  }
  const control = manifest.summary?.control;
  if (control) {
    lines.push(
      `**Control (no document, best guess asked for):** ${control.accuracy === null ? 'no ok trials' : `guess rate ${formatScore(control.accuracy)}`} over ${control.ok} of ${control.trials} questions asked without the document` +
        ' — answers the model knew or guessed; recall should be read against it.',
    );
    const guessed = (control.by_template ?? []).filter((t) => t.guessed > 0);
    if (guessed.length > 0) lines.push('', `Templates guessed without the document: ${guessed.map((t) => `${code(t.template)} ${formatScore(t.rate)} (${t.asked} asked)`).join(', ')}.`);
    lines.push('');
  }
  const judge = manifest.summary?.judge;
  if (judge) {
    const verdicts = [`${judge.correct} correct`, ...(judge.partial ? [`${judge.partial} partial`] : []), `${judge.incorrect} incorrect`, `${judge.failed} without a verdict`];
    const disagree = judge.disagreements === undefined ? '' : ` It disagreed with the rules on ${judge.disagreements} of ${judge.asked - judge.failed} verdicts (${formatScore((judge.disagreements) / Math.max(1, judge.asked - judge.failed))}); its verdict is the score, the rules' is kept as \`score_rule\`.`;
    lines.push(`**Judge (${md(manifest.settings?.judgeModel ? String(manifest.settings.judgeModel) : 'model')}):** asked on ${judge.asked} trials: ${verdicts.join(', ')}.${disagree}`, '');
  }
  lines.push(...promptSizeTable(manifest.summary?.prompt_size));
  const cached = records.filter((r) => r.from_cache).length;
  if (cached > 0) {
    lines.push(`**Response cache:** ${cached} of ${records.length} answers came from the local response cache, given by the server before this run (\`--no-cache\` resends them).`, '');
  }
  const source = manifest.haystack.source;
  const lang = manifest.haystack.lang ?? 'en';
  const from = source.type === 'generated' ? `generated, seed ${source.seed}${lang === 'en' ? '' : `, ${LANG_NAMES[lang]}; prompt frame in ${LANG_NAMES[manifest.prompt_frame?.lang ?? lang]}`}` : `${source.files.length} file(s)`;
  lines.push(
    `- Haystack: ${code(manifest.haystack.spec)} (${from}; ${manifest.haystack.tokens.toLocaleString('en-US')} tokens; sha256 \`${manifest.haystack.sha256.slice(0, 12)}\`)`,
    `- Needle set: ${code(manifest.needles.set)} (${manifest.needles.count} needles; sha256 \`${manifest.needles.sha256.slice(0, 12)}\`)`,
    `- Tokenizer: ${code(manifest.tokenizer)}`,
    `- Seed: ${manifest.seed}`,
    `- Tool: ${md(manifest.tool.name)} ${md(manifest.tool.version)} (Node ${md(manifest.tool.node)})`,
    `- Run: ${formatDate(manifest.started_at)}, ${manifest.state}; score = 1 per asked value the response commits to (0 for a hedge, a negation or a list of guesses), recall = mean score of ok trials; intervals account for trials sharing a needle`,
    '',
    'Reproduce:',
    '',
    codeBlock(manifest.command, 'sh'),
    '',
    `_Note: ${SINGLE_NEEDLE_NOTE}_`,
    '',
  );
  return lines.join('\n');
}
