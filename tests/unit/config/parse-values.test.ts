import { describe, expect, it } from 'vitest';
import { parseLength, resolveDepths, resolveLengths } from '../../../src/config/parse-values.js';
import { UsageError } from '../../../src/errors.js';

describe('lengths', () => {
  it.each([
    ['4096', 4096],
    ['8k', 8_000],
    ['128k', 128_000],
    ['128K', 128_000],
    ['1m', 1_000_000],
    ['1.5m', 1_500_000],
    ['2.5k', 2_500],
    [' 32k ', 32_000],
  ])('reads %s as %i tokens', (text, tokens) => {
    expect(parseLength(text)).toBe(tokens);
  });

  it.each(['12q', 'k', '', '-4k', '1.2345k', '8kb', '1e5', '100'])('rejects %j with a message that says what is accepted', (text) => {
    const error = (() => {
      try {
        parseLength(text, '--max');
      } catch (e) {
        return e as UsageError;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('--max');
    expect(`${error.message} ${error.hint ?? ''}`).toMatch(/8k|256/);
  });

  it('spaces a count of lengths geometrically from min to max, both included', () => {
    expect(resolveLengths('10', 1_000, 200_000, 'log')).toEqual([1000, 1800, 3200, 5800, 11000, 19000, 34000, 62000, 111000, 200000]);
  });

  it('spaces them evenly with linear spacing', () => {
    expect(resolveLengths('5', 8_000, 128_000, 'linear')).toEqual([8000, 38000, 68000, 98000, 128000]);
  });

  it('takes an explicit list, sorted and without duplicates', () => {
    expect(resolveLengths('64k,8k,16k,8k', 1_000, 200_000, 'log')).toEqual([8000, 16000, 64000]);
  });

  it('takes a single length with a suffix or above 100 as a length, not a count', () => {
    expect(resolveLengths('32k', 1_000, 200_000, 'log')).toEqual([32000]);
    expect(resolveLengths('4096', 1_000, 200_000, 'log')).toEqual([4096]);
  });

  it('rejects a minimum above the maximum', () => {
    expect(() => resolveLengths('3', 64_000, 8_000, 'log')).toThrow(/--min .* is larger than --max/);
  });
});

describe('depths', () => {
  it('spaces a count over 0–100% inclusive', () => {
    expect(resolveDepths('11')).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(resolveDepths('3')).toEqual([0, 50, 100]);
  });

  it('takes a list of percents', () => {
    expect(resolveDepths('0,25,50,75,100')).toEqual([0, 25, 50, 75, 100]);
    expect(resolveDepths('37%')).toEqual([37]);
  });

  it('rejects depths outside 0–100 naming the flag', () => {
    expect(() => resolveDepths('0,50,150')).toThrow(/--depths "150"/);
  });
});
