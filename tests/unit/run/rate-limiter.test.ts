// Per-minute request and token limits: a sliding window, first come first served, on a fake clock.

import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/run/rate-limiter.js';
import { RequestError } from '../../../src/errors.js';

/** A clock that only moves when the limiter sleeps; records every sleep. */
function fakeClock() {
  const clock = { t: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    // Advances on a later macrotask, so grants already made are observed at their own time.
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        clock.sleeps.push(ms);
        setImmediate(() => {
          clock.t += ms;
          resolve();
        });
      }),
  };
}

/** Acquires in order and records the clock time at which each was granted. */
async function grantTimes(limiter: ReturnType<typeof createRateLimiter>, clock: { t: number }, tokens: number[]): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(tokens.map((n, i) => limiter.acquire(n).then(() => (times[i] = clock.t))));
  return times;
}

describe('rate limiter', () => {
  it('lets requests through at once while under the requests-per-minute limit', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ rpm: 3, now, sleep });
    expect(await grantTimes(limiter, clock, [1, 1, 1])).toEqual([0, 0, 0]);
    expect(clock.sleeps).toEqual([]);
  });

  it('holds the next request until the oldest one leaves the 60-second window', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ rpm: 2, now, sleep });
    await limiter.acquire(1);
    clock.t = 10_000;
    await limiter.acquire(1);
    clock.t = 20_000;
    expect(await grantTimes(limiter, clock, [1, 1])).toEqual([60_000, 70_000]);
  });

  it('counts tokens over the window and waits until enough of them expire', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ tpm: 1000, now, sleep });
    await limiter.acquire(600);
    clock.t = 5_000;
    await limiter.acquire(300);
    // 600 + 300 used: 200 more must wait for the 600 to expire at 60 s, not for both.
    expect(await grantTimes(limiter, clock, [200])).toEqual([60_000]);
  });

  it('sends a request larger than the token limit on its own once the window is empty', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ tpm: 1000, now, sleep });
    await limiter.acquire(100);
    expect(await grantTimes(limiter, clock, [5000, 10])).toEqual([60_000, 120_000]);
  });

  it('serves waiters in arrival order: small requests do not overtake a large one', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ tpm: 1000, now, sleep });
    await limiter.acquire(900);
    const order: string[] = [];
    await Promise.all([
      limiter.acquire(500).then(() => order.push('large')),
      limiter.acquire(50).then(() => order.push('small')),
    ]);
    expect(order).toEqual(['large', 'small']);
  });

  it('applies both limits together', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ rpm: 10, tpm: 100, now, sleep });
    expect(await grantTimes(limiter, clock, [50, 50, 50])).toEqual([0, 0, 60_000]);
  });

  it('never waits without limits', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = createRateLimiter({ now, sleep });
    expect(await grantTimes(limiter, clock, Array(100).fill(1_000_000))).toEqual(Array(100).fill(0));
  });

  it('gives up waiting when the request is aborted', async () => {
    let release: () => void = () => undefined;
    const limiter = createRateLimiter({ rpm: 1, now: () => 0, sleep: () => new Promise<void>((r) => (release = r)) });
    await limiter.acquire(1);
    const stop = new AbortController();
    const waiting = limiter.acquire(1, stop.signal);
    stop.abort();
    await expect(waiting).rejects.toBeInstanceOf(RequestError);
    release();
  });
});
