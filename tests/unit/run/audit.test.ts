// `needle audit` over both kinds: no value collisions, no rival statements, no contradictions, and the keyword bars.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_BARS, auditNeedles } from '../../../src/run/audit.js';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import type { HaystackKind, Tokenizer } from '../../../src/types.js';

let tokenizer: Tokenizer;
beforeAll(() => {
  tokenizer = createTiktokenTokenizer('o200k_base');
});
afterAll(() => tokenizer.free());

describe('audit of the built-in needles', () => {
  it.each(['financial-report', 'meeting-transcript'] as HaystackKind[])('%s: placed needles never collide, compete or contradict, and the keyword bars hold', async (kind) => {
    const result = await auditNeedles({ kind, tokenizer, seeds: [21], lengths: [8_000, 30_000], draws: 1 });
    expect(result.rows).toHaveLength(26);
    expect(result.unknownFacts).toEqual([]);
    expect(result.totals.trials).toBe(26 * 2);
    expect(result.totals.collisions).toBe(0);
    expect(result.totals.competing).toBe(0);
    expect(result.totals.contradictions).toBe(0);
    expect(result.solvedRate.paraphrased!).toBeLessThanOrEqual(AUDIT_BARS.paraphrasedMax);
    expect(result.solvedRate.lexical!).toBeGreaterThanOrEqual(AUDIT_BARS.lexicalMin);
    // Placed as a sweep places them: a cell where a template has no section takes one that has, so short prefixes fit too.
    for (const [length, fit] of Object.entries(result.fitByLength)) expect(fit, `fit at ${length} tokens`).toBeGreaterThanOrEqual(0.9);
    expect(result.totals.fits).toBe(result.rows.reduce((n, r) => n + r.fits, 0));
  });

  it('reports a rival statement when the haystack keeps the facts a template competes with', async () => {
    // Without omitting, the report states its own leverage covenant: the audit must see it.
    const { auditNeedles: audit } = await import('../../../src/run/audit.js');
    // Three draws place it at 9%, 53% and 94% of the document; at 9% (Item 1) it has no section, and a sweep would
    // place another template there, so it is checked where it has one.
    const result = await audit({ kind: 'financial-report', tokenizer, seeds: [21], lengths: [60_000], draws: 3, keepFacts: true, variants: ['lexical'] });
    const covenant = result.rows.find((r) => r.template === 'fin-leverage-covenant')!;
    expect(covenant.trials).toBeGreaterThan(0);
    expect(covenant.competing + covenant.contradictions).toBeGreaterThan(0);
  });
});
