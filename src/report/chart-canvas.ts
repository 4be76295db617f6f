// Renders PNGs: chart.js configurations with chartjs-node-canvas (the matrix chart type registered on its own chart.js copy), and hand-written SVG drawings.

import { FONT } from './heatmap-svg.js';
import { createRequire } from 'node:module';
import type { ChartComponentLike, ChartConfiguration } from 'chart.js';
// `canvas` is the native canvas chartjs-node-canvas draws with; here it also rasterizes SVG (through librsvg).
import { createCanvas, loadImage } from 'canvas';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { UsageError } from '../errors.js';

const require = createRequire(import.meta.url);

/** Options of {@link renderChartPng}. */
export interface ChartPngOptions {
  /** Logical width in CSS pixels. */
  width: number;
  /** Logical height in CSS pixels. */
  height: number;
  /** Pixel density: the PNG is width×scale by height×scale pixels. @default 1 */
  scale?: number;
}

/**
 * Loads the matrix plugin bound to the chart.js copy chartjs-node-canvas has just loaded.
 * chartjs-node-canvas requires its own CommonJS chart.js and then drops it from the require cache, so every
 * new canvas gets a new copy; a plugin class extending another copy's DatasetController is silently registered
 * as a plain plugin ("matrix" is not a registered controller). Re-requiring the plugin's CommonJS build inside
 * chartCallback, while that copy is still cached, binds it to the right one.
 */
function registerMatrix(ChartJS: { register: (...items: ChartComponentLike[]) => void }): void {
  const id = require.resolve('chartjs-chart-matrix');
  delete require.cache[id];
  const matrix = require(id) as { MatrixController: ChartComponentLike; MatrixElement: ChartComponentLike };
  ChartJS.register(matrix.MatrixController, matrix.MatrixElement);
}

// One canvas per size: each one evaluates a whole chart.js copy, so reuse them across renders.
const canvases = new Map<string, ChartJSNodeCanvas>();

function canvasFor(width: number, height: number): ChartJSNodeCanvas {
  const key = `${width}x${height}`;
  let canvas = canvases.get(key);
  if (!canvas) {
    canvas = new ChartJSNodeCanvas({
      width,
      height,
      backgroundColour: 'white',
      chartCallback: (ChartJS) => {
        registerMatrix(ChartJS);
        ChartJS.defaults.font.family = FONT;
      },
    });
    canvases.set(key, canvas);
  }
  return canvas;
}

/** The pixel density, checked: above 0 and at most 8. */
function checkedScale(scale: number | undefined): number {
  const s = scale ?? 1;
  if (!(s > 0 && s <= 8)) {
    throw new UsageError(`image scale must be a number above 0 and at most 8, got ${s}`, { hint: 'use 1 for 1200×800 images, 2 for double pixel density' });
  }
  return s;
}

/** Draws a chart configuration on a white background and returns the PNG bytes. */
export async function renderChartPng(config: ChartConfiguration, opts: ChartPngOptions): Promise<Buffer> {
  const scale = checkedScale(opts.scale);
  // devicePixelRatio multiplies the bitmap while chart.js keeps laying out in logical pixels.
  const options = { ...config.options, devicePixelRatio: scale, animation: false as const, responsive: false };
  return canvasFor(opts.width, opts.height).renderToBuffer({ ...config, options } as ChartConfiguration, 'image/png');
}

/**
 * Rasterizes an SVG drawing on a white background and returns the PNG bytes (width×scale by height×scale pixels).
 * `svg` gets the size of the PNG: pass the drawing already sized width×scale by height×scale (viewBox unchanged),
 * so librsvg draws the vectors at full density instead of an upscaled bitmap.
 */
export async function renderSvgPng(svg: string, opts: ChartPngOptions): Promise<Buffer> {
  const scale = checkedScale(opts.scale);
  const width = Math.round(opts.width * scale);
  const height = Math.round(opts.height * scale);
  const image = await loadImage(Buffer.from(svg, 'utf8'));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
  return canvas.toBuffer('image/png');
}
