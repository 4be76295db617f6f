// Places one built-in needle per depth (a different draw at each) in a 200K-token prompt and prints each in context
// with its section, fiscal year and whether it fits, for reading the five fit checks of issue #10.
// Usage: node bench/read-needles.mjs <seed> [count=12] [kind=financial-report] [lang=en]
import { createTiktokenTokenizer } from '../dist/tokenize/tiktoken-tokenizer.js';
import { prepareHaystack } from '../dist/haystack/prepare-haystack.js';
import { buildTrialPrompt, planSweep } from '../dist/prompt/plan.js';
import { builtinNeedleSource } from '../dist/run/needle-source.js';
import { competingFacts, templatesFor } from '../dist/needles/builtin.js';

const [seed, n = 12] = process.argv.slice(2, 4).map(Number);
const kind = process.argv[4] ?? 'financial-report';
const lang = process.argv[5] ?? 'en';
const length = 200_000;
const tokenizer = createTiktokenTokenizer('o200k_base');
const haystack = await prepareHaystack(kind, seed, length + 400, tokenizer, competingFacts(kind, templatesFor(kind, lang)), lang);
const depths = Array.from({ length: n }, (_, k) => Math.round(5 + (90 * k) / Math.max(1, n - 1)));
const plan = planSweep({ haystack, tokenizer, lengths: [length], depths, repeats: n, seed, needles: builtinNeedleSource(kind, 'mixed', seed, 0, undefined, lang) });
for (const [k, depth] of depths.entries()) {
  const trial = plan.trials.find((t) => t.cell.depth === depth && t.repeat === k);
  if (!trial) continue;
  const prompt = buildTrialPrompt({ haystack, tokenizer, seed }, trial);
  const text = prompt.messages.map((m) => m.content).join('\n');
  const p = prompt.placements.find((x) => x.role === 'needle');
  const at = text.indexOf(p.rendered);
  const place = p.place?.kind === 'financial-report' ? `fiscal ${p.place.fiscalYear}` : p.place?.title ?? '';
  console.log(`\n== depth ${depth} (placed ${p.depth.toFixed(1)}) · ${trial.needles.needle.id ?? ''} · ${p.section} · ${place} · fits ${p.fits}`);
  console.log(`Q: ${prompt.question}\nA: ${JSON.stringify(p.placed.answers ?? trial.needles.needle.answers)}`);
  const flat = (s) => s.replace(/\n+/g, ' ¶ ');
  console.log(`${flat(text.slice(Math.max(0, at - 450), at))} >>>${p.rendered.trim()}<<< ${flat(text.slice(at + p.rendered.length, at + p.rendered.length + 300))}`);
}
console.error(`value collisions after redraws: ${plan.collisions.length}`);
tokenizer.free();
