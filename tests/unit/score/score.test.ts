// scoreResponse: the answer a response commits to, read as a careful grader reads it (the issue's own examples).
import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../../../src/score/score.js';

const bonus = { q: 'What retention bonus did the audit committee approve for the Lisbon plant manager?', a: ['$4.7 million'], d: [['$2.1 million']] };
const ratio = { q: 'What maximum net leverage ratio was set under the amended credit agreement?', a: ['4.15x'], d: [['2.35x']] };
const injuries = { q: 'How many recordable injuries were there at the Tampere mill this quarter?', a: ['23'], d: [['31']] };
const score = (t: { q: string; a: string[]; d: string[][] }, response: string) => scoreResponse(response, t.a, t.d, { question: t.q });

describe('responses that must not score', () => {
  it.each([
    ['It is not $4.7 million.', 'wrong'],
    ['The document does not mention the bonus. It is not $4.7 million.', 'not_found'],
    ['Possible values: $1.1 million, $2.1 million, $3.3 million, $4.7 million, $5.2 million', 'hedged'],
    ['It was $4.7 million or $2.1 million.', 'hedged'],
  ])('gives 0 to "%s" (%s)', (response, outcome) => {
    expect(score(bonus, response)).toMatchObject({ score: 0, outcome });
  });

  it('gives 0 to a hedge around a refusal', () => {
    expect(score(ratio, 'I could not find it, but it might be 4.15 times')).toMatchObject({ score: 0, outcome: 'not_found' });
  });

  it('gives 0 to a response that echoes the document back', () => {
    const echo =
      'Net sales decreased $48.2 million to $2,470.1 million. Operating income was $280.9 million. The audit committee approved a $4.7 million retention bonus for the Lisbon plant manager. Capital expenditures were $212.4 million.';
    expect(score(bonus, echo)).toMatchObject({ score: 0, outcome: 'hedged' });
  });

  it('never reads a count inside money or a ticket id', () => {
    expect(score(injuries, 'It cost $23.').score).toBe(0);
    expect(score(injuries, 'See ticket PAY-23.').score).toBe(0);
  });
});

describe('every honest form of the right value', () => {
  it.each(['4.15 to 1', '4.15:1', '4.15-to-1', 'It may not exceed 4.15 to 1.0.', 'four point one five times', 'Leverage is capped at 4.15×.'])(
    'credits "%s" for 4.15x',
    (response) => expect(score(ratio, response).score).toBe(1),
  );

  it('credits counts in words and with their noun', () => {
    expect(score(injuries, 'twenty-three injuries').score).toBe(1);
    expect(score(injuries, 'There were 23 recordable injuries at the Tampere mill.').score).toBe(1);
    expect(scoreResponse('Three hundred forty thousand.', ['340,000'], [], { question: 'How many units shipped?' }).score).toBe(1);
  });

  it('credits ordinal dates', () => {
    const q = 'When does the review take place?';
    expect(scoreResponse('April third, 2031', ['April 3, 2031'], [], { question: q }).score).toBe(1);
    expect(scoreResponse('On the 3rd of April 2031.', ['April 3, 2031'], [], { question: q }).score).toBe(1);
  });

  it('credits fractions of a percent', () => {
    expect(scoreResponse('The notes bear interest at 5 3/8 percent.', ['5.375%']).score).toBe(1);
  });

  it('credits abbreviated and shortened names', () => {
    expect(scoreResponse('The Marlhaven St. rezoning.', ['Marlhaven Street']).score).toBe(1);
    expect(scoreResponse('Cobaltheron.', ['Project Cobaltheron']).score).toBe(1);
    expect(scoreResponse('Kesworth Airlines.', ['Kesworth Freight']).score).toBe(0);
  });
});

describe('a refusal that commits, and one that does not', () => {
  it('credits a value stated plainly after saying the text is indirect', () => {
    expect(score(ratio, "The text doesn't say directly, but the maximum leverage ratio is 4.15 times.")).toMatchObject({ score: 1, outcome: 'correct' });
  });

  it('does not credit a value the response only reports as mentioned after saying it is not there', () => {
    const r = score(bonus, 'The document does not mention a bonus for that manager. It only mentions a $4.7 million bonus for someone in Lisbon.');
    expect(r).toMatchObject({ score: 0, outcome: 'not_found' });
  });
});

