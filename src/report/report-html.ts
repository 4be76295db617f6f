// report.html: one self-contained page (no network) with the interactive heatmap, recall by length and every trial.

import { OUTCOMES, summarize } from '../score/stats.js';
import type { RunManifest, TrialRecord } from '../types.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { formatDate, formatInterval, formatScore, formatTokens } from './format.js';
import { cellKey } from './grid.js';
import { buildHeatmapModel } from './heatmap-model.js';
import { heatmapSvg } from './heatmap-svg.js';
import { EMPTY_COLOR, scoreColor } from './palette.js';
import { REPORT_CSS, REPORT_JS } from './report-html-assets.js';
import { SINGLE_NEEDLE_NOTE } from './summary-md.js';

// No network at all, even if a response smuggled markup past the escaping: only inline style and script run.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Trial fields shown in the cell panel (the rest of the record stays out of the page). */
const TRIAL_FIELDS = [
  'trial_id', 'repeat', 'status', 'outcome', 'score', 'score_rule', 'score_reason', 'judge', 'question', 'expected', 'response', 'reasoning',
  'finish_reason', 'reasoning_tokens', 'max_output_tokens', 'prompt_tokens', 'usage_prompt_tokens', 'needle_depth', 'latency_ms', 'attempts', 'error',
] as const satisfies ReadonlyArray<keyof TrialRecord>;

function pick(record: TrialRecord): Partial<TrialRecord> {
  const out: Record<string, unknown> = {};
  for (const field of TRIAL_FIELDS) out[field] = record[field];
  return out as Partial<TrialRecord>;
}

function metaList(manifest: RunManifest): string {
  const source = manifest.haystack.source;
  const from = source.type === 'generated' ? `generated, seed ${source.seed}` : `${source.files.length} file(s)`;
  const rows: Array<[string, string]> = [
    ['Model', `${manifest.model.id} (${manifest.model.kind})`],
    ['Haystack', `${manifest.haystack.spec} (${from}; ${manifest.haystack.tokens.toLocaleString('en-US')} tokens)`],
    ['Needle set', `${manifest.needles.set} (${manifest.needles.count} needles)`],
    ['Tokenizer', manifest.tokenizer],
    ['Seed', String(manifest.seed)],
    ['Run', `${formatDate(manifest.started_at)}, ${manifest.state}`],
    ['Tool', `${manifest.tool.name} ${manifest.tool.version} (Node ${manifest.tool.node})`],
  ];
  if (manifest.model.note) rows.push(['Note', manifest.model.note]);
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function lengthTable(records: readonly TrialRecord[]): string {
  const rows = summarize(records).byLength.map((s) => {
    const fill = s.recall === null ? EMPTY_COLOR : scoreColor(s.recall);
    const cells = [formatTokens(s.length), formatScore(s.recall), formatInterval(s.interval), s.ok, s.overflow, s.error, s.incomplete ?? 0];
    return `<tr><td class="swatch" style="background:${fill}"></td>${cells.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`;
  });
  const head = ['', 'Length', 'Recall', '95% CI', 'OK', 'Overflow', 'Error', 'Incomplete'].map((h) => `<th>${h}</th>`).join('');
  return `<table class="lengths"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** How the scored trials were answered: one count per outcome. */
function outcomeTable(records: readonly TrialRecord[]): string {
  const counts = summarize(records).outcomes;
  const head = OUTCOMES.map((o) => `<th>${escapeHtml(o)}</th>`).join('');
  const row = OUTCOMES.map((o) => `<td>${counts[o] ?? 0}</td>`).join('');
  return `<table class="outcomes"><thead><tr>${head}</tr></thead><tbody><tr>${row}</tbody></table>`;
}

/** Renders the whole run as one self-contained HTML page; every model-written text is escaped or shown as text. */
export function renderReportHtml(manifest: RunManifest, records: TrialRecord[]): string {
  const model = buildHeatmapModel(manifest, records);
  const trials: Record<string, { title: string; trials: Array<Partial<TrialRecord>> }> = {};
  for (const c of model.cells) {
    if (c.cell) trials[cellKey(c.length, c.depth)] = { title: c.description, trials: c.cell.trials.map(pick) };
  }
  const warnings = model.subtitles.map((line) => `<p class="warning">${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`needle: ${manifest.model.id} · ${manifest.haystack.spec}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${escapeHtml(model.title)}</h1>
${warnings}
${metaList(manifest)}
<h2>Recall by cell</h2>
<p class="hint">Hover over a cell to see its trials; click (or press Enter) to keep them while you scroll.</p>
<div class="cells">
${heatmapSvg(model, { interactive: true, inline: true })}
<div id="cell-panel" aria-live="polite"><p class="hint">Trials of the cell under the pointer appear here.</p></div>
</div>
<h2>Recall by length</h2>
${lengthTable(records)}
<h2>Outcomes</h2>
${outcomeTable(records)}
<h2>Reproduce</h2>
<pre><code>${escapeHtml(manifest.command)}</code></pre>
<p class="hint">${escapeHtml(SINGLE_NEEDLE_NOTE)}</p>
<script type="application/json" id="needle-trials">${jsonForScript(trials)}</script>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
