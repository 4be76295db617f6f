// A sweep in a file: every flag is a config key with the same meaning and checks, and errors name the file, line and key.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../../src/config/config-schema.js';
import { INIT_TEMPLATES } from '../../../src/config/init-templates.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { configKey, flagsToArgs, SWEEP_FLAGS, type SweepFlags } from '../../../src/config/sweep-flags.js';
import { expandSweeps } from '../../../src/config/sweep-matrix.js';
import { isHaystackKind } from '../../../src/haystack/prepare-haystack.js';
import { typedFlags } from '../../../src/cli/config-sweeps.js';
import { addSweepOptions, resolveSweepOptions } from '../../../src/cli/sweep.js';
import { UsageError } from '../../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'needle-config-'));
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Parses a command line as `needle sweep` does; returns the flags and which were typed. */
function commandLine(argv: string[]) {
  const command = addSweepOptions(new Command('sweep')).exitOverride();
  command.parse(argv, { from: 'user' });
  return { flags: command.opts<SweepFlags>(), explicit: typedFlags(command) };
}

function errorOf(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('config keys derived from the sweep flags', () => {
  it('has one key per flag, in snake_case, each in the JSON Schema with its flag named', () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string }> };
    // A second spelling of a flag (--no-cache beside --cache) is the same key.
    for (const spec of SWEEP_FLAGS.filter((s) => !s.alias)) {
      const key = configKey(spec);
      expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(schema.properties[key]?.description, key).toContain(spec.negate ? `--no-${spec.long}` : `--${spec.long}`);
    }
    expect(schema.properties.models).toBeDefined();
    expect(schema.properties.gate).toBeDefined();
  });

  it('gives the same resolved sweep from a config as from the equivalent flags', () => {
    const file = write(
      'same.yaml',
      ['max: 64k', 'min: 2000', 'lengths: 4', 'spacing: linear', 'depths: [0, 50, 100]', 'model: m', 'base_url: http://127.0.0.1:9/v1',
        'header: {X-Team: research}', 'needle_set: paraphrased', 'seed: 9', 'concurrency: 3', 'repeats: 2', 'temperature: 0.5',
        'max_output_tokens: 64', 'cache: false', 'timeout: 90', 'threshold: 0.9', 'out: runs/a', 'distractors: 1'].join('\n'),
    );
    const config = loadConfig(file);
    const [fromFile] = expandSweeps(config, commandLine([]), isHaystackKind);
    const typed = commandLine(['--max', '64k', '--min', '2000', '--lengths', '4', '--spacing', 'linear', '--depths', '0,50,100', '--model', 'm',
      '--base-url', 'http://127.0.0.1:9/v1', '--header', 'X-Team=research', '--needle-set', 'paraphrased', '--seed', '9', '-j', '3', '--repeats', '2',
      '--temperature', '0.5', '--max-output-tokens', '64', '--no-cache', '--timeout', '90', '--threshold', '0.9', '--out', join(dir, 'runs/a'), '--distractors', '1']);
    const a = resolveSweepOptions(fromFile!.flags, {}, ['x']);
    const b = resolveSweepOptions(typed.flags, {}, ['x']);
    expect({ ...a, command: '' }).toEqual({ ...b, command: '' });
    // Paths in a config are read from its folder.
    expect(a.out).toBe(join(dir, 'runs/a'));
  });

  it('lets typed flags override the config, and spells out the run as flags for the reproduce command', () => {
    const file = write('override.yaml', 'max: 64k\nlengths: [8k, 16k]\nrepeats: 2\nseed: 3\n');
    const [s] = expandSweeps(loadConfig(file), commandLine(['--repeats', '5']), isHaystackKind);
    expect(s!.flags.repeats).toBe('5');
    expect(s!.flags.lengths).toBe('8k,16k');
    const args = flagsToArgs(s!.flags);
    expect(args).toEqual(['--max', '64k', '--lengths', '8k,16k', '--seed', '3', '--repeats', '5']);
    // The spelled-out flags parse back to the same values.
    expect(commandLine(args).flags).toMatchObject({ max: '64k', lengths: '8k,16k', seed: '3', repeats: '5' });
  });
});

