// The harness is never the bottleneck: prompts are built ahead, and a freed slot is refilled before its answer is stored.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineSweep } from '../../../src/config/sweep-options.js';
import type { ChatRequest, ChatResult, Model } from '../../../src/models/model.js';
import { createPreparedQueue } from '../../../src/run/prepared-queue.js';
import { runSweep } from '../../../src/run/run-sweep.js';
import type { PreparedTrial } from '../../../src/run/run-trial.js';
import type { Trial } from '../../../src/prompt/plan.js';

const work = mkdtempSync(join(tmpdir(), 'needle-sending-'));

/** A model that answers instantly and logs each request as it is sent. */
function loggingModel(log: string[]): Model {
  let n = 0;
  return {
    id: 'logger',
    kind: 'openai-compatible',
    baseUrl: null,
    probe: async () => undefined,
    async complete(req: ChatRequest): Promise<ChatResult> {
      log.push(`send ${++n}`);
      await new Promise((r) => setImmediate(r));
      return { text: `I read ${req.messages[1]!.content.length} characters.`, finishReason: 'stop', usage: { promptTokens: null, completionTokens: 5, cachedTokens: null }, requestId: null, attempts: 1, latencyMs: 1 };
    },
  };
}

describe('the sending path', () => {
  it('sends the next request before storing the answer that freed its slot', async () => {
    const log: string[] = [];
    const result = await runSweep(defineSweep({ lengths: [1000], depths: [0, 50, 100], repeats: 1, concurrency: 1, seed: 2, out: join(work, 'order') }), {
      model: loggingModel(log),
      onEvent: (e) => void (e.type === 'trial' && log.push(`record ${e.done}`)),
    });
    expect(result.records).toHaveLength(3);
    expect(log).toEqual(['send 1', 'send 2', 'record 1', 'send 3', 'record 2', 'record 3']);
  });

  it('has the first wave of prompts built before sending starts', async () => {
    const log: string[] = [];
    await runSweep(defineSweep({ lengths: [1000, 2000], depths: [0, 50, 100], repeats: 1, concurrency: 4, seed: 2, out: join(work, 'wave') }), {
      model: loggingModel(log),
      onEvent: (e) => void (e.type === 'planned' && log.push('planned')),
    });
    // All four requests of the first wave go out in one go, none waits for a prompt to be built.
    expect(log.slice(0, 5)).toEqual(['planned', 'send 1', 'send 2', 'send 3', 'send 4']);
  });
});

describe('the prepared queue', () => {
  const trials = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}` }) as Trial);
  const fake = (built: string[], chars = 10) => (t: Trial) => {
    built.push(t.id);
    return { trial: t, prompt: { messages: [{ role: 'user', content: 'x'.repeat(chars) }] } } as unknown as PreparedTrial;
  };

  it('builds up to its bound at once, hands trials out in order, and builds the next ones between events', async () => {
    const built: string[] = [];
    const q = createPreparedQueue(trials, fake(built), { ahead: 3 });
    q.fill();
    expect(built).toEqual(['t0', 't1', 't2']);
    expect(q.take()!.trial.id).toBe('t0');
    expect(built).toHaveLength(3);
    await new Promise((r) => setImmediate(r));
    expect(built).toEqual(['t0', 't1', 't2', 't3']);
    expect([q.take(), q.take(), q.take()].map((p) => p!.trial.id)).toEqual(['t1', 't2', 't3']);
    // Ran dry: the next one is built on the spot.
    expect(q.take()!.trial.id).toBe('t4');
    expect(q.remaining()).toBe(5);
  });

  it('keeps no more than its character budget built (long prompts: fewer of them)', () => {
    const built: string[] = [];
    const q = createPreparedQueue(trials, fake(built, 1_000), { ahead: 8, maxChars: 2_500 });
    q.fill();
    expect(built).toEqual(['t0', 't1', 't2']);
  });

  it('hands out what was built before a prompt failed to build, then the failure', () => {
    const q = createPreparedQueue(trials, (t) => {
      if (t.id === 't1') throw new Error('internal: prompt changed');
      return { trial: t, prompt: { messages: [] } } as unknown as PreparedTrial;
    }, { ahead: 4 });
    q.fill();
    expect(q.take()!.trial.id).toBe('t0');
    expect(() => q.take()).toThrow(/prompt changed/);
  });
});