describe('context mentions beside the answer', () => {
  it.each([
    'The committee approved $4.7 million, up from $3.2 million last year.',
    'It is $4.7 million, compared with $2.1 million for the Porto plant manager.',
    'The bonus was $4.7 million (the Porto manager received $2.1 million).',
    'The bonus was $4.7 million. The document also mentions a $2.1 million bonus for Porto.',
    'The bonus for Lisbon was $4.7 million, not $2.1 million.',
  ])('credits "%s"', (response) => {
    expect(score(bonus, response)).toMatchObject({ score: 1, outcome: 'correct' });
  });

  it('ignores the question’s own numbers echoed back', () => {
    const q = 'How many recordable injuries were there at the Tampere mill in fiscal 2026, over the 3 shifts?';
    expect(scoreResponse('In fiscal 2026, over the 3 shifts, there were 23 injuries.', ['23'], [], { question: q }).score).toBe(1);
  });

  it('ignores a quoted needle’s other figures of another kind', () => {
    const r = score(bonus, 'The audit committee approved a $4.7 million retention bonus for the Lisbon plant manager, payable in two installments.');
    expect(r.score).toBe(1);
  });
});

describe('outcomes', () => {
  it('calls a decoy’s value a distractor', () => {
    expect(score(bonus, 'The bonus was $2.1 million.')).toMatchObject({ score: 0, outcome: 'distractor' });
  });

  it('scores each asked value of a multi-part question, and hedging on one part costs only that part', () => {
    const owner = ['Kesholt', 'June 9, 2026'];
    expect(scoreResponse('Kesholt, by June 9, 2026.', owner)).toMatchObject({ score: 1, outcome: 'correct' });
    expect(scoreResponse('Kesholt owns it; no date is given.', owner)).toMatchObject({ score: 0.5, outcome: 'partial' });
    expect(scoreResponse('Kesholt, by June 9 or June 23.', owner)).toMatchObject({ score: 0.5, outcome: 'partial' });
  });

  it('allows as many values as were asked for, and no more', () => {
    const asked = ['$4.7 million', '$1.2 million'];
    expect(scoreResponse('(1) $4.7 million (2) $1.2 million', asked).score).toBe(1);
    expect(scoreResponse('$4.7 million, $1.2 million, $3.3 million', asked)).toMatchObject({ score: 0, outcome: 'hedged' });
  });

  it('calls an empty response or a plain refusal not_found', () => {
    expect(scoreResponse('', ['$4.7 million']).outcome).toBe('not_found');
    expect(scoreResponse("I'm sorry, I couldn't find that in the document.", ['$4.7 million']).outcome).toBe('not_found');
  });

  it('calls a single guess hedged, and credits it only when guesses are asked for (the control)', () => {
    expect(scoreResponse('Maybe $4.7 million?', ['$4.7 million'])).toMatchObject({ score: 0, outcome: 'hedged' });
    expect(scoreResponse('My best guess would be $4.7 million.', ['$4.7 million'], [], { acceptGuesses: true }).score).toBe(1);
  });

  it('scores the answer after a reasoning block, not the reasoning', () => {
    const r = score(bonus, '<think>Porto has $2.1 million, Lisbon has $4.7 million.</think>The bonus was $4.7 million.');
    expect(r).toMatchObject({ score: 1, outcome: 'correct' });
    expect(score(bonus, '<think>Porto has $2.1 million, Lisbon has').outcome).toBe('not_found');
    expect(score(bonus, '<think>Porto has $2.1 million, Lisbon has').answered).toBe(false);
  });

  it('says when the rules are unsure, so a judge can decide', () => {
    expect(score(bonus, 'The bonus was $4.7 million.').decided).toBe(true);
    expect(score(bonus, 'The committee approved an amount that matches the Lisbon retention package.').decided).toBe(false);
    expect(scoreResponse('The shortlist belongs to the procurement lead.', ['Kesholt']).decided).toBe(false);
  });
});

