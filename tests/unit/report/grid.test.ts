// Trials are grouped by cell, counted by status, and sorted for drawing.

import { describe, expect, it } from 'vitest';
import { buildGrid, cellKey, cellKind } from '../../../src/report/grid.js';
import { record, records } from './fixtures.js';

describe('buildGrid', () => {
  it('lists lengths and depths ascending whatever the record order', () => {
    const grid = buildGrid([...records()].reverse());
    expect(grid.lengths).toEqual([1000, 8000, 128000]);
    expect(grid.depths).toEqual([0, 50, 100]);
    expect(grid.cells.size).toBe(9);
  });

  it('averages scores over ok trials only and counts the others', () => {
    const grid = buildGrid(records());
    const half = grid.cells.get(cellKey(8000, 50))!;
    expect(half).toMatchObject({ ok: 2, overflow: 0, error: 0, recall: 0.5 });
    const mixed = grid.cells.get(cellKey(128000, 50))!;
    expect(mixed).toMatchObject({ ok: 1, overflow: 1, recall: 1 });
    expect(grid.cells.get(cellKey(128000, 100))!.recall).toBeNull();
  });

  it('classifies cells for drawing', () => {
    const grid = buildGrid(records());
    expect(cellKind(grid.cells.get(cellKey(1000, 0)))).toBe('ok');
    expect(cellKind(grid.cells.get(cellKey(128000, 50)))).toBe('mixed');
    expect(cellKind(grid.cells.get(cellKey(128000, 100)))).toBe('overflow');
    expect(cellKind(grid.cells.get(cellKey(8000, 100)))).toBe('error');
    expect(cellKind(undefined)).toBe('empty');
    const both = buildGrid([record({ length: 1, depth: 0, status: 'error' }), record({ length: 1, depth: 0, repeat: 1, status: 'error' }), record({ length: 1, depth: 0, repeat: 2, status: 'overflow' })]);
    expect(cellKind(both.cells.get(cellKey(1, 0)))).toBe('error');
  });
});
