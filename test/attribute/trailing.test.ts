import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { TRAILING } from '../../src/pipeline/attribute/trailing.js';

shapeTable('trailing attributions', TRAILING, [
  ['quote-comma-name-cue', 'But “this is fine,” he said.'],
  ['quote-comma-cue-name', '“Donald is an amazing leader,” said the 46-year-old.'],
  ['quote-comma-name-cue', '“Hands off our parks,” the sign said.'], // a sign, a banner, a headline speaks (issue 15)
  ['quote-according-to-name', '"The records do not show the loss claimed," according to a court paper filed by a county prosecutor.'],
], [
  ['quote-comma-cue-name', 'The star of “Scandal,” thanked Obama.'],
  ['quote-comma-name-cue', '“We will win” is the slogan of the campaign.'],
  ['quote-comma-name-cue', '“We will win” was all the sign said.'],
  ['quote-dash-name', 'Jane Doe left the room: “We will win this time.”'],
  ['quote-according-to-name', 'Everything went “according to plan,” and the team left.'],
]);

describe('trailing attributions', () => {
  test('the speaker after the quotation is its name, without the apposition that follows', () => {
    expect(claims('“We asked for training,” said Chris Crane, president of the union.').map((c) => [c[0], c[1], c[5]])).toEqual([
      ['We asked for training,', 'Chris Crane', 'quote-comma-cue-name'],
    ]);
  });
});

describe('issue 15: a trailing speaker with a long apposition', () => {
  test.each([
    ['“We will win,” James B. Smith Jr., the director of the State Bureau of Mines, said.', 'James B. Smith Jr., the director of the State Bureau of Mines'],
    ['“We will win,” Jane Doe, 67, a retired bus driver in Dayton, Ohio, said.', 'Jane Doe, 67, a retired bus driver in Dayton, Ohio'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => [c[1], c[5]])).toEqual([[speaker, 'quote-comma-name-cue']]);
  });
  test('far off, a speaker phrase that does not open after the quotation is not taken', () => {
    const text = '“We will win,” the crowd roared as the candidate, who had flown in from Ohio that morning, said nothing.';
    expect(claims(text).map((c) => c[5])).not.toContain('quote-comma-name-cue');
  });
});

describe('issue 15: a bare speaking noun after an inverted cue ends the sentence', () => {
  test.each([
    ['“The bridge was unsafe for years,” said engineers.', 'engineers'],
    ['“The bridge was unsafe for years,” claim local residents.', 'local residents'],
    ['“Save the library,” read one.', 'one'],
    ['Bridge ‘was unsafe for years’ before collapse, claim passengers\n\nThe bridge fell on Monday.', 'passengers'],
  ])('%s', (text, speaker) => {
    expect(claims(text).map((c) => c[1])).toEqual([speaker]);
  });

  test.each([
    // a participle before a plural noun inside an open quotation, not an inverted cue
    ['He wrote: “She won a majority of regular, pledged delegates.', 'delegates'],
    ['She won a majority of “regular” pledged delegates.', 'delegates'],
    // more words after the noun: not a bare speaker
    ['“The bridge was unsafe,” said engineers at the site.', 'engineers'],
  ])('no bare speaker: %s', (text, noun) => {
    expect(claims(text).filter((c) => c[1].includes(noun))).toEqual([]);
  });
});
