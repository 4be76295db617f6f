// The stylesheet and script inlined into report.html (no network: everything the page needs is in the file).

/** Styles of report.html. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 24px; max-width: 1680px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; }
.warning { color: #aa1e1e; font-weight: 600; margin: 4px 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0; }
.meta dt { color: #555; }
.meta dd { margin: 0; }
pre { background: #f5f5f5; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
/* Map and trials side by side on wide screens, so hovering a cell shows its trials without scrolling; stacked below 1100px. */
.cells { display: grid; grid-template-columns: minmax(0, 1200px) minmax(400px, 1fr); gap: 20px; align-items: start; }
#cell-panel { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow-y: auto; font-size: 14px; }
@media (max-width: 1100px) { .cells { grid-template-columns: minmax(0, 1fr); } #cell-panel { position: static; max-height: none; } }
svg.heatmap { width: 100%; height: auto; max-width: 1200px; display: block; }
svg.heatmap .cell { cursor: pointer; outline: none; }
svg.heatmap .cell:hover > rect:first-of-type, svg.heatmap .cell:focus > rect:first-of-type { stroke: #222; stroke-width: 2; }
svg.heatmap .cell.selected > rect:first-of-type { stroke: #000; stroke-width: 4; }
.hint { color: #555; font-size: 13px; }
table.lengths { border-collapse: collapse; }
table.lengths th, table.lengths td { padding: 4px 12px; border-bottom: 1px solid #ddd; text-align: right; }
table.lengths td.swatch { width: 18px; padding: 0; }
#cell-panel h3 { font-size: 16px; margin: 0 0 8px; }
.trial { border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 4px; padding: 8px 12px; margin: 8px 0; }
.trial.status-ok { border-left-color: #1a9850; }
.trial.status-overflow { border-left-color: rgb(77, 77, 77); }
.trial.status-incomplete { border-left-color: rgb(33, 102, 172); }
.trial.status-error { border-left-color: rgb(118, 42, 131); }
.trial h4 { margin: 0 0 6px; font-size: 14px; }
.trial dl { display: grid; grid-template-columns: minmax(0, 8.5em) minmax(0, 1fr); gap: 2px 12px; margin: 0; }
.trial dt { color: #555; font-size: 12.5px; line-height: 1.7; }
.trial dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.trial dd.response { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; background: #f7f7f7; max-height: 16em; overflow: auto; padding: 4px 6px; }
`;

/**
 * Script of report.html: shows a cell's trials on hover (until a cell is pinned by click or Enter).
 * Trial data is untrusted (model responses): it is read with JSON.parse and shown only through textContent.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('needle-trials').textContent);
  var panel = document.getElementById('cell-panel');
  var pinned = null;
  var FIELDS = [
    ['Status', 'status'], ['Outcome', 'outcome'], ['Score', 'score'], ['Score by the rules', 'score_rule'], ['Why', 'score_reason'],
    ['Judge', 'judge'], ['Question', 'question'], ['Expected', 'expected'], ['Response', 'response'], ['Reasoning', 'reasoning'],
    ['Finish reason', 'finish_reason'], ['Reasoning tokens', 'reasoning_tokens'], ['Output limit', 'max_output_tokens'],
    ['Prompt tokens (ours)', 'prompt_tokens'], ['Prompt tokens (server)', 'usage_prompt_tokens'], ['Achieved depth', 'needle_depth'],
    ['Latency', 'latency_ms'], ['Attempts', 'attempts'], ['Error', 'error'], ['Trial id', 'trial_id']
  ];
  function format(key, v) {
    if (v === null || v === undefined) return '\\u2014';
    if (key === 'expected') return v.join(' \\u00b7 ');
    if (key === 'judge') return v.model + ': ' + (v.verdict || 'no verdict') + (v.error ? ' (' + v.error + ')' : '');
    if (key === 'score_rule') return v.toFixed(2);
    if (key === 'needle_depth') return v.toFixed(1) + '%';
    if (key === 'latency_ms') return (v / 1000).toFixed(2) + ' s';
    if (key === 'score') return v.toFixed(2);
    if (typeof v === 'number') return v.toLocaleString('en-US');
    return String(v);
  }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function show(key) {
    var cell = data[key];
    if (!cell) return;
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    panel.appendChild(el('h3', null, cell.title));
    cell.trials.forEach(function (t) {
      var card = el('section', 'trial status-' + t.status);
      card.appendChild(el('h4', null, 'Repeat ' + t.repeat + ' \\u00b7 ' + t.status + (t.outcome ? ' \\u00b7 ' + t.outcome : '')));
      var dl = el('dl');
      FIELDS.forEach(function (f) {
        if ((f[1] === 'reasoning' || f[1] === 'judge' || f[1] === 'score_rule' || f[1] === 'reasoning_tokens') && (t[f[1]] === null || t[f[1]] === undefined)) return;
        dl.appendChild(el('dt', null, f[0]));
        dl.appendChild(el('dd', f[1] === 'response' || f[1] === 'reasoning' ? 'response' : null, format(f[1], t[f[1]])));
      });
      card.appendChild(dl);
      panel.appendChild(card);
    });
  }
  var cells = Array.prototype.slice.call(document.querySelectorAll('svg.heatmap .cell'));
  function pin(node) {
    cells.forEach(function (c) { c.classList.remove('selected'); });
    var key = node.getAttribute('data-key');
    pinned = pinned === key ? null : key;
    if (pinned) node.classList.add('selected');
    show(key);
  }
  cells.forEach(function (node) {
    var key = node.getAttribute('data-key');
    node.addEventListener('mouseenter', function () { if (!pinned) show(key); });
    node.addEventListener('click', function () { pin(node); });
    node.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pin(node); }
    });
  });
})();
`;
