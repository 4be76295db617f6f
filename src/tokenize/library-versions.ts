// Installed versions of the libraries that count `hf:` tokens, recorded in run.json.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `name@version` of each package (its package.json found above its entry point), `name@unknown` when unreadable. */
export function libraryVersions(names: readonly string[] = ['@huggingface/tokenizers', '@huggingface/jinja']): string[] {
  return names.map((name) => {
    try {
      let dir = dirname(require.resolve(name));
      for (let i = 0; i < 4; i++, dir = dirname(dir)) {
        try {
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
          if (pkg.name === name) return `${name}@${pkg.version}`;
        } catch {
          // keep looking upward
        }
      }
    } catch {
      // not resolvable
    }
    return `${name}@unknown`;
  });
}
