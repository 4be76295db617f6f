// The annual-report generator's contract: its world, the place of every block, and the facts it can leave out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { financialReportGenerator as gen } from '../../../src/haystack/financial-report/index.js';
import { REPORT_FACTS } from '../../../src/haystack/financial-report/facts.js';
import type { Block } from '../../../src/types.js';
import { takeBlocks } from '../../support/take-blocks.js';

function take(seed: number, chars: number, omit?: ReadonlySet<string>): Block[] {
  return takeBlocks(gen.blocks(seed, { omit }), chars);
}

describe('the annual-report generator', () => {
  it("describes the world's company in its blocks: the same name, headquarters and auditor", () => {
    const world = gen.world(4);
    const text = take(4, 400_000).map((b) => b.text).join('\n\n');
    expect(text).toContain(world.company.name);
    expect(text).toContain(`${world.company.hqCity}, ${world.company.hqState}`);
    expect(text).toContain(world.company.auditor);
    for (const s of world.company.segments) expect(text).toContain(s.name);
  });

  it('gives every block its fiscal year, period end and filing date, in the order the reports run', () => {
    const world = gen.world(6);
    let last = 0;
    for (const b of take(6, 500_000)) {
      const place = b.context;
      expect(place?.kind).toBe('financial-report');
      if (place?.kind !== 'financial-report') continue;
      expect(place.fiscalYear).toBeGreaterThanOrEqual(last);
      last = place.fiscalYear;
      expect(place.periodEnd).toBe(world.calendar.periodEnd(place.fiscalYear));
      expect(place.filedOn > place.periodEnd).toBe(true);
    }
    expect(last).toBeGreaterThan(world.calendar.firstYear);
  });

  it('states each fact it knows somewhere, and none of those it is told to leave out', () => {
    const stated = new Set(take(8, 900_000).flatMap((b) => b.facts ?? []));
    for (const f of ['debt.leverage-covenant', 'customers.concentration', 'goodwill.impairment-test', 'pension.expected-contribution', 'auditor.fees']) expect(stated.has(f), f).toBe(true);
    for (const f of stated) expect(Object.keys(REPORT_FACTS)).toContain(f);
    const omit = new Set(gen.facts);
    const left = take(8, 900_000, omit);
    expect(left.flatMap((b) => b.facts ?? [])).toEqual([]);
    const text = left.map((b) => b.text).join('\n\n');
    expect(text).not.toMatch(/No single customer accounted for 10%/);
    expect(text).not.toMatch(/fair value of each reporting unit exceeded/);
    expect(text).not.toMatch(/limits our net leverage ratio|net leverage ratio to \d/);
    expect(text).not.toMatch(/Fees billed by .* \(in millions\)/);
  });

  it('is laid out like a 10-K: one module per Item and Note group, each saying what it writes, none named by order', () => {
    const root = join(process.cwd(), 'src/haystack/financial-report');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const name = f.slice(root.length + 1);
      expect(name, name).not.toMatch(/(-[a-e]|-more|-extra|-rest|-detail|-misc|\d)\.ts$/);
      expect(readFileSync(f, 'utf8').split('\n')[0], name).toMatch(/^\/\/ \S.{20,}/);
    }
    for (const item of ['business', 'risk-factors', 'properties', 'legal-proceedings', 'market', 'mdna', 'market-risk', 'financial-statements', 'controls', 'exhibits']) {
      expect(files.some((f) => f.endsWith(`items/${item}.ts`)), item).toBe(true);
    }
  });
});
