// The one colour scale of every heatmap (PNG, SVG, HTML): red (0) → yellow (0.5) → green (1), plus status colours.

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
/** Fill of grid positions with no trial at all. */
export const EMPTY_COLOR = 'rgb(240, 240, 240)';
/** Colour of the marker on cells where some trials overflowed or failed. */
export const MARKER_COLOR = 'rgb(30, 30, 30)';

function rgbOf(score: number): Rgb {
  const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  for (let i = 1; i < SCORE_STOPS.length; i++) {
    const [hi, b] = SCORE_STOPS[i];
    const [lo, a] = SCORE_STOPS[i - 1];
    if (s <= hi) {
      const t = (s - lo) / (hi - lo);
      return [0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * t)) as unknown as Rgb;
    }
  }
  return SCORE_STOPS[SCORE_STOPS.length - 1][1];
}

/** CSS colour of a 0–1 score, e.g. `rgb(26, 152, 80)` for 1 (clamped to 0–1). */
export function scoreColor(score: number): string {
  const [r, g, b] = rgbOf(score);
  return `rgb(${r}, ${g}, ${b})`;
}

/** Black or white, whichever reads better on the colour of this score. */
export function scoreTextColor(score: number): string {
  const [r, g, b] = rgbOf(score).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.3 ? 'rgb(20, 20, 20)' : 'rgb(255, 255, 255)';
}
