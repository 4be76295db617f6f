// Sizing rules shared by the PNG and SVG heatmaps: how big text may be, and how big cells may grow.

/** Largest cell width, so a 1×1 or 2×2 map does not become one giant block. */
export const MAX_CELL_WIDTH = 260;
/** Largest cell height. */
export const MAX_CELL_HEIGHT = 170;

/** Average advance of a character as a fraction of the font size (DejaVu Sans, digits and capitals; bold a bit wider). */
const CHAR_WIDTH = 0.62;

/** Largest font size (between min and max) at which the text fits the width. */
export function fitFontSize(text: string, width: number, max: number, min = 8): number {
  const size = width / Math.max(1, text.length * CHAR_WIDTH);
  return Math.max(min, Math.min(max, Math.floor(size * 10) / 10));
}

/** Font size of axis tick labels so the longest one fits its column (or row), at most 13. */
export function tickFontSize(labels: readonly string[], room: number): number {
  const longest = labels.reduce((a, b) => (b.length > a.length ? b : a), '');
  return fitFontSize(longest, room - 6, 13, 8);
}

/** Font size of the score written in a cell; below 8 the text is left out. */
export function cellFontSize(width: number, height: number): number {
  return Math.min(20, width / 3.4, height * 0.42);
}

/** Size of the cells' block: the available room, or less when cells would exceed their maximum size. */
export function gridExtent(room: { width: number; height: number }, cols: number, rows: number): { width: number; height: number } {
  return {
    width: Math.min(room.width, Math.max(1, cols) * MAX_CELL_WIDTH),
    height: Math.min(room.height, Math.max(1, rows) * MAX_CELL_HEIGHT),
  };
}

/** Height of the title block: the title line, then one line per subtitle. */
export function headerHeight(subtitleCount: number): number {
  return 70 + subtitleCount * 22;
}

/** Baselines and font sizes of the title and subtitle lines, centred on a drawing of the given width. */
export function headerLines(title: string, subtitles: readonly string[], width: number): Array<{ text: string; y: number; size: number; bold: boolean }> {
  return [
    { text: title, y: 38, size: fitFontSize(title, width - 40, 20, 10), bold: true },
    ...subtitles.map((line, i) => ({ text: line, y: 64 + i * 22, size: fitFontSize(line, width - 40, 15, 9), bold: false })),
  ];
}
