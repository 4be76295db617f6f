// Sweep flags for scoring: --judge, and whether the output limit was set (a reasoning model's default depends on it).
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addSweepOptions, resolveSweepOptions, type SweepFlags } from '../../../src/cli/sweep.js';
import { defineSweep } from '../../../src/config/sweep-options.js';

function resolve(args: string[]) {
  const command = addSweepOptions(new Command('sweep')).exitOverride();
  command.parse(args, { from: 'user' });
  return resolveSweepOptions(command.opts() as SweepFlags, {}, ['sweep', ...args], new Date(0), { offline: true });
}

describe('scoring flags', () => {
  it('judges undecided trials by default, every trial with --judge all, and rejects anything else', () => {
    expect(resolve(['--out', '/tmp/x']).judgeMode).toBe('undecided');
    expect(resolve(['--judge-model', 'j', '--judge', 'all', '--out', '/tmp/x']).judgeMode).toBe('all');
    expect(() => resolve(['--judge', 'sometimes', '--out', '/tmp/x'])).toThrow();
  });

  it('knows whether the user set the output limit', () => {
    expect(resolve(['--out', '/tmp/x'])).toMatchObject({ maxOutputTokens: 256, maxOutputTokensAuto: true });
    expect(resolve(['--max-output-tokens', '300', '--out', '/tmp/x'])).toMatchObject({ maxOutputTokens: 300, maxOutputTokensAuto: false });
    expect(defineSweep().maxOutputTokensAuto).toBe(true);
    expect(defineSweep({ maxOutputTokens: 64 }).maxOutputTokensAuto).toBe(false);
  });
});
