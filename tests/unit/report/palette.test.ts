// One colour scale: red at 0, yellow at 0.5, green at 1, readable text on each.

import { describe, expect, it } from 'vitest';
import { scoreColor, scoreTextColor } from '../../../src/report/palette.js';

const rgb = (css: string): number[] => css.match(/\d+/g)!.map(Number);

describe('scoreColor', () => {
  it('goes from red through yellow to green', () => {
    const [r0, g0] = rgb(scoreColor(0));
    const [r5, g5, b5] = rgb(scoreColor(0.5));
    const [r1, g1] = rgb(scoreColor(1));
    expect(r0).toBeGreaterThan(200);
    expect(g0).toBeLessThan(80);
    expect(r5).toBeGreaterThan(200);
    expect(g5).toBeGreaterThan(200);
    expect(b5).toBeLessThan(120);
    expect(g1).toBeGreaterThan(r1 * 2);
  });

  it('clamps scores outside 0–1', () => {
    expect(scoreColor(-1)).toBe(scoreColor(0));
    expect(scoreColor(7)).toBe(scoreColor(1));
  });

  it('writes dark text on yellow and light text on deep red and green', () => {
    expect(scoreTextColor(0.5)).toBe('rgb(20, 20, 20)');
    expect(scoreTextColor(0)).toBe('rgb(255, 255, 255)');
    expect(scoreTextColor(1)).toBe('rgb(255, 255, 255)');
  });
});
