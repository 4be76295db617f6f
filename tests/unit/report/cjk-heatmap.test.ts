import { createCanvas, loadImage } from 'canvas';
import { describe, expect, it } from 'vitest';
import { renderHeatmap } from '../../../src/report/heatmap.js';
import { buildHeatmapModel, HEATMAP_LABELS, legendSwatches } from '../../../src/report/heatmap-model.js';
import { FONT } from '../../../src/report/heatmap-svg.js';
import { manifest, records } from './fixtures.js';

/** Ink box of one glyph drawn at 96px in the heatmaps' font stack. */
function ink(text: string): { pixels: number; width: number; height: number; image: Uint8ClampedArray } {
  const canvas = createCanvas(240, 200);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, 240, 200);
  ctx.fillStyle = 'black';
  ctx.font = `96px ${FONT}`;
  ctx.fillText(text, 20, 140);
  const image = ctx.getImageData(0, 0, 240, 200).data;
  let [minX, minY, maxX, maxY, pixels] = [Infinity, Infinity, -1, -1, 0];
  for (let y = 0; y < 200; y++) {
    for (let x = 0; x < 240; x++) {
      if (image[(y * 240 + x) * 4]! >= 128) continue;
      pixels++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return { pixels, width: maxX - minX + 1, height: maxY - minY + 1, image };
}

const ja = manifest({ haystack: { spec: 'meeting-transcript', lang: 'ja', source: { type: 'generated', kind: 'meeting-transcript', seed: 7, lang: 'ja' }, tokens: 130000, sha256: 'b'.repeat(64) } });
const zh = manifest({ haystack: { spec: 'financial-report', lang: 'zh', source: { type: 'generated', kind: 'financial-report', seed: 7, lang: 'zh' }, tokens: 130000, sha256: 'b'.repeat(64) } });

describe('CJK text on heatmaps', () => {
  it('draws kanji/hanzi and kana as glyphs, not as boxes (a CJK font is installed and in the font stack)', () => {
    // 一 (hanzi/kanji "one") and ー (katakana long vowel) are single flat strokes; a missing glyph is a tall box.
    const tofu = ink('\u0378');
    expect(tofu.height).toBeGreaterThan(tofu.width * 0.8);
    for (const glyph of ['一', 'ー']) {
      const drawn = ink(glyph);
      expect(drawn.pixels, glyph).toBeGreaterThan(0);
      expect(drawn.height, `${glyph} is drawn as a flat stroke, not a box`).toBeLessThan(drawn.width * 0.3);
    }
    // Two different characters draw different pixels, and neither is the missing-glyph box.
    const a = ink('報').image;
    const b = ink('报').image;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(tofu.image))).toBe(false);
  });

  it('titles and labels a ja or zh run in its language, naming the document', () => {
    const m = buildHeatmapModel(ja, records());
    expect(m.title).toContain('会議録 (meeting-transcript)');
    expect(m.labels).toEqual(HEATMAP_LABELS.ja);
    expect(buildHeatmapModel(zh, records()).title).toContain('年度报告 (financial-report)');
    expect(buildHeatmapModel(manifest(), records()).labels).toBeUndefined();
  });

  it('labels the legend of cells without a score in the run\'s language', () => {
    const labels = (m: ReturnType<typeof buildHeatmapModel>) => legendSwatches(m).map((s) => s.label);
    expect(labels(buildHeatmapModel(ja, records()))).toEqual(expect.arrayContaining(['コンテキスト超過', 'リクエストエラー']));
    expect(labels(buildHeatmapModel(zh, records()))).toEqual(expect.arrayContaining(['超出上下文', '请求出错']));
    expect(labels(buildHeatmapModel(manifest(), records()))).toEqual(expect.arrayContaining(['context overflow', 'request error']));
  });

  it('renders a ja heatmap as a PNG and an SVG with its labels', async () => {
    const png = await renderHeatmap(ja, records());
    const image = await loadImage(png);
    expect([image.width, image.height]).toEqual([1200, 800]);
    const svg = (await renderHeatmap(zh, records(), { format: 'svg' })).toString('utf8');
    expect(svg).toContain(HEATMAP_LABELS.zh.x);
    expect(svg).toContain(HEATMAP_LABELS.zh.y);
    expect(svg).toContain('年度报告');
    expect(svg).toContain('WenQuanYi Micro Hei');
  });
});
