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

describe('issue 15: a quotation whose trailing speaker no quotation shape read takes the reported attribution', () => {
  test.each([
    ['“The plan cannot pass the state senate this year,” the committee chairmen wrote. “We urge a new vote.”', [
      ['The plan cannot pass the state senate this year,', 'the committee chairmen', 'wrote', 'quote-comma-name-cue'],
      ['We urge a new vote.', 'the committee chairmen', 'wrote', 'quote-continued'],
    ]],
    ['“The landlord never fixed the heating in the building,” the suit says.', [
      ['The landlord never fixed the heating in the building,', 'the suit', 'says', 'quote-comma-name-cue'],
    ]],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3], c[5]])).toEqual(expected);
  });
});

describe('issue 15: a quotation opening an aside, or missing its comma before the speaker', () => {
  test.each([
    ['Some fear the worst (“This is less a crisis than a takeover,” Ann Lee wrote in May) and others do not.', 'This is less a crisis than a takeover,', 'Ann Lee'],
    ['The mayor praised the plan - “a plan that works for every family,” she said - and asked for a vote.', 'a plan that works for every family,', 'she'],
    ['“The caucus is a battle of small groups” Tom Hale said.', 'The caucus is a battle of small groups', 'Tom Hale'],
  ])('%s', (text, quote, speaker) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toContainEqual([quote, speaker]);
  });
  test.each([
    // near misses: a dash inside one speaker's quotation, a title without a comma, a short quotation without one
    ['“I doubt the rumour” -- that the mayor is leaving -- “will hold for long,” she says.', 'will hold for long,'],
    ['“Harbour Lights” Director Dana Reyes said the show was hard to make.', 'Harbour Lights'],
    ['“Big win” Tom Hale said.', 'Big win'],
  ])('%s', (text, quote) => {
    expect(claims(text).map((c) => c[0])).not.toContain(quote);
  });
});
