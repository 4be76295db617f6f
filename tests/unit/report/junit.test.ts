// JUnit XML turns thresholds into CI failures, one test case per length (and per cell on request).

import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../../src/report/junit.js';
import { manifest, record, records } from './fixtures.js';
import { checkXml } from './xml-check.js';

const testcases = (xml: string) => [...xml.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"[^>]*>([^]*?)<\/testcase>/g)];

describe('renderJunit', () => {
  it('without thresholds, fails nothing while every length has ok trials', () => {
    const xml = renderJunit(manifest(), records(), {});
    checkXml(xml);
    expect(xml).toContain('<testsuite name="needle: gpt-x" tests="4" failures="0" errors="0"');
    expect(testcases(xml).map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'needle.overall overall recall',
      'needle.length length 1K',
      'needle.length length 8K',
      'needle.length length 128K',
    ]);
    expect(xml).not.toContain('<failure');
    expect(xml).toContain('<system-out>trials 6, ok 4, overflow 0, error 2, incomplete 0; recall 0.75');
  });

  it('fails a length below its threshold, and the overall case below the minimum recall', () => {
    const xml = renderJunit(manifest(), records(), { thresholds: { minRecall: 0.95, minLengthRecall: { 8000: 0.8, 1000: 0.9 } } });
    checkXml(xml);
    expect(xml).toContain('failures="2"');
    const failed = testcases(xml).filter((m) => m[3].includes('<failure'));
    expect(failed.map((m) => m[2])).toEqual(['overall recall', 'length 8K']);
    // The interval counts the two repeats' needles as clusters: wider than Wilson over 4 independent trials (0.30–0.95).
    expect(failed[1][3]).toContain('message="recall 0.75 below 0.80 (95% CI 0.26–0.96, ok 4/6)"');
  });

  it('fails a length with no ok trials, saying how its trials ended', () => {
    const all = [...records(), record({ length: 256000, depth: 0, status: 'overflow' }), record({ length: 256000, depth: 50, status: 'error' })];
    const xml = renderJunit(manifest(), all, {});
    checkXml(xml);
    const failed = testcases(xml).filter((m) => m[3].includes('<failure'));
    expect(failed.map((m) => m[2])).toEqual(['length 256K']);
    expect(failed[0][3]).toContain('message="no ok trials (1 overflow, 1 error, 0 incomplete)"');
  });

  it('adds one case per cell on request, failing cells below the minimum and cells without ok trials', () => {
    const xml = renderJunit(manifest(), records(), { cells: true, thresholds: { minCell: 0.6 } });
    checkXml(xml);
    const cells = testcases(xml).filter((m) => m[1] === 'needle.cell');
    expect(cells).toHaveLength(9);
    const failed = cells.filter((m) => m[3].includes('<failure')).map((m) => m[2]);
    expect(failed).toEqual(['length 8K depth 50%', 'length 8K depth 100%', 'length 128K depth 100%']);
    expect(xml).toContain('tests="13" failures="3"');
  });

  it('escapes hostile text', () => {
    const xml = renderJunit(manifest({ model: { id: 'a"<b>&\u0007', kind: 'openai-compatible', base_url: null }, command: 'x\ny' }), records(), {});
    checkXml(xml);
    expect(xml).toContain('name="needle: a&quot;&lt;b&gt;&amp;\uFFFD"');
    expect(xml).toContain('value="x&#10;y"');
  });
});
