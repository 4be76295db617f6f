// Bench: is the sweep harness ever the bottleneck? Whole sweeps (planning, prompts, scoring, results on disk)
// against a server that answers after a fixed delay, at concurrency 1–64, compared with trials × delay / c.
// Usage (after npm run build): node bench/sweep-throughput.mjs [delayMs=500]. Talks only to its own server on 127.0.0.1.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { defineSweep, runSweep } from '../dist/index.js';

const baseDelay = Number(process.argv[2] ?? 500);
/** A delay scaled with the command line's base (500 ms by default). */
const delay = (ms) => Math.round((ms * baseDelay) / 500);
let delayMs = baseDelay;
const TOLERANCE = 0.1;

// The server runs in a worker thread: its CPU must not be billed to the harness's event loop.
const serverSource = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
let delayMs = ${baseDelay};
parentPort.on('message', (ms) => (delayMs = ms));
const server = createServer((req, res) => {
  let size = 0;
  req.on('data', (c) => (size += c.length));
  req.on('end', () => setTimeout(() => {
    const body = JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'bench',
      choices: [{ index: 0, message: { role: 'assistant', content: 'The answer is $4.7 million.' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: Math.ceil(size / 4), completion_tokens: 8, total_tokens: 0 } });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url.endsWith('/models') ? JSON.stringify({ object: 'list', data: [{ id: 'bench' }] }) : body);
  }, req.url.endsWith('/models') ? 0 : delayMs));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;
const worker = new Worker(serverSource, { eval: true });
const port = await new Promise((resolve) => worker.once('message', resolve));
const work = mkdtempSync(join(tmpdir(), 'needle-bench-'));
const needles = join(work, 'needles.json');
writeFileSync(needles, JSON.stringify([{ needle: 'The board approved a $4.7 million retention bonus for the Lisbon plant manager.', question: 'How large was the bonus?', answer: '$4.7 million' }]));

console.log(`sweep throughput: whole sweeps through runSweep, server delay ${delay(500)} ms (bar: within ${TOLERANCE * 100}% of trials × delay / c)`);
let worst = 0;
// Short prompts at concurrency 1–64 (per-request overhead), then 66 prompts of 32K tokens at -j 16 answered in
// half the time (prompt building and sending, ~128 KB each, must keep up with the server).
const configs = [
  ...[1, 4, 16, 64].map((c) => ({ c, lengths: [1000, 1500], waves: c === 1 ? 8 : 16, delay: delay(500), label: '' })),
  { c: 16, lengths: [32_000], trials: 66, delay: delay(250), label: ' 32K-token prompts' },
];
for (const { c, lengths, waves, trials, delay: ms, label } of configs) {
  // Enough trials that start-up and the last wave are a small part: 16 waves (8 at c = 1).
  const depths = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  const repeats = trials ? Math.ceil(trials / (lengths.length * depths.length)) : Math.ceil((waves * c) / (lengths.length * depths.length));
  delayMs = ms;
  worker.postMessage(ms);
  const options = defineSweep({
    lengths, depths, repeats, concurrency: c, seed: 1,
    model: 'bench', baseUrl: `http://127.0.0.1:${port}/v1`, needlesFile: needles, cache: false, out: join(work, `c${c}-${lengths[0]}`),
  });
  let sendStart = 0;
  let sendEnd = 0;
  const t0 = performance.now();
  const result = await runSweep(options, {
    onEvent: (e) => {
      if (e.type === 'planned') sendStart = performance.now();
      if (e.type === 'trial') sendEnd = performance.now();
    },
  });
  const wall = performance.now() - t0;
  const send = sendEnd - sendStart;
  const n = result.records.length;
  const ideal = Math.ceil(n / c) * delayMs;
  const ratio = send / ideal;
  worst = Math.max(worst, ratio);
  console.log(
    `   c=${String(c).padStart(2)}  trials ${String(n).padStart(4)}  delay ${String(ms).padStart(3)} ms  sending ${send.toFixed(0).padStart(6)} ms  ideal ${ideal.toFixed(0).padStart(6)} ms  ` +
      `ratio ${ratio.toFixed(3)} ${ratio <= 1 + TOLERANCE ? 'PASS' : 'FAIL'}   (whole sweep ${wall.toFixed(0)} ms: + haystack, planning, reports)${label}`,
  );
}
await worker.terminate();
rmSync(work, { recursive: true, force: true });
console.log(`   worst sending ratio ${worst.toFixed(3)}`);
