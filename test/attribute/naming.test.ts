import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { NAMING } from '../../src/pipeline/attribute/naming.js';

shapeTable('naming verbs', NAMING, [
  ['name-cue-object-quote', 'Trump calls Cruz “a liar.”'],
  // issue 15: a long object, a name read whole, an apposition, a cue word used as a noun, a free relative
  ['name-cue-object-quote', 'Jane Roe called the mayor’s handling of sound advice from seasoned budget officers “disrespectful to the staff.”'],
  ['name-cue-object-quote', 'Jane Doe called Mr. Smith’s remarks about the judge “racist.”'],
  ['name-cue-object-quote', 'The governor called Smith, his Democratic rival, a “fraud.”'],
  ['name-cue-object-quote', 'The governor called the use of emergency orders “quite reckless.”'],
  ['name-cue-object-quote', 'The director called the agency’s private email servers “careless.”'],
  ['name-cue-object-quote', 'The mayor called what she witnessed “terrible.”'],
  ['name-cue-object-quote', 'The newspaper calls it “the pearl” of the coast.'],
  // the signs of a number inside the object
  ['name-cue-object-quote', 'Jane Roe called the mayor’s remarks on 4/12 “a sad day.”'],
  ['name-cue-object-quote', 'Jane Roe called the $2.5 billion plant “a disgrace.”'],
], [
  ['name-cue-object-quote', 'Bush called Trump on Tuesday.'],
  ['name-cue-object-quote', 'Bush called for “unity.”'],
  // issue 15 near misses: a cue verb inside the object is a second clause; a comma without an apposition
  ['name-cue-object-quote', 'The governor called the mayor and said “we will win.”'],
  ['name-cue-object-quote', 'The governor called Smith, who ran last year, and later “wished him well.”'],
  ['name-cue-object-quote', 'The calls it made to voters “worked,” aides said.'],
]);

describe('a naming verb with an object and a quoted complement (issue: `called X “Y”`)', () => {
  test.each([
    ['Sen. Gus Holloway called the statement “rude and absurd.”', ['the statement “rude and absurd.”', 'Sen. Gus Holloway', 'Gus Holloway', 'called', 'mixed', 'name-cue-object-quote']],
    ['Jane Doe called Trump a “jackass.”', ['Trump a “jackass.”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'name-cue-object-quote']],
    ['Trump calls Cruz “a liar.”', ['Cruz “a liar.”', 'Trump', 'Trump', 'calls', 'mixed', 'name-cue-object-quote']],
    ['Critics labeled the plan “a disaster” on Monday.', ['the plan “a disaster”', 'Critics', 'Critics', 'labeled', 'mixed', 'name-cue-object-quote']],
    // the complement ends with its quotation
    ['Jane Doe called the system “rigged” in a tweet, and others agreed.', ['the system “rigged”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'name-cue-object-quote']],
    ['Jane Doe met voters and called the tax “a disgrace.”', ['the tax “a disgrace.”', 'Jane Doe', 'Jane Doe', 'called', 'mixed', 'and-cue-that-clause']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test.each([
    'Jane Doe called off the “unity” rally.',
    'Jane Doe called in “experts.”',
    'Jane Doe called him to say “thanks.”',
    'The so-called “experts” disagreed.',
    'The calls from voters “were angry.”',
    'Jane Doe called a news conference “to clear the air.”',
  ])('no small clause: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test('`called for` keeps its own shape', () => {
    expect(claims('Jane Doe called for “a political revolution.”').map((c) => c[5])).not.toContain('name-cue-object-quote');
  });
});

shapeTable('issue 15: an unquoted complement of `call`', NAMING, [
  ['name-cue-object-complement', 'The senator called Smith a liar.'],
  ['name-cue-object-complement', 'The mayor called him divisive and left the room.'],
  ['name-cue-object-complement', 'The union called the deal a betrayal of its members.'],
  ['name-cue-object-complement', 'The board called the vote unfair, and the mayor agreed.'],
  ['name-cue-object-complement', 'She called her late husband her hero before the crowd fell silent.'],
  ['name-cue-object-complement', 'Critics dubbed the plan a giveaway.'],
  // `calls` after a common noun is a verb before an object pronoun
  ['name-cue-object-complement', 'The union calls it a broken promise.'],
], [
  ['name-cue-object-complement', 'The senator called Smith on Tuesday.'],
  ['name-cue-object-complement', 'The senator called him back.'],
  ['name-cue-object-complement', 'The senator called it quits after ten years.'],
  ['name-cue-object-complement', 'The senator called her the next day.'],
  ['name-cue-object-complement', 'The senator called a meeting of the board.'],
  ['name-cue-object-complement', 'The senator called the police after the shooting.'],
  ['name-cue-object-complement', 'The senator called it a day.'],
  ['name-cue-object-complement', 'The senator called Smith and Jones to ask for help.'],
  ['name-cue-object-complement', 'The senator called them directly.'],
  ['name-cue-object-complement', 'The senator called the president a few times.'],
  ['name-cue-object-complement', 'A group called Friends 7 met on Monday.'],
  ['name-cue-object-complement', 'The campaign calls voters every day.'],
  ['name-cue-object-complement', 'The union calls it quits.'],
]);

describe('issue 15: the unquoted complement is the content', () => {
  test.each([
    ['The senator called Smith a liar.', ['Smith a liar', 'The senator', 'called']],
    ['She called her late husband her hero before the crowd fell silent.', ['her late husband her hero', 'She', 'called']],
    ['The board called the vote unfair, and the mayor agreed.', ['the vote unfair', 'The board', 'called']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toEqual([expected]);
  });
});
