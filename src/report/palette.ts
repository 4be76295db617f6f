// The colour scales of every heatmap (PNG, SVG, HTML): scores red (0) → yellow (0.5) → green (1), changes red (−1) → white (0) → green (+1), plus status colours.

type Rgb = readonly [number, number, number];

/** Colour stops of the score scale (ColorBrewer RdYlGn, with a true yellow in the middle). */
export const SCORE_STOPS: ReadonlyArray<readonly [number, Rgb]> = [
  [0, [215, 48, 39]],
  [0.25, [244, 128, 67]],
  [0.5, [250, 215, 80]],
  [0.75, [145, 207, 96]],
  [1, [26, 152, 80]],
];

/** Fill of cells that only overflowed the context. */
export const OVERFLOW_COLOR = 'rgb(77, 77, 77)';
/** Fill of cells whose trials all failed with errors. */
export const ERROR_COLOR = 'rgb(118, 42, 131)';
/** Fill of cells whose trials were all cut off by the output limit before answering. */
export const INCOMPLETE_COLOR = 'rgb(33, 102, 172)';
/** Fill of grid positions with no trial at all. */
export const EMPTY_COLOR = 'rgb(240, 240, 240)';
/** Colour of the marker on cells where some trials overflowed or failed. */
export const MARKER_COLOR = 'rgb(30, 30, 30)';

/** Diverging stops of the change scale, −1 … +1 (ColorBrewer-like red → near-white → green): small changes stay pale. */
export const DELTA_STOPS: ReadonlyArray<readonly [number, Rgb]> = [
  [-1, [202, 0, 32]],
  [-0.5, [244, 165, 130]],
  [0, [247, 247, 247]],
  [0.5, [166, 219, 160]],
  [1, [0, 136, 55]],
];

/** Fill of comparison cells that exist on one side only, or lack ok trials on one side. */
export const MISSING_COLOR = 'rgb(214, 214, 214)';

/** Linear interpolation between stops, clamped to the first and last stop (non-finite values take the first). */
function interpolate(stops: ReadonlyArray<readonly [number, Rgb]>, value: number): Rgb {
  const first = stops[0][0];
  const last = stops[stops.length - 1][0];
  const s = Number.isFinite(value) ? Math.min(last, Math.max(first, value)) : first;
  for (let i = 1; i < stops.length; i++) {
    const [hi, b] = stops[i];
    const [lo, a] = stops[i - 1];
    if (s <= hi) {
      const t = (s - lo) / (hi - lo);
      return [0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * t)) as unknown as Rgb;
    }
  }
  return stops[stops.length - 1][1];
}

function rgbOf(score: number): Rgb {
  return interpolate(SCORE_STOPS, score);
}

const css = ([r, g, b]: Rgb): string => `rgb(${r}, ${g}, ${b})`;

/** Black or white, whichever reads better on this background. */
function textOn(rgb: Rgb): string {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.3 ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)';
}

/** CSS colour of a 0–1 score, e.g. `rgb(26, 152, 80)` for 1 (clamped to 0–1). */
export function scoreColor(score: number): string {
  return css(rgbOf(score));
}

/** Black or white, whichever reads better on the colour of this score. */
export function scoreTextColor(score: number): string {
  return textOn(rgbOf(score));
}

/** CSS colour of a recall change, −1 (red) … 0 (near-white) … +1 (green), clamped. */
export function deltaColor(delta: number): string {
  return css(interpolate(DELTA_STOPS, delta));
}

/** Black or white, whichever reads better on the colour of this change. */
export function deltaTextColor(delta: number): string {
  return textOn(interpolate(DELTA_STOPS, delta));
}
