// The first blocks of an endless generator up to about `chars` characters (blocks joined by blank lines, as assembled).
import type { Block } from '../../src/types.js';

export function takeBlocks(blocks: Iterable<Block>, chars: number): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const b of blocks) {
    out.push(b);
    n += b.text.length + 2;
    if (n >= chars) break;
  }
  return out;
}
