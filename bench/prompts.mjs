// Bench child: builds every prompt of a lengths × depths sweep at one max length; prints JSON figures.
// Run in its own process so peak memory (maxRSS) belongs to this scenario alone.

import { performance } from 'node:perf_hooks';
import { createTokenizer } from '../dist/tokenize/create-tokenizer.js';
import { prepareHaystack } from '../dist/haystack/prepare-haystack.js';
import { resolveDepths, resolveLengths } from '../dist/config/parse-values.js';
import { planSweep } from '../dist/prompt/plan.js';
import { builtinNeedleSource } from '../dist/run/needle-source.js';

const [max, kind = 'financial-report', tokenizerName = 'o200k_base'] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const t00 = performance.now();
const { tokenizer } = createTokenizer(tokenizerName);
const loadMs = performance.now() - t00;
const lengths = resolveLengths('10', 1000, max, 'log');
const depths = resolveDepths('11');

const t0 = performance.now();
const haystack = await prepareHaystack(kind, 1, max + 400, tokenizer);
const t1 = performance.now();
const plan = planSweep({ haystack, tokenizer, lengths, depths, repeats: 1, seed: 1, needles: builtinNeedleSource(kind, 'mixed', 1, 0) });
const t2 = performance.now();

// The naive way, for the ratio: re-encode the longest prompt in full (once; scaled by the trial count).
const longest = plan.trials.reduce((a, b) => (b.promptTokens > a.promptTokens ? b : a));
const t3 = performance.now();
tokenizer.count(haystack.document.text.slice(0, Math.round(haystack.document.text.length * (longest.documentTokens / haystack.index.tokens.length))));
const t4 = performance.now();
const totalTokens = plan.trials.reduce((n, t) => n + t.promptTokens, 0);
const naiveMs = ((t4 - t3) * totalTokens) / longest.promptTokens;

console.log(
  JSON.stringify({
    kind,
    max,
    tokenizer: tokenizerName,
    loadMs: Math.round(loadMs),
    trials: plan.trials.length,
    haystackTokens: haystack.index.tokens.length,
    generateAndTokenizeMs: Math.round(t1 - t0),
    planMs: Math.round(t2 - t1),
    naiveReencodeMs: Math.round(naiveMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    maxOverLength: Math.max(...plan.trials.map((t) => t.promptTokens - t.cell.length)),
    // The length contract: within 1% for lengths of 4K and more (shorter ones are coarser by nature).
    worstFill: Math.min(...plan.trials.filter((t) => t.cell.length >= 4000).map((t) => t.promptTokens / t.cell.length)),
    worstFillShort: Math.min(...plan.trials.filter((t) => t.cell.length < 4000).map((t) => t.promptTokens / t.cell.length)),
  }),
);
tokenizer.free();
