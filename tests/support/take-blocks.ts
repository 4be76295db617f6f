// The first blocks of an endless generator up to about `chars` characters (blocks joined by blank lines, as assembled).
import type { MeetingPlace } from '../../src/haystack/place-context.js';
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

/** A transcript's blocks by meeting (its `meetingIndex`), in order. */
export function byMeeting(blocks: Iterable<Block>): Map<number, Block[]> {
  const out = new Map<number, Block[]>();
  for (const b of blocks) {
    const i = (b.context as MeetingPlace).meetingIndex;
    const list = out.get(i);
    if (list) list.push(b);
    else out.set(i, [b]);
  }
  return out;
}
