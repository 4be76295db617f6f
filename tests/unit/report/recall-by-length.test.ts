// Recall by length renders as a PNG, with or without a threshold and an effective length.

import { describe, expect, it } from 'vitest';
import { renderRecallByLength } from '../../../src/report/recall-by-length.js';
import { manifest, records } from './fixtures.js';
import { pngSize } from './png-size.js';

describe('renderRecallByLength', () => {
  it('renders a 1200×700 PNG, doubled at scale 2', async () => {
    const png = await renderRecallByLength(manifest(), records(), { threshold: 0.85, effectiveLength: 8000 });
    expect(pngSize(png)).toEqual({ width: 1200, height: 700 });
    expect(pngSize(await renderRecallByLength(manifest(), records(), { scale: 2 }))).toEqual({ width: 2400, height: 1400 });
  });

  it('renders when no length reaches the threshold, and with no records', async () => {
    expect(pngSize(await renderRecallByLength(manifest(), records(), { threshold: 0.99, effectiveLength: null }))).toEqual({ width: 1200, height: 700 });
    expect(pngSize(await renderRecallByLength(manifest(), []))).toEqual({ width: 1200, height: 700 });
  });
});
