// The English report read like an editor: prose that agrees with its tables and its own grammar, over several seeds.
import { describe, expect, it } from 'vitest';
import { financialReportBlocks } from '../../../src/haystack/financial-report/index.js';
import { takeBlocks } from '../../support/take-blocks.js';

/** The first `chars` characters of a seed's report (one fiscal year and the start of the next). */
function report(seed: number, chars: number): string {
  return takeBlocks(financialReportBlocks(seed), chars).map((b) => b.text).join('\n\n');
}

const SEEDS = [21, 22, 23, 5];
const texts = new Map(SEEDS.map((s) => [s, report(s, 700_000)]));

/** Table rows of the block that follows a caption line, as cells. */
function tableAfter(text: string, caption: RegExp): string[][] {
  const at = text.search(caption);
  if (at < 0) return [];
  const lines = text.slice(at).split('\n').slice(1);
  const out: string[][] = [];
  for (const l of lines) {
    if (!l.startsWith('|')) break;
    if (!/^\|[-:|]+\|$/.test(l)) out.push(l.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return out;
}

describe('the English report as an editor reads it', () => {
  it.each(SEEDS)('seed %i: no sentence an editor flagged (number, doubled phrases, a value said twice in one sentence)', (seed) => {
    const t = texts.get(seed)!;
    const flagged: Array<[string, RegExp]> = [
      ['a singular subject with a plural verb', /Working capital (?:typically build|usually rise)\b/],
      ['prices that eased, offset as an increase', /eased during fiscal \d{4}, and we [^.]*the (?:increase|change)/],
      ['"the N sites" with no owner', /\bthe \d+ sites\b/],
      ['"one of them … permit renewals"', /one of them (?:required|needed) permit renewals/],
      ['"to the plans … to these plans"', /Expected contributions to the plans are (?:approximately )?\$[\d,]+\.\d million to these plans/],
      ['"lowered the rate … after an addition"', /points after (?:an addition|a reduction) of/],
      ['"in fiscal Y, at $X in fiscal Y"', /(?:recovered|slipped) in fiscal (\d{4}), (?:at|reaching) \$[\d,.]+ million in fiscal \1/],
      ['"approximately" an exact headcount', /employed approximately \d{1,3},\d{3} people/],
      ['issued patents counted with applications', /patents and pending applications/],
      ['"incurred … on"', /incurred (?:approximately )?\$[\d.,]+ million on/],
    ];
    for (const [what, re] of flagged) expect(re.exec(t)?.[0], what).toBeUndefined();
  });

  it.each(SEEDS)('seed %i: the commodity paragraph names inputs of its own sensitivity table', (seed) => {
    const t = texts.get(seed)!;
    for (const m of t.matchAll(/in the prices of ([a-z -]+?) and ([a-z -]+?)[,.]/g)) {
      const table = tableAfter(t.slice(m.index!), /^Effect of a 10% increase in input costs/m).map((r) => r[0]!.toLowerCase());
      expect(table, m[0]).toContain(m[1]);
      expect(table, m[0]).toContain(m[2]);
    }
  });

  it.each(SEEDS)('seed %i: restricted stock units in whole thousands, and a PSU payout the table bears out', (seed) => {
    const t = texts.get(seed)!;
    expect(t).not.toMatch(/\| Granted \| [\d,]+\.\d \|/);
    // Each PSU table is followed by the sentence on the grant that vested: its payout is vested units over their target.
    const chunks = t.split(/^(?=Performance share unit activity)/m).slice(1);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const psu = tableAfter(chunk, /^Performance share unit activity/m);
      const units = (label: string) => {
        const c = psu.find((r) => r[0] === label)?.[1] ?? '0';
        return Number(c.replace(/[(),]/g, '')) * (c.startsWith('(') ? -1 : 1);
      };
      const vested = -units('Vested');
      const adjust = units('Performance adjustment');
      const said = /(?:vested|paid out) at (\d+)% of target/.exec(chunk.slice(0, chunk.search(/^Note \d+\./m) >>> 0));
      if (said && vested > 0) expect(Number(said[1]), said[0]).toBe(Math.round((vested / (vested - adjust)) * 100));
    }
  });

  it.each(SEEDS)('seed %i: emissions totals are the sum of the printed Scope 1 and Scope 2 lines', (seed) => {
    const t = texts.get(seed)!;
    for (const m of t.matchAll(/Scope 1 and Scope 2 emissions were ([\d.]+) thousand metric tons in fiscal \d{4}, (?:compared with|against) ([\d.]+) thousand/g)) {
      const table = tableAfter(t.slice(0, m.index!).slice(t.slice(0, m.index!).lastIndexOf('Selected sustainability metrics')), /^Selected sustainability metrics/m);
      const s1 = table.find((r) => r[0]!.startsWith('Scope 1'))!;
      const s2 = table.find((r) => r[0]!.startsWith('Scope 2'))!;
      expect(Number(m[1]), m[0]).toBeCloseTo(Number(s1[1]) + Number(s2[1]), 5);
      expect(Number(m[2]), m[0]).toBeCloseTo(Number(s1[2]) + Number(s2[2]), 5);
    }
  });
});
