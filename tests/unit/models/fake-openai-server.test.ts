// The fake server used across the test suite: finds needles for real, overflows like real servers, injects faults.

import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_NOT_FOUND, startFakeServer } from '../../support/fake-openai-server.js';
import type { FakeServer } from '../../support/fake-openai-server.js';
import { fillerDocument, needlePrompt } from './prompt-fixture.js';

const NEEDLE = 'The harbour master of Bergen keeps a parrot named Kiwi.';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function chat(body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${server!.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('fake OpenAI server', () => {
  it('answers with the needle it finds in the document, and says so when it finds none', async () => {
    server = await startFakeServer({ needles: [{ text: NEEDLE, answer: 'Kiwi' }] });
    const found = await chat({ model: 'm', messages: needlePrompt(fillerDocument(40, { text: NEEDLE, at: 30 }), 'Name the parrot?') });
    expect(found.json.choices[0].message.content).toBe('The answer is Kiwi.');
    const missing = await chat({ model: 'm', messages: needlePrompt(fillerDocument(40), 'Name the parrot?') });
    expect(missing.json.choices[0].message.content).toBe(FAKE_NOT_FOUND);
  });

  it('answers with the best-matching sentence when given no needles', async () => {
    server = await startFakeServer();
    const res = await chat({ model: 'm', messages: needlePrompt(fillerDocument(40, { text: NEEDLE, at: 3 }), 'What is the parrot of the Bergen harbour master named?') });
    expect(res.json.choices[0].message.content).toBe(NEEDLE);
  });

  it('sees only the end of an overlong prompt in truncate style, and reports the context as prompt tokens', async () => {
    server = await startFakeServer({ contextTokens: 500, overflowStyle: 'truncate', needles: [{ text: NEEDLE, answer: 'Kiwi' }] });
    const early = await chat({ model: 'm', messages: needlePrompt(fillerDocument(200, { text: NEEDLE, at: 5 }), 'Parrot?') });
    expect(early.json.choices[0].message.content).toBe(FAKE_NOT_FOUND);
    expect(early.json.usage.prompt_tokens).toBe(500);
    const late = await chat({ model: 'm', messages: needlePrompt(fillerDocument(200, { text: NEEDLE, at: 195 }), 'Parrot?') });
    expect(late.json.choices[0].message.content).toBe('The answer is Kiwi.');
  });

  it('returns the flat vLLM error body on overflow', async () => {
    server = await startFakeServer({ contextTokens: 100, overflowStyle: 'vllm' });
    const res = await chat({ model: 'm', messages: needlePrompt(fillerDocument(50), 'Q?'), max_tokens: 10 });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ object: 'error', type: 'BadRequestError', code: 400 });
    expect(res.json.message).toMatch(/^This model's maximum context length is 100 tokens\. However, you requested \d+ tokens/);
  });

  it('injects faults by content through the hook, after the scripted ones', async () => {
    server = await startFakeServer({ fault: (req) => (JSON.stringify(req.body).includes('poison') ? { status: 503 } : null) });
    server.script([{ status: 429, retryAfter: 1 }]);
    expect((await chat({ model: 'm', messages: needlePrompt('Fine.', 'Q?') })).status).toBe(429);
    expect((await chat({ model: 'm', messages: needlePrompt('Fine.', 'Q?') })).status).toBe(200);
    expect((await chat({ model: 'm', messages: needlePrompt('poison', 'Q?') })).status).toBe(503);
    expect(server.requests.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it('answers with a custom answer function', async () => {
    server = await startFakeServer({ answer: ({ question }) => `You asked: ${question}` });
    const res = await chat({ model: 'm', messages: needlePrompt('Doc.', 'Where is it?') });
    expect(res.json.choices[0].message.content).toBe('You asked: Where is it?');
  });
});
