// The diff heatmap shows where recall fell (red), rose (green) or could not be compared (grey), with real drops outlined.

import { createCanvas, loadImage } from 'canvas';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { renderDiffHeatmap } from '../../../src/report/diff-heatmap.js';
import { compareRuns } from '../../../src/score/compare.js';
import { summarize } from '../../../src/score/stats.js';
import { baseManifest, comparison, nextManifest } from './comparison-fixture.js';
import { manifest } from './fixtures.js';
import { pngSize } from './png-size.js';
import { checkXml } from './xml-check.js';


const svgOf = async (opts = {}) => (await renderDiffHeatmap(baseManifest, nextManifest, comparison, { ...opts, format: 'svg' })).toString('utf8');
const rgb = (css: string): number[] => css.match(/\d+/g)!.map(Number);

/** The drawn cell whose tooltip starts with `where` (e.g. "8K tokens, depth 0%"): its rectangle, fill and the markup after it. */
function cell(svg: string, where: string): { x: number; y: number; w: number; h: number; fill: string; body: string } {
  const m = new RegExp(`<g><title>${where}:[^<]*</title><rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)" fill="([^"]+)"[^>]*/>(.*?)</g>`).exec(svg);
  if (!m) throw new Error(`no cell ${where}`);
  return { x: +m[1], y: +m[2], w: +m[3], h: +m[4], fill: m[5], body: m[6] };
}

describe('renderDiffHeatmap', () => {
  it('renders a 1200×800 PNG on white, and 2400×1600 at scale 2', async () => {
    const png = await renderDiffHeatmap(baseManifest, nextManifest, comparison);
    expect(pngSize(png)).toEqual({ width: 1200, height: 800 });
    const ctx = createCanvas(1200, 800).getContext('2d');
    ctx.drawImage(await loadImage(png), 0, 0);
    expect([...ctx.getImageData(2, 2, 1, 1).data]).toEqual([255, 255, 255, 255]);
    expect(pngSize(await renderDiffHeatmap(baseManifest, nextManifest, comparison, { format: 'png', scale: 2 }))).toEqual({ width: 2400, height: 1600 });
  });

  it('fills a fall red, a rise green and no change near-white, in the SVG and the PNG alike', async () => {
    const svg = await svgOf();
    const png = await loadImage(await renderDiffHeatmap(baseManifest, nextManifest, comparison));
    const ctx = createCanvas(1200, 800).getContext('2d');
    ctx.drawImage(png, 0, 0);
    // A point inside the cell, away from its text and outline.
    const pixel = (c: { x: number; y: number; w: number; h: number }) => [...ctx.getImageData(c.x + c.w * 0.12, c.y + c.h * 0.8, 1, 1).data].slice(0, 3);
    const fell = cell(svg, '8K tokens, depth 0%');
    const rose = cell(svg, '8K tokens, depth 50%');
    const same = cell(svg, '1K tokens, depth 0%');
    const [r, g, b] = rgb(fell.fill);
    expect(r).toBeGreaterThan(g + 60);
    expect(r).toBeGreaterThan(b + 60);
    const [r2, g2] = rgb(rose.fill);
    expect(g2).toBeGreaterThan(r2 + 30);
    expect(rgb(same.fill).every((v) => v > 240)).toBe(true);
    for (const c of [fell, rose, same]) {
      pixel(c).forEach((v, i) => expect(Math.abs(v - rgb(c.fill)[i])).toBeLessThanOrEqual(2));
    }
  });

  it('writes the signed change and both recalls in each cell', async () => {
    const svg = await svgOf();
    expect(cell(svg, '8K tokens, depth 0%').body).toMatch(/>−0\.50<\/text>.*>1\.00 → 0\.50<\/text>/);
    expect(cell(svg, '8K tokens, depth 50%').body).toMatch(/>\+0\.40<\/text>.*>0\.60 → 1\.00<\/text>/);
    expect(cell(svg, '1K tokens, depth 50%').body).toContain('>−0.10</text>');
  });

  it('outlines only the real drop and explains the outline in the legend', async () => {
    const svg = await svgOf();
    const outline = /fill="none" stroke="rgb\(20, 20, 20\)"/;
    expect(cell(svg, '8K tokens, depth 0%').body).toMatch(outline);
    expect(cell(svg, '1K tokens, depth 50%').body).not.toMatch(outline);
    expect(svg).toContain('<title>8K tokens, depth 0%: recall 1.00 → 0.50 (Δ −0.50, one-sided p = 0.005: real drop; ok 10 → 10)</title>');
    expect(svg).toContain('>real drop</text>');
    expect(svg).toContain('>one-sided p &lt; 0.05</text>');
  });

  it('greys out cells present on one side only, marked n/a', async () => {
    const svg = await svgOf();
    for (const [where, side] of [['1K tokens, depth 100%', 'base only'], ['32K tokens, depth 0%', 'new only']]) {
      const c = cell(svg, where);
      expect(c.fill).toBe('rgb(214, 214, 214)');
      expect(c.body).toContain(`>n/a</text>`);
      expect(c.body).toContain(`>${side}</text>`);
    }
    expect(svg).toContain('>not comparable</text>');
  });

  it('titles the map with both models and both overall recalls', async () => {
    const svg = await svgOf();
    expect(svg).toContain('>acme-v1 → acme-v2 · recall 0.92 → 0.88 (Δ −0.04)</text>');
    expect(svg).toContain('>overall: within noise (one-sided p = 0.');
  });

  it('keeps the heatmap layout: 0% depth at the top, lengths ascending left to right', async () => {
    const svg = await svgOf();
    const y = (label: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)![1]);
    const x = (label: string) => Number(new RegExp(`x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)![1]);
    expect(y('0%')).toBeLessThan(y('50%'));
    expect(y('50%')).toBeLessThan(y('100%'));
    expect(x('1K')).toBeLessThan(x('8K'));
    expect(x('8K')).toBeLessThan(x('32K'));
    expect(svg).toContain('>Context length (tokens)</text>');
  });

  it('is well-formed SVG that a renderer loads, with a hostile model id escaped', async () => {
    const hostile = manifest({ model: { id: '<x&y>', kind: 'openai-compatible', base_url: null } });
    const svg = (await renderDiffHeatmap(hostile, nextManifest, comparison, { format: 'svg' })).toString('utf8');
    expect(checkXml(svg)[0]).toBe('svg');
    expect(svg).toContain('&lt;x&amp;y&gt; → acme-v2');
    const image = await loadImage(Buffer.from(svg));
    expect([image.width, image.height]).toEqual([1200, 800]);
  });

  it('renders runs with nothing to compare', async () => {
    const empty = compareRuns(summarize([]), summarize([]));
    expect(pngSize(await renderDiffHeatmap(baseManifest, nextManifest, empty))).toEqual({ width: 1200, height: 800 });
    expect((await renderDiffHeatmap(baseManifest, nextManifest, empty, { format: 'svg' })).toString('utf8')).toContain('>no cells to compare</text>');
  });

  it('rejects an image scale outside 0–8 with a usage error', async () => {
    await expect(renderDiffHeatmap(baseManifest, nextManifest, comparison, { scale: 0 })).rejects.toBeInstanceOf(UsageError);
    await expect(renderDiffHeatmap(baseManifest, nextManifest, comparison, { scale: 9 })).rejects.toThrow(/at most 8/);
  });
});
