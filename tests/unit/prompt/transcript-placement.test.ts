// Transcript needles: a turn voiced by someone of that meeting whose role fits, on a clock that keeps moving, with its reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareHaystack, type PreparedHaystack } from '../../../src/haystack/prepare-haystack.js';
import { buildPrompt, type Insertion } from '../../../src/prompt/build-prompt.js';
import { planSweep } from '../../../src/prompt/plan.js';
import { builtinNeedleSource } from '../../../src/run/needle-source.js';
import { createTiktokenTokenizer } from '../../../src/tokenize/tiktoken-tokenizer.js';
import type { Tokenizer } from '../../../src/types.js';
import { createRng } from '../../../src/util/rng.js';

let tokenizer: Tokenizer;
let transcript: PreparedHaystack;
beforeAll(async () => {
  tokenizer = createTiktokenTokenizer('o200k_base');
  transcript = await prepareHaystack('meeting-transcript', 4, 60_400, tokenizer);
});
afterAll(() => tokenizer.free());

const LABEL = /^(.+?) \[(\d{2}:\d{2}:\d{2})\]: /;
const seconds = (t: string) => t.split(':').reduce((a, x) => a * 60 + Number(x), 0);

/** The labels of the nearest turns before and after an inserted span (notes such as "[Chorus of ayes]" have no time), and the inserted turns themselves. */
function around(doc: string, rendered: string) {
  const at = doc.indexOf(rendered.trim());
  const before = doc.slice(0, at).trimEnd().split('\n\n').reverse().find((b) => LABEL.test(b))!;
  const after = doc.slice(at + rendered.trim().length).trimStart().split('\n\n').find((b) => LABEL.test(b))!;
  return { before: LABEL.exec(before), after: LABEL.exec(after), turns: rendered.trim().split('\n\n').map((t) => LABEL.exec(t)!) };
}

describe('transcript needle turns', () => {
  const insertion: Insertion = {
    text: 'For the record, we are moving the budget review to next Thursday.',
    depth: 50,
    role: 'needle',
    sections: ['board'],
    speakerRoles: ['cfo'],
    render: () => ({ text: 'For the record, we are moving the budget review to next Thursday.', speakerRoles: ['cfo'], reply: { roles: ['chair'], text: 'Noted, thank you.' } }),
  };

  it('is voiced by a participant of that meeting whose role may say it, followed by the reply of another', () => {
    // Depths inside the board meeting the series opens with (its first quarter or so).
    for (const depth of [4, 10, 16, 22]) {
      const p = buildPrompt(transcript, tokenizer, 60_000, [{ ...insertion, depth }], 'When is the budget review?', createRng(depth));
      const placement = p.placements[0]!;
      expect(placement.fits).toBe(true);
      const place = placement.place!;
      expect(place.kind).toBe('meeting-transcript');
      if (place.kind !== 'meeting-transcript') continue;
      const [needleTurn, replyTurn] = placement.rendered.trim().split('\n\n');
      const speaker = LABEL.exec(needleTurn!)![1]!;
      expect(place.participants.find((x) => x.label === speaker)?.role).toBe('cfo');
      const responder = LABEL.exec(replyTurn!)![1]!;
      expect(responder).not.toBe(speaker);
      expect(place.participants.find((x) => x.label === responder)?.role).toBe('chair');
    }
  });

  it('takes timestamps strictly between the turn before and the turn after', () => {
    for (const depth of [12, 33, 58, 81]) {
      const p = buildPrompt(transcript, tokenizer, 60_000, [{ ...insertion, depth }], 'When?', createRng(depth));
      const doc = p.messages[1]!.content;
      const { before, after, turns } = around(doc, p.placements[0]!.rendered);
      const times = [before, ...turns, after].map((m) => seconds(m![2]!));
      for (let i = 1; i < times.length; i++) expect(times[i]!, `${times.join(' < ')}`).toBeGreaterThan(times[i - 1]!);
    }
  });

  it('places built-in transcript needles with a fitting speaker in most trials', () => {
    const plan = planSweep({ haystack: transcript, tokenizer, lengths: [60_000], depths: [20, 40, 60, 80], repeats: 26, seed: 4, needles: builtinNeedleSource('meeting-transcript', 'mixed', 4, 0) });
    const fit = plan.trials.filter((t) => t.placements[0]!.fits).length / plan.trials.length;
    expect(fit).toBeGreaterThan(0.6);
    for (const t of plan.trials) {
      const p = t.placements[0]!;
      if (!p.fits || p.place?.kind !== 'meeting-transcript') continue;
      const speaker = LABEL.exec(p.rendered.trim())![1]!;
      const role = p.place.participants.find((x) => x.label === speaker)?.role;
      expect(p.placed.speakerRoles).toContain(role);
    }
  });
});