describe('what a reply commits to when it gives other values too', () => {
  const para = { q: 'How much money was set aside to keep the person running the Portuguese factory from leaving?', a: ['$4.7 million'], d: [['$2.1 million']] };

  it('takes the bare answer a reply opens with, not the wordier sentence after it', () => {
    expect(score(para, '$4.7 million\n\nThe audit committee also approved a $2.1 million retention bonus for the Porto plant manager.').score).toBe(1);
    expect(score(para, '$2.1 million.\n\nThe committee approved $4.7 million for the Lisbon plant manager and $2.1 million for Porto.').outcome).toBe('distractor');
  });

  it('never narrows a list or an alternative down to its first value', () => {
    expect(score(para, '- $4.7 million\n- $2.1 million').outcome).toBe('hedged');
    expect(score(para, '$4.7 million. Alternatively, $2.1 million.').outcome).toBe('hedged');
    expect(score(para, '$4.7 million. That said, $2.1 million is also possible.').outcome).toBe('hedged');
    expect(score(para, 'The company paid either $4.7 million or $2.1 million; I cannot tell which plant is meant.').outcome).toBe('hedged');
  });

  it('takes the value after a correction', () => {
    expect(score(bonus, 'The bonus was $2.1 million. Actually, correction: for Lisbon it was $4.7 million.').score).toBe(1);
    expect(score(bonus, 'The bonus was $4.7 million — sorry, I misread; it is $2.1 million.').outcome).toBe('distractor');
  });

  it('sets aside the bound the question does not ask about', () => {
    const ceiling = { q: 'What ceiling on debt relative to earnings must be respected under the loan deal?', a: ['4.15x'], d: [['2.35x']] };
    expect(score(ceiling, 'Leverage must stay below 4.15x and interest coverage above 2.35x.').score).toBe(1);
    expect(score(ceiling, 'Maximum net leverage: 4.15x. Minimum interest coverage: 2.35x.').score).toBe(1);
  });

  it('reads what stays as it was as the background of a change', () => {
    const carrier = { q: 'Which new carrier did we pick for the Lyon region?', a: ['Kesworth Freight'], d: [['Dornholt Freight']] };
    expect(score(carrier, 'Dornholt Freight stays on for Rosario, while Kesworth Freight is the new carrier for Lyon.').score).toBe(1);
    expect(score(carrier, 'Kesworth Freight. Dornholt Freight continues to serve Rosario.').score).toBe(1);
  });

  it('reads a target, a total and a part as context', () => {
    const injuriesAt = { q: 'How many recordable injuries did the Reno site log?', a: ['23'], d: [] };
    expect(score(injuriesAt, 'The Reno site logged 23 recordable injuries, above its target of 15.').score).toBe(1);
    expect(scoreResponse('439 positions were eliminated, bringing total cuts to 1,100.', ['439'], [], { question: 'How many jobs were cut?' }).score).toBe(1);
    expect(score(bonus, 'The bonus is $4.7 million, paid in two installments of $2.35 million.').score).toBe(1);
  });

  it('gives each value its own label', () => {
    const ticket = { q: 'Which ticket is blocked until the keys are rotated?', a: ['PAY-4821'], d: [['OPS-2290']] };
    expect(score(ticket, 'PAY-4821 (blocked), OPS-2290 (unblocked)').score).toBe(1);
    expect(score(ticket, 'The tickets mentioned are PAY-4821 and OPS-2290.').outcome).toBe('hedged');
  });

  it('does not take a statement of something else after a refusal for an answer', () => {
    expect(score(para, 'Nowhere does the document mention that; $4.7 million is for Lisbon.').outcome).toBe('not_found');
    expect(score(para, 'The document does not name a Portuguese factory, but the Lisbon plant manager got $4.7 million.').score).toBe(1);
    expect(scoreResponse('1. Not stated. 2. 18.2%. 3. Carnmoor.', ['April 3, 2026', '18.2%', 'Carnmoor'])).toMatchObject({ outcome: 'partial' });
  });

  it('reads more ways of saying the document does not hold the answer', () => {
    for (const r of ["This information isn't provided in the document.", '{"answer": null}', '{"answer": "unknown"}', 'The answer cannot be determined from the document.', 'The report is silent on this.', "The tax note doesn't quantify it."]) {
      expect(score(bonus, r).outcome, r).toBe('not_found');
    }
  });

  it('does not take another street of the same name for the asked one', () => {
    expect(scoreResponse('Marlhaven Avenue', ['Marlhaven Street'], [], { question: 'On what street will the clinic open?' }).outcome).toBe('wrong');
  });
});
