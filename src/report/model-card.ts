// `needle card`: a model-card section (heatmap, method, recall table) with Hugging Face model-index metadata so the figures show as evaluation results.

import { stringify } from 'yaml';
import { escapeMarkdown as md } from './escape.js';
import { formatInterval, formatScore, formatTokens } from './format.js';
import type { ResultsFile } from './results-schema.js';
import { SINGLE_NEEDLE_NOTE } from './summary-md.js';

/** One run on the card, with where its heatmap image will live relative to the card. */
export interface CardRun {
  results: ResultsFile;
  image: string;
}

/** The Hugging Face task id of a retrieval-from-context evaluation of a language model. */
export const CARD_TASK = { type: 'text-generation', name: 'Long-context retrieval (needle in a haystack)' } as const;

const HAYSTACK_NAMES: Record<string, string> = {
  'financial-report': 'generated annual financial reports in the shape of a Form 10-K',
  'meeting-transcript': 'generated meeting transcripts of board meetings, earnings calls and stand-ups',
  files: "the user's own documents",
};

/** Generated documents in Japanese and Chinese, by kind (the prompt's instructions were in the same language). */
const HAYSTACK_NAMES_BY_LANG: Record<string, Record<string, string>> = {
  ja: {
    'financial-report': 'generated Japanese annual securities reports in the shape of a 有価証券報告書',
    'meeting-transcript': 'generated Japanese meeting records (取締役会議事録, 決算説明会 Q&A, 定例会, 会議録)',
  },
  zh: {
    'financial-report': 'generated Chinese annual reports in the shape of a 年度报告',
    'meeting-transcript': 'generated Chinese meeting records (董事会会议记录, 业绩说明会 Q&A, 周例会)',
  },
};

function lengthRange(r: ResultsFile): string {
  const l = r.settings.lengths;
  return l.length === 1 ? formatTokens(l[0]!) : `${formatTokens(l[0]!)}–${formatTokens(l.at(-1)!)}`;
}

/** The dataset entry of model-index for one run: what was measured, identified so two cards can be compared. */
function dataset(r: ResultsFile) {
  const s = r.settings;
  return {
    type: `needle-${s.haystack.kind}`,
    name: `needle ${s.haystack.kind} (${s.needles.set} needles, ${lengthRange(r)} ${s.tokenizer} tokens, seed ${s.seed})`,
    config: s.needles.set,
    split: `seed-${s.seed}`,
    args: {
      lengths: s.lengths.join(','),
      depths: s.depths.length,
      repeats: s.repeats,
      tokenizer: s.tokenizer,
      seed: s.seed,
      scorer_version: r.scorer.version,
      needle_version: r.tool.version,
    },
  };
}

/** The metrics of one run: overall recall, recall per length, effective lengths (those the run could measure). */
function metrics(r: ResultsFile) {
  const out: Array<{ type: string; value: number; name: string; verified: boolean }> = [];
  const add = (type: string, value: number | null, name: string) => {
    if (value !== null) out.push({ type, value: Math.round(value * 10_000) / 10_000, name, verified: false });
  };
  add('recall', r.overall.recall, `Recall (all lengths, ${r.overall.trials} trials)`);
  for (const g of r.by_length) add('recall', g.recall, `Recall at ${formatTokens(g.length)} tokens`);
  const abs = r.effective_length.absolute;
  add('effective_context_length', abs.length, `Effective context length (recall ≥ ${abs.threshold}, ${r.settings.tokenizer} tokens)`);
  const rel = r.effective_length.relative;
  if (rel) add('effective_context_length', rel.length, `Base-relative effective context length (recall ≥ ${Math.round(rel.ratio * 100)}% of that at ${formatTokens(rel.base_length)})`);
  return out;
}

/** The model-index metadata (Hugging Face's evaluation-results layout) of these runs. */
export function modelIndex(modelName: string, runs: readonly CardRun[]): { 'model-index': unknown[] } {
  return {
    'model-index': [
      {
        name: modelName,
        results: runs.map(({ results }) => ({ task: { ...CARD_TASK }, dataset: dataset(results), metrics: metrics(results) })),
      },
    ],
  };
}

