import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { personOf } from '../../src/pipeline/attribute/voice.js';

describe('first-person voice: the writer\'s own thoughts are not claims (issue 14)', () => {
  test.each([
    'I think the city should build more housing.',
    'We believe the council got this wrong.',
    'I\'ve long believed that the league was rigged.',
    'As you know, the vote is on Friday.',
    'You might say that the plan failed.',
  ])('no claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test.each([
    // near misses: someone else's thought, or the writer's quoted words, stay claims
    ['The mayor thinks the city should build more housing.', 'The mayor'],
    ['Jane Doe believes the council got this wrong.', 'Jane Doe'],
    ['“I think the plan failed,” Jane Doe said.', 'Jane Doe'],
  ])('a claim: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test.each([
    // `you` in someone's quoted words names a hearer: the quotation is the speaker's claim, nothing is `you`'s
    ['"If a man asks for 10,000 rounds, you know, you might think that he is up to something," the senator said.', ['the senator']],
    ['"So if a man comes in and says, “I want 300 crates,” you know, well, you could be troubled by that," the senator said.', ['the senator']],
    ['He wrote: "Sorry, you should have said that the plan was dead."', ['He']],
    // near miss: a named hearer's words stay a claim
    ['"Sorry, Sarah should have said that the plan was dead," he wrote.', ['he']],
  ])('no speaker `you`: %s', (text, speakers) => {
    const got = claims(text).map((c) => c[1]);
    expect(got.filter((s) => s !== '-')).toEqual(speakers);
    expect(got.map((s) => s.toLowerCase())).not.toContain('you');
  });

  test('`I said` inside a transcript turn is the turn speaker\'s: part of the turn, no claim of `I`', () => {
    const text = 'MS. DOE: Hello.\n\nQ    Is it true?\n\nMS. DOE: Yes. I said that the bill will pass this week.';
    expect(claims(text).map((c) => [c[0], c[2]])).toEqual([['Hello.', 'DOE'], ['Yes. I said that the bill will pass this week.', 'DOE']]);
  });

  test.each([
    ['I', 1], ['We\'ve', 1], ['I’m', 1], ['you', 2], ['You\'re', 2], ['Jane', null], ['Ian', null],
  ] as const)('personOf(%j)', (phrase, person) => {
    expect(personOf(phrase)).toBe(person);
  });
});
