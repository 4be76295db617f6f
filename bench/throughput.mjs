// Bench: does bounded concurrency reach the ideal throughput? N requests to a server that answers after a fixed delay.
// Run after `npm run build`: node bench/throughput.mjs [delayMs] [--strict]. Talks only to its own server on 127.0.0.1.
// --strict exits 1 when a ratio is over the tolerance (without it the verdicts are only printed).
// The server runs in a worker thread so its CPU does not compete with the client's event loop; connections are
// opened before timing. What remains above the ideal is the client's own CPU per request (printed).

import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { createOpenAICompatibleModel } from '../dist/models/openai-compatible.js';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const delayMs = Number(args.find((a) => !a.startsWith('--')) ?? 200);
const TOLERANCE = 0.1;

/** A minimal chat endpoint on 127.0.0.1: waits `delayMs`, then answers with a fixed completion. */
const serverSource = `
const { createServer } = require('node:http');
const { parentPort } = require('node:worker_threads');
const body = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 0, model: 'bench',
  choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 10, completion_tokens: 1, total_tokens: 11 },
});
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); }, ${delayMs}));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;
const worker = new Worker(serverSource, { eval: true });
const port = await new Promise((resolve) => worker.once('message', resolve));
const model = createOpenAICompatibleModel({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'bench', maxRetries: 0 });
const messages = [{ role: 'user', content: 'ping' }];

/** Sends n requests with concurrency c; wall time and main-thread busy time. */
async function timed(c, n) {
  const limit = pLimit(c);
  const elu = performance.eventLoopUtilization();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, () => limit(() => model.complete({ messages, maxOutputTokens: 1 }))));
  const wall = performance.now() - t0;
  return { wall, busy: performance.eventLoopUtilization(elu).active };
}

console.log(`throughput: requests through createOpenAICompatibleModel + p-limit(c), server delay ${delayMs} ms`);
let failed = false;
for (const c of [1, 4, 16, 64]) {
  const n = Math.max(64, 4 * c);
  await timed(c, c); // open c keep-alive connections first
  const { wall, busy } = await timed(c, n);
  const ideal = (n * delayMs) / c;
  const ratio = wall / ideal;
  const ok = ratio <= 1 + TOLERANCE;
  failed ||= !ok;
  console.log(
    `   c=${String(c).padStart(2)}  N=${String(n).padStart(3)}  wall ${wall.toFixed(0).padStart(6)} ms  ideal ${ideal.toFixed(0).padStart(6)} ms  ` +
      `ratio ${ratio.toFixed(3)}  ${ok ? 'PASS' : 'FAIL'} (≤ ${1 + TOLERANCE})  client CPU ${(busy / n).toFixed(2)} ms/request`,
  );
}
await worker.terminate();
process.exitCode = strict && failed ? 1 : 0;
