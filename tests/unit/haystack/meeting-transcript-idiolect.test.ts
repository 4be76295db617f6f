// How a speaker's habits rewrite a sentence: contractions only where English allows them.
import { describe, expect, it } from 'vitest';
import { inVoice, type Idiolect } from '../../../src/haystack/meeting-transcript/talk/idiolect.js';
import { createRng } from '../../../src/util/rng.js';

const always: Idiolect = { contract: 1, approx: 'about', okay: 'Okay', thanks: 'Thanks', maybe: 'maybe', little: 'a little', now: 'right now', lot: 'a lot of' };
const say = (text: string) => inVoice(text, always, createRng(1));

describe('contractions', () => {
  it('contract a verb followed by its complement', () => {
    expect(say('We are going to finish in June.')).toBe("We're going to finish in June.");
    expect(say("Here's where we are going next.")).toBe("Here's where we're going next.");
  });

  it('keep the verb whole before the gap a wh-word leaves', () => {
    expect(say('Here is where we are on the downturn plan.')).toMatch(/where we are on the downturn plan/);
    expect(say('That is what it is about.')).toMatch(/what it is about/);
    expect(say('I will tell you where we are this quarter.')).toMatch(/where we are this quarter/);
  });

  it('keep the verb whole before the gap "as" and "than" leave', () => {
    expect(say('Their plant would keep running as it is for at least the first year.')).toMatch(/as it is for/);
    expect(say('We could leave the structure as it is and focus on costs.')).toMatch(/as it is and/);
    expect(say('We would explain why, as we would for a financial figure.')).toMatch(/as we would for/);
    expect(say('We inspect its output as we would our own.')).toMatch(/as we would our own/);
    expect(say('Suppliers are paid sooner than it is today.')).toMatch(/than it is today/);
    expect(say('We will tell you as we are going along.')).toMatch(/as we're going along/);
  });
});

describe('quantifiers', () => {
  it('vary "lots of" as a quantifier but leave counted lots alone', () => {
    expect(say('We had lots of questions.')).toBe('We had a lot of questions.');
    expect(say('They shipped us 4 lots of resin that failed the checks.')).toMatch(/4 lots of resin/);
    expect(say('Receiving rejected three lots of copper.')).toMatch(/three lots of copper/);
  });
});