/** One paragraph saying exactly what was measured and how it was scored. */
export function methodStatement(modelName: string, r: ResultsFile): string {
  const s = r.settings;
  const counts = r.overall.counts;
  const notScored = Object.entries(counts)
    .filter(([k, v]) => k !== 'ok' && v > 0)
    .map(([k, v]) => `${v} ${k}`);
  const lang = s.haystack.lang ?? 'en';
  const name = HAYSTACK_NAMES_BY_LANG[lang]?.[s.haystack.kind] ?? HAYSTACK_NAMES[s.haystack.kind] ?? s.haystack.kind;
  const framed = lang === 'en' ? '' : `, with the prompt's instructions and questions in ${lang === 'ja' ? 'Japanese' : 'Chinese'}`;
  const haystack = `${name}${s.haystack.seed === null ? '' : ` (haystack seed ${s.haystack.seed})`}${framed}`;
  const needles = ['lexical', 'paraphrased', 'mixed'].includes(s.needles.set)
    ? `needle's built-in \`${s.needles.set}\` needle set`
    : `${s.needles.count} needles from the file \`${s.needles.set}\``;
  const multi = s.multi > 1 ? `, ${s.multi} needles per prompt (${s.multi_mode} mode)` : '';
  const distractors = s.distractors > 0 ? `, ${s.distractors} near-miss distractor(s) per prompt` : '';
  return (
    `${modelName} was tested with needle ${r.tool.version} on ${haystack} with ${needles}${multi}${distractors}: ` +
    `${s.lengths.length === 1 ? `one prompt length of ${lengthRange(r)}` : `${s.lengths.length} prompt lengths from ${formatTokens(s.lengths[0]!)} to ${formatTokens(s.lengths.at(-1)!)}`} tokens, counted in ${s.tokenizer} tokens for the whole prompt sent ` +
    `(instructions, document, question and chat framing), × ${s.depths.length} needle depth${s.depths.length === 1 ? '' : 's'}, ${s.repeats} trial${s.repeats === 1 ? '' : 's'} per cell ` +
    `(${r.overall.trials} trials). Answers were scored by needle's scorer (version ${r.scorer.version}); recall is the mean score of the trials the model answered (ok)` +
    `${notScored.length > 0 ? `, and ${notScored.join(', ')} trial(s) were counted but never scored` : ''}. Intervals are 95% intervals; ` +
    `the effective context length is the longest length such that it and every shorter one keep recall ≥ ${r.effective_length.absolute.threshold}.`
  );
}

function recallTable(r: ResultsFile): string[] {
  const statuses = Object.keys(r.overall.counts);
  const head = `| Length (${md(r.settings.tokenizer)} tokens) | Recall | 95% CI | ${statuses.map(md).join(' | ')} |`;
  const sep = `|---:|---:|:---:|${statuses.map(() => '---:').join('|')}|`;
  const row = (label: string, g: { recall: number | null; interval: [number, number] | null; counts: Record<string, number> }) =>
    `| ${label} | ${formatScore(g.recall)} | ${formatInterval(g.interval)} | ${statuses.map((s) => String(g.counts[s] ?? 0)).join(' | ')} |`;
  return [head, sep, ...r.by_length.map((g) => row(formatTokens(g.length), g)), row('**all**', r.overall)];
}

/** The card: YAML front matter (model-index) and one Markdown section per run. */
export function renderModelCard(modelName: string, runs: readonly CardRun[]): string {
  const yaml = stringify(modelIndex(modelName, runs), { lineWidth: 0 }).trimEnd();
  const lines = [
    '---',
    yaml,
    '---',
    '',
    '<!-- needle card: merge the model-index block above into your card’s metadata (the YAML between --- at the top of README.md), copy the heatmap image(s) beside it, and paste the section below. -->',
    '',
    '## Long-context retrieval (needle)',
    '',
  ];
  for (const { results: r, image } of runs) {
    const abs = r.effective_length.absolute;
    const rel = r.effective_length.relative;
    if (runs.length > 1) lines.push(`### ${md(r.settings.haystack.kind)} · ${md(r.settings.needles.set)} needles`, '');
    lines.push(`![Recall heatmap of ${md(modelName)} on needle ${md(r.settings.haystack.kind)}: context length × needle depth](${image})`, '');
    lines.push(`**Method.** ${methodStatement(md(modelName), r)}`, '');
    lines.push(...recallTable(r), '');
    const relText = rel === null ? '' : `; base-relative: ${rel.length === null ? 'none' : `${formatTokens(rel.length)} tokens`} (recall ≥ ${Math.round(rel.ratio * 100)}% of the ${formatScore(rel.base_recall)} at ${formatTokens(rel.base_length)})`;
    const absText = abs.length === null ? `none (recall is below ${abs.threshold} already at the shortest length)` : `${formatTokens(abs.length)} tokens (recall ≥ ${abs.threshold})`;
    lines.push(`**Effective context length:** ${absText}${relText}.`, '');
    const outcomes = Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(' · ');
    if (outcomes) lines.push(`**Answers (ok trials):** ${md(outcomes)}.`, '');
    lines.push(`Reproduce: \`${r.run.command.replace(/`/g, "'")}\``, '');
  }
  lines.push(`*${SINGLE_NEEDLE_NOTE}*`, '');
  return lines.join('\n');
}
