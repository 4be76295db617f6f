import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyVersions } from '../../../src/run/manifest.js';

describe('run.json dependency versions', () => {
  it('records the installed version of every dependency that shapes results, never "unknown"', () => {
    const versions = dependencyVersions();
    for (const name of ['openai', 'tiktoken', 'chart.js', 'chartjs-node-canvas', 'commander']) {
      const installed = (JSON.parse(readFileSync(join(__dirname, '../../../node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
      expect(versions[name], name).toBe(installed);
      expect(versions[name]).toMatch(/^\d+\.\d+\.\d+/);
    }
  });
});
