// The response cache: keyed by everything that determines an answer, sharded on disk, robust to damaged files.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createResponseCache, defaultCacheDir } from '../../../src/run/response-cache.js';
import type { CachedResponse } from '../../../src/run/response-cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'needle-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const parts = {
  baseUrl: 'http://127.0.0.1:8080/v1',
  model: 'm',
  params: { temperature: 0, maxOutputTokens: 64 },
  messages: [{ role: 'user' as const, content: 'Where is the parrot?' }],
};
const response: CachedResponse = {
  text: 'In Bergen.',
  finishReason: 'stop',
  usage: { promptTokens: 12, completionTokens: 3, cachedTokens: null },
  created: '2025-01-01T00:00:00.000Z',
};

describe('response cache', () => {
  it('returns what was stored under the same request', () => {
    const cache = createResponseCache({ dir });
    const key = cache.key(parts);
    expect(cache.get(key)).toBeNull();
    cache.put(key, response);
    expect(createResponseCache({ dir }).get(key)).toEqual(response);
  });

  it('gives a different key when the model, a parameter or a message changes, and the same one whatever the key order', () => {
    const cache = createResponseCache({ dir });
    const key = cache.key(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.key({ ...parts, model: 'other' })).not.toBe(key);
    expect(cache.key({ ...parts, params: { temperature: 1, maxOutputTokens: 64 } })).not.toBe(key);
    expect(cache.key({ ...parts, messages: [{ role: 'user', content: 'Where is the cat?' }] })).not.toBe(key);
    expect(cache.key({ ...parts, params: { maxOutputTokens: 64, temperature: 0 } })).toBe(key);
  });

  it('stores one file per key in a folder named after its first two characters, leaving no temporary files', () => {
    const cache = createResponseCache({ dir });
    const key = cache.key(parts);
    cache.put(key, response);
    cache.put(key, { ...response, text: 'Overwritten.' });
    expect(readdirSync(dir)).toEqual([key.slice(0, 2)]);
    expect(readdirSync(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
    expect(cache.get(key)?.text).toBe('Overwritten.');
  });

  it('treats a damaged or foreign file as a miss', () => {
    const cache = createResponseCache({ dir });
    const key = cache.key(parts);
    cache.put(key, response);
    const file = join(dir, key.slice(0, 2), `${key}.json`);
    writeFileSync(file, '{"v":1,"text":"half');
    expect(cache.get(key)).toBeNull();
    writeFileSync(file, JSON.stringify({ v: 1, text: 3 }));
    expect(cache.get(key)).toBeNull();
  });

  it('forgets entries older than the TTL', () => {
    let now = Date.parse(response.created) + 1000;
    const cache = createResponseCache({ dir, ttlMs: 60_000, now: () => now });
    const key = cache.key(parts);
    cache.put(key, response);
    expect(cache.get(key)).not.toBeNull();
    now += 60_000;
    expect(cache.get(key)).toBeNull();
  });

  it('lives in NEEDLE_CACHE_DIR when set, else under the home cache folder', () => {
    expect(defaultCacheDir({ NEEDLE_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(defaultCacheDir({})).toMatch(/\.cache[/\\]needle[/\\]responses$/);
  });
});