describe('config errors name the file, the line and the key', () => {
  it('points at a bad base URL in the third model', () => {
    const file = write('urls.yaml', 'models:\n  - model: a\n    base_url: http://127.0.0.1:1/v1\n  - model: b\n  - model: c\n    base_url: not-a-url\n');
    const e = errorOf(() => loadConfig(file));
    expect(e.message).toBe(`${file}:6:15: models[2].base_url "not-a-url" is not an http(s) URL`);
  });

  it('names an unknown key at its line and suggests the one meant', () => {
    const file = write('typo.yaml', 'max: 8k\nmodels:\n  - model: a\n    base_ur: http://x/v1\n');
    expect(errorOf(() => loadConfig(file)).message).toBe(`${file}:4:5: models[0].base_ur: unknown key (did you mean base_url?)`);
    const top = write('typo2.yaml', 'max-output-tokens: 10\n');
    expect(errorOf(() => loadConfig(top)).message).toBe(`${top}:1:1: max-output-tokens: unknown key (did you mean max_output_tokens?)`);
  });

  it('checks values with the flags’ own rules (lengths, choices, counts, booleans)', () => {
    expect(errorOf(() => loadConfig(write('len.yaml', 'lengths: [8k, 16q]\n'))).message).toMatch(/len\.yaml:1:10: lengths "16q" is not a token length/);
    expect(errorOf(() => loadConfig(write('set.yaml', 'needle_set: tricky\n'))).message).toMatch(/set\.yaml:1:13: needle_set "tricky" is not one of lexical, paraphrased, mixed/);
    expect(errorOf(() => loadConfig(write('rep.yaml', 'seed: 1\nrepeats: 0\n'))).message).toMatch(/rep\.yaml:2:10: repeats "0" is not a whole number from 1 to 10000/);
    expect(errorOf(() => loadConfig(write('bool.yaml', 'control: yes please\n'))).message).toMatch(/bool\.yaml:1:10: control: expected true or false/);
    expect(errorOf(() => loadConfig(write('spacing.yaml', 'spacing: cubic\n'))).message).toMatch(/spacing\.yaml:1:10: spacing: expected one of log, linear/);
  });

  it('reports YAML syntax errors with their line, and reads JSON configs too', () => {
    expect(errorOf(() => loadConfig(write('broken.yaml', 'max: 8k\nlengths: [1k\n'))).message).toMatch(/broken\.yaml:\d+:\d+: not valid YAML or JSON/);
    const json = write('c.json', JSON.stringify({ $schema: './needle.schema.json', max: '16k', models: [{ model: 'x', base_url: 'http://127.0.0.1:1/v1' }, { model: 'y', base_url: 'nope' }] }, null, 2));
    expect(errorOf(() => loadConfig(json)).message).toMatch(/c\.json:\d+:\d+: models\[1\]\.base_url "nope" is not an http\(s\) URL/);
    expect(errorOf(() => loadConfig(join(dir, 'missing.yaml'))).message).toMatch(/cannot read config .*missing\.yaml: no such file/);
  });

  it('refuses sweep-wide keys inside a model entry, saying where they belong', () => {
    const file = write('seedinmodel.yaml', 'models:\n  - model: a\n    base_url: http://127.0.0.1:1/v1\n    seed: 4\n');
    expect(errorOf(() => loadConfig(file)).message).toBe(`${file}:4:5: models[0].seed: unknown key (it applies to every model: set it at the top level)`);
  });
});

describe('the matrix', () => {
  it('runs model × haystack × needle set, each into its own folder, with the model entry over the top level', () => {
    const file = write(
      'matrix.yaml',
      'base_url: http://127.0.0.1:1/v1\ntemperature: 0.2\nhaystack: [financial-report, meeting-transcript]\nneedle_set: [lexical, paraphrased]\nmodels:\n  - {name: one, model: m1}\n  - {model: org/m2, temperature: 0.7, base_url: http://127.0.0.1:2/v1}\n',
    );
    const sweeps = expandSweeps(loadConfig(file), commandLine([]), isHaystackKind, { defaultOut: 'reports/{model}/{haystack}-{needles}' });
    expect(sweeps).toHaveLength(8);
    expect(sweeps.map((s) => s.flags.out)).toContain('reports/org_m2/meeting-transcript-paraphrased');
    expect(new Set(sweeps.map((s) => s.flags.out)).size).toBe(8);
    const two = sweeps.find((s) => s.model === 'org/m2')!;
    expect(two.flags.temperature).toBe('0.7');
    expect(two.flags.baseUrl).toEqual(['http://127.0.0.1:2/v1']);
    expect(sweeps.find((s) => s.model === 'one')!.flags.temperature).toBe('0.2');
    // A haystack typed on the command line replaces that dimension.
    expect(expandSweeps(loadConfig(file), commandLine(['--haystack', 'meeting-transcript']), isHaystackKind, { defaultOut: 'r/{model}/{haystack}-{needles}' })).toHaveLength(4);
  });

  it('refuses an out pattern that would put two sweeps in one folder, and suffixes shards', () => {
    const file = write('clash.yaml', 'out: runs/{model}\nhaystack: [financial-report, meeting-transcript]\n');
    expect(errorOf(() => expandSweeps(loadConfig(file), commandLine([]), isHaystackKind)).message).toMatch(/clash\.yaml:1:6: out ".*runs\/\{model\}" gives one run folder \(.*runs\/baseline\) to two sweeps: financial-report × mixed and meeting-transcript × mixed/);
    const shard = write('shard.yaml', 'out: runs/{model}-{haystack}\nshard: 2/4\nseed: 1\n');
    expect(expandSweeps(loadConfig(shard), commandLine([]), isHaystackKind)[0]!.flags.out).toBe(join(dir, 'runs/baseline-financial-report-shard-2-of-4'));
  });

  it.each(Object.keys(INIT_TEMPLATES))('accepts the %s starter config that needle init writes', (target) => {
    const file = write(`init-${target}.yaml`, INIT_TEMPLATES[target as keyof typeof INIT_TEMPLATES]);
    const config = loadConfig(file);
    const sweeps = expandSweeps(config, commandLine([]), isHaystackKind, { defaultOut: 'x/{model}/{haystack}-{needles}' });
    expect(sweeps.length).toBeGreaterThan(0);
    for (const s of sweeps) expect(() => resolveSweepOptions(s.flags, { OPENAI_API_KEY: 'k' }, ['x'])).not.toThrow();
  });
});
