// Several servers of one model sharing a sweep: least busy first, ties in turn, every replica probed.

import { afterEach, describe, expect, it } from 'vitest';
import { EndpointError } from '../../../src/errors.js';
import type { ChatRequest, ChatResult, Model } from '../../../src/models/model.js';
import { createOpenAICompatibleModel } from '../../../src/models/openai-compatible.js';
import { createReplicaModel } from '../../../src/models/replicas.js';
import { startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer } from '../../support/fake-openai-server.js';
import { needlePrompt } from './prompt-fixture.js';

let servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A model whose requests finish only when the test releases them. */
function heldModel(name: string) {
  const pending: Array<() => void> = [];
  const model: Model = {
    id: 'm',
    kind: 'openai-compatible',
    baseUrl: `http://127.0.0.1/${name}/v1`,
    async complete(_req: ChatRequest): Promise<ChatResult> {
      await new Promise<void>((resolve) => pending.push(resolve));
      return { text: name, finishReason: 'stop', usage: { promptTokens: 1, completionTokens: 1, cachedTokens: null }, requestId: null, attempts: 1, latencyMs: 0 };
    },
    async probe() {},
  };
  return { model, release: () => pending.shift()?.(), get waiting() {
    return pending.length;
  } };
}

const req: ChatRequest = { messages: needlePrompt('Doc.', 'Q?') };

describe('replica model', () => {
  it('spreads concurrent requests evenly over the replicas', async () => {
    servers = await Promise.all([startFakeServer(), startFakeServer(), startFakeServer()]);
    const model = createReplicaModel(servers.map((s) => createOpenAICompatibleModel({ baseUrl: s.url, model: 'fake-model' })));
    await Promise.all(Array.from({ length: 9 }, () => model.complete(req)));
    expect(servers.map((s) => s.requests.length)).toEqual([3, 3, 3]);
  });

  it('sends the next request to the replica with the fewest requests in flight', async () => {
    const a = heldModel('a');
    const b = heldModel('b');
    const model = createReplicaModel([a.model, b.model]);
    const first = model.complete(req);
    const second = model.complete(req);
    expect([a.waiting, b.waiting]).toEqual([1, 1]);
    a.release();
    expect((await first).text).toBe('a');
    // a is idle again, b still busy: the next one goes to a.
    const third = model.complete(req);
    expect(model.inFlight()).toEqual([1, 1]);
    expect(a.waiting).toBe(1);
    a.release();
    b.release();
    expect([(await second).text, (await third).text]).toEqual(['b', 'a']);
  });

  it('takes idle replicas in turn', async () => {
    servers = await Promise.all([startFakeServer(), startFakeServer()]);
    const model = createReplicaModel(servers.map((s) => createOpenAICompatibleModel({ baseUrl: s.url, model: 'fake-model' })));
    for (let i = 0; i < 4; i++) await model.complete(req);
    expect(servers.map((s) => s.requests.length)).toEqual([2, 2]);
  });

  it('reports the model id once and every base URL', async () => {
    const model = createReplicaModel([heldModel('a').model, heldModel('b').model]);
    expect(model.id).toBe('m');
    expect(model.baseUrl).toBe('http://127.0.0.1/a/v1, http://127.0.0.1/b/v1');
  });

  it('fails the probe when any replica is unreachable, naming it', async () => {
    servers = await Promise.all([startFakeServer(), startFakeServer()]);
    const down = servers[1]!.url;
    await servers[1]!.close();
    servers = [servers[0]!];
    const model = createReplicaModel([servers[0]!.url, down].map((baseUrl) => createOpenAICompatibleModel({ baseUrl, model: 'fake-model', sleep: async () => {} })));
    const error = await model.probe().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as Error).message).toContain(`replica ${down}`);
  });
});
