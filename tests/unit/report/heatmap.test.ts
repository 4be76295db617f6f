// The heatmap renders as a PNG of the documented size and as a well-formed SVG with readable labels.

import { loadImage } from 'canvas';
import { describe, expect, it } from 'vitest';
import { renderHeatmap } from '../../../src/report/heatmap.js';
import { manifest, record, records } from './fixtures.js';
import { pngSize } from './png-size.js';
import { checkXml } from './xml-check.js';

describe('renderHeatmap as PNG', () => {
  it('renders a 1200×800 PNG, and 2400×1600 at scale 2', async () => {
    expect(pngSize(await renderHeatmap(manifest(), records()))).toEqual({ width: 1200, height: 800 });
    expect(pngSize(await renderHeatmap(manifest(), records(), { format: 'png', scale: 2 }))).toEqual({ width: 2400, height: 1600 });
  });

  it('renders one cell, twenty by twenty cells and no cells at all', async () => {
    const big = [];
    for (let l = 1; l <= 20; l++) for (let d = 0; d < 20; d++) big.push(record({ length: l * 10000, depth: d * 5, score: (l + d) % 3 === 0 ? 0 : 1 }));
    for (const set of [[record({ length: 4096, depth: 50 })], big, []]) {
      expect(pngSize(await renderHeatmap(manifest(), set))).toEqual({ width: 1200, height: 800 });
    }
  });

  it('draws on a white background, not a transparent one', async () => {
    const png = await renderHeatmap(manifest(), records());
    const image = await loadImage(png);
    const { createCanvas } = await import('canvas');
    const ctx = createCanvas(1200, 800).getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(2, 2, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });
});

describe('renderHeatmap as SVG', () => {
  it('is well-formed XML that an SVG renderer loads', async () => {
    const svg = await renderHeatmap(manifest(), records(), { format: 'svg' });
    expect(checkXml(svg.toString('utf8'))[0]).toBe('svg');
    const image = await loadImage(svg);
    expect([image.width, image.height]).toEqual([1200, 800]);
  });

  it('carries the title, axis labels, scores and failure labels as text', async () => {
    const svg = (await renderHeatmap(manifest(), records(), { format: 'svg' })).toString('utf8');
    for (const label of ['1K', '8K', '128K', '0%', '50%', '100%', 'Context length (tokens)', 'Needle depth (%)', '0.50', 'OVF', 'ERR']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain('gpt-x · financial-report · 2026-11-23 — recall 0.92 (ok 13/18)');
  });

  it('puts 0% depth at the top and lengths ascending left to right', async () => {
    const svg = (await renderHeatmap(manifest(), records(), { format: 'svg' })).toString('utf8');
    const y = (label: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)![1]);
    const x = (label: string) => Number(new RegExp(`x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)![1]);
    expect(y('0%')).toBeLessThan(y('50%'));
    expect(y('50%')).toBeLessThan(y('100%'));
    expect(x('1K')).toBeLessThan(x('8K'));
    expect(x('8K')).toBeLessThan(x('128K'));
  });

  it('says so under the title when the model is the keyword baseline', async () => {
    const baseline = manifest({ model: { id: 'bm25', kind: 'baseline', base_url: null } });
    const svg = (await renderHeatmap(baseline, records(), { format: 'svg' })).toString('utf8');
    expect(svg).toContain('keyword-matching baseline (BM25), not a language model');
  });

  it('escapes a hostile model id', async () => {
    const hostile = manifest({ model: { id: '<x&y>', kind: 'openai-compatible', base_url: null } });
    const svg = (await renderHeatmap(hostile, records(), { format: 'svg' })).toString('utf8');
    expect(svg).toContain('&lt;x&amp;y&gt;');
    checkXml(svg);
  });
});
