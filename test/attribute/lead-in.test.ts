import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { LEAD_IN } from '../../src/pipeline/attribute/lead-in.js';

shapeTable('lead-ins', LEAD_IN, [
  ['name-cue-colon-quote', 'Senator Doe said: "We will win."'],
  ['name-cue-comma-quote', 'When asked, he said, "no way, not now."'],
  ['head-quote-name-cue', 'They "seemed to be a few boot prints," he wrote.'],
], [
  ['name-cue-comma-quote', 'Jane Doe said the “plan” was wrong.'],
  ['name-cue-colon-quote', 'Doe said: we will win.'],
  ['name-colon-quote', 'Note: “We will win this time.”'],
  ['head-quote-name-cue', 'In the end, “we will win,” he said.'],
]);

describe('lead-ins and heads', () => {
  test.each([
    ['The market was empty, he added, "but traders need to meet somewhere."', ['The market was empty, he added, "but traders need to meet somewhere.', 'he', 'mixed', 'head-name-cue-quote']],
    ['They "seemed to be a few boot prints," he wrote.', ['They "seemed to be a few boot prints,', 'he', 'mixed', 'head-quote-name-cue']],
    ['But "this is fine," he said.', ['this is fine,', 'he', 'direct', 'quote-comma-name-cue']],
    ['When asked, he said, "no way, not now."', ['no way, not now.', 'he', 'direct', 'name-cue-comma-quote']],
    ['Holding up a map, Beck said, "I only want to ask you about this road."', ['I only want to ask you about this road.', 'Beck', 'direct', 'name-cue-comma-quote']],
    ['He shouted "You lie!" at the president during the address.', ['You lie!', 'He', 'direct', 'name-cue-comma-quote']],
  ])('unquoted words that open the sentence belong to the content: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[4], c[5]])).toEqual([expected]);
  });

  test('headline style Name: ‘…’ with a name the lexicon does not know, not a label or a place below it', () => {
    expect(claims('Gingrich: ‘Trump must decide soon’\n\nThe rally went on.').map((c) => [c[0], c[1], c[5]])).toEqual([['Trump must decide soon', 'Gingrich', 'name-colon-quote']]);
    expect(claims('Update: “Most voters are undecided”\n\nIowa: “Most voters are undecided”')).toEqual([]);
  });

  test('a document speaks through `read` only next to a quotation or a colon', () => {
    expect(claims('The banner read: "No parking after dark."').map((c) => [c[0], c[1], c[5]])).toEqual([['No parking after dark.', 'The banner', 'name-cue-colon-quote']]);
    expect(claims('The letter read: "We regret to inform you of the closure."').map((c) => [c[0], c[1]])).toEqual([['We regret to inform you of the closure.', 'The letter']]);
    expect(claims('It read: "Every vote will be counted."').map((c) => [c[0], c[1]])).toEqual([['Every vote will be counted.', 'It']]);
    expect(claims('A sign said: "Closed until further notice."').map((c) => [c[0], c[1]])).toEqual([['Closed until further notice.', 'A sign']]);
    expect(claims('"We will rebuild the bridge by spring," the statement read.').map((c) => [c[0], c[1]])).toEqual([['We will rebuild the bridge by spring,', 'the statement']]);
    expect(claims('"No layoffs this year," it read.').map((c) => [c[0], c[1]])).toEqual([['No layoffs this year,', 'it']]);
    // the other verb: no cue
    expect(claims('"Hamlet," the boy read aloud.')).toEqual([]);
    expect(claims('She read the report twice before the vote.')).toEqual([]);
    expect(claims('He read "The Long Road" to the class last spring.')).toEqual([]);
  });

  test('a quotation that stops mid-clause after `X said,` runs on', () => {
    const [c] = claims('But in Crane’s view, “ICE lacks effective leadership” under a new manager.');
    expect([c?.[0], c?.[1], c?.[4]]).toEqual(['ICE lacks effective leadership” under a new manager', 'Crane', 'mixed']);
  });
});

describe('a lead-in speaker headed by a speaking noun with its modifier', () => {
  test.each([
    ['A spokeswoman for the city said: "We will reopen the pool in June."', ['We will reopen the pool in June.', 'A spokeswoman for the city', 'name-cue-colon-quote']],
    ['The father of five told the paper: "We will stay here for good."', ['We will stay here for good.', 'The father of five', 'name-cue-colon-quote']],
    ['One aide close to the talks said, "Nobody expected a deal this week."', ['Nobody expected a deal this week.', 'One aide close to the talks', 'name-cue-comma-quote']],
  ])('the whole phrase speaks, the quotation alone is the content: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([expected]);
  });

  test.each([
    // An opening circumstance is no part of the speaker; a name in apposition keeps its description.
    ['After the vote, Jane Doe said: "We will reopen the pool in June."', 'Jane Doe'],
    ['A lawyer for the family, Tom Reed, said: "We will appeal the ruling."', 'A lawyer for the family, Tom Reed'],
  ])('near miss: the nearest phrase stays the speaker: %s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });
});

describe('a speaking noun with `of` and a number', () => {
  test.each([
    ['The father of two said: "We will stay here for good."', ['We will stay here for good.', 'The father of two']],
    ['A mother of three told the paper: "We will not move."', ['We will not move.', 'A mother of three']],
  ])('the whole phrase speaks (a number word is no function word after `of`): %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual([expected]);
  });

  test('near miss: a number after `of the` ends no speaker phrase', () => {
    expect(claims('Turnout rose in the largest of the three states that voted on Tuesday.')).toEqual([]);
  });
});
