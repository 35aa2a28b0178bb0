import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { CONTINUED } from '../../src/pipeline/attribute/continued.js';

shapeTable('continued quotations', CONTINUED, [
  ['quote-continued', '“We will win,” Doe said.\n\n“The count is wrong and unfair.”'],
  ['headline-name-colon', 'Insiders were asked about the race.\n\nJane Doe: Owen Tarrant Is The Best Choice.\n\nThe race goes on.'],
  // not a title: lower-case words, or a sentence of its own
  ['quote-continued', '“We will win,” Doe said. “The count is wrong and unfair” was all she added.'],
  ['quote-continued', '“We will win,” Doe said.\n\n“The Count Is Wrong.”'],
  ['quote-after-reported', 'The mayor said the budget would pass.\n\n"We have the votes and we will use them."'],
  ['quote-after-reported', 'Mr Roe told his club that the board would "say anything". "This season alone they have called me names."'],
  ['quote-after-reported', 'Ms Doe pledged cleaner streets. ‘I grew up on these streets, and I know them.’'],
  ['block-quote-after-colon', 'The ministers pledged:\n\nWe will let every interpreter who served stay in the country.'],
  ['block-quote-after-colon', 'The mayor told the paper:\n\nNo way, ever.'],
  ['block-quote-after-colon', 'Jane Doe argued that:\n\nThe policy is wrong and it will fail.'],
  ['block-quote-after-colon', 'Jane Doe wrote:\n\nThe count went on all night, and I think it was fair.'],
], [
  // a title, not a quotation of the speaker: it does not end its sentence
  ['quote-after-reported', 'Doe said the series was over. "The Last Days of Summer" is her next film.'],
  // a sentence between the attribution and the quotation
  ['quote-after-reported', 'Doe said the count was wrong. The court met on Monday. "We will appeal this ruling."'],
  // not what the speaker said: what they called something
  ['quote-after-reported', 'Critics called the plan "a disaster". "Nobody will ever pay for this plan."'],
  // a quotation that opens the next paragraph after an attribution that did not end its own
  ['quote-after-reported', 'Doe said the count was wrong. Then she left.\n\n"We will appeal this ruling."'],
  ['quote-continued', '“We will win,” Doe said.\n\nThe mayor left town after that.\n\n“The count is wrong and unfair.”'],
  ['quote-unattributed', 'The so-called “plan” failed.'],
  // a title as the subject of its sentence
  ['quote-continued', '“We will win,” Doe said.\n\n“Sons of the Desert” is her next film.'],
  // a subhead in single marks after a quotation in double ones (straight, curly, or doubled apostrophes)
  ['quote-continued', "''The plant will close next year,'' she said.\n\n'A really hard choice.'\n\nThe workers met on Monday."],
  ['quote-continued', '“The plant will close next year,” she said.\n\n‘A really hard choice.’\n\nThe workers met on Monday.'],
  ['block-quote-after-colon', 'Jane Doe had three goals:\n\nThe policy is wrong.'],
  // a time stamp under a heading that ends in a colon
  ['block-quote-after-colon', 'Here is the latest, as the mayor reports it (all times local):\n\n9:42 p.m.\n\nThe mayor won the race.'],
  ['block-quote-after-colon', 'The ministers pledged to:\n\nUnder the old scheme, only a few could stay in the country.'],
  // issue 15: the colon sentence has its content already (an embedded post followed, lost from the text)
  ['block-quote-after-colon', 'Jane Doe pointed out that the vote was close:\n\nThe count went on all night in the county.'],
  // issue 15: the next paragraph is narration: a time, a colon of its own, an attribution of its own
  ['block-quote-after-colon', 'The latest on the race, with Jane Doe saying she will win (all times local):\n\n9:42 p.m.'],
  ['block-quote-after-colon', 'Jane Doe told the paper:\n\nAfter the vote, the mayor thanked the voters in Spanish:'],
  ['block-quote-after-colon', 'Jane Doe told the paper:\n\nAnd after the vote, John Roe said that he was “proud of the count.”'],
  ['headline-name-colon', 'Note: Trump Must Decide\n\nThe race goes on.'],
  // a list of names under a heading
  ['headline-name-colon', 'Insiders were asked about the race.\n\nNew Hampshire: Owen Tarrant, Ann Lee, Bo Diaz, Cy Hart.\n\nThe race goes on.'],
]);

describe('continued quotations and headlines', () => {
  test.each([
    // Single marks throughout (British style): a quotation alone in its paragraph still continues.
    ["'The plant will close next year,' she said.\n\n'It is a really hard choice.'", 'It is a really hard choice.'],
    // Double marks: a quotation alone in its paragraph continues.
    ['"The plant will close next year," she said.\n\n"It is a really hard choice."', 'It is a really hard choice.'],
    // Single marks inside a paragraph with more words: not a subhead.
    ["''The plant will close next year,'' she said.\n\n'A really hard choice,' she added later.", 'A really hard choice,'],
  ])('a quotation that goes on: %j', (text, quote) => {
    expect(claims(text).filter((c) => c[1] === 'she').map((c) => c[0])).toContain(quote);
  });

  test('a quotation after a head with its own continuation keeps the speaker', () => {
    const out = claims('The streets were deserted, he added, "but people need to connect." "We will manage."');
    expect(out.map((c) => [c[1], c[5]])).toEqual([['he', 'head-name-cue-quote'], ['he', 'quote-continued']]);
  });

  test('a quotation after reported speech takes its speaker and cue, and the next quotation goes on with it', () => {
    const out = claims('Jane Doe said the count was wrong. "We will appeal this ruling." "The court will see it our way."');
    expect(out.map((c) => [c[0], c[2], c[3], c[5]])).toEqual([
      ['the count was wrong', 'Jane Doe', 'said', 'name-cue-that-clause'],
      ['We will appeal this ruling.', 'Jane Doe', 'said', 'quote-after-reported'],
      ['The court will see it our way.', 'Jane Doe', 'said', 'quote-after-reported'],
    ]);
  });

  test('issue 15: narration after a colon keeps its own speaker', () => {
    const out = claims('Jane Doe pointed out that the vote was close:\n\nAnd after the vote, John Roe said that he was “proud of the count.”');
    expect(out.map((c) => [c[0], c[1]])).toEqual([['the vote was close', 'Jane Doe'], ['he was “proud of the count.”', 'John Roe']]);
  });

  test('headline style Name: content', () => {
    const [c] = claims('Dempsey: Ferris Must Choose If He Wants a Two-Captain Crew\n\nMore text here.');
    expect(c?.slice(0, 4)).toEqual(['Ferris Must Choose If He Wants a Two-Captain Crew', 'Dempsey', 'Dempsey', ':']);
  });
});

describe('issue 15: a reported claim between two pieces takes the next quotation', () => {
  test('the piece after another speaker’s reported sentence is that speaker’s, and so is the one after it', () => {
    const text = '"The vote is close," Jane Doe said. John Roe says it may not be. "Nobody has counted the mail ballots yet."\n\n"We will know on Friday."';
    expect(claims(text).map((c) => [c[0], c[1], c[5]])).toEqual([
      ['The vote is close,', 'Jane Doe', 'quote-comma-name-cue'],
      ['it may not be', 'John Roe', 'name-cue-that-clause'],
      ['Nobody has counted the mail ballots yet.', 'John Roe', 'quote-after-reported'],
      ['We will know on Friday.', 'John Roe', 'quote-continued'], // it continues the piece before it
    ]);
  });

  test.each([
    // The reported clause is part of the first piece's own sentence.
    ['the reported clause in the first piece’s sentence', '"Your plan is fine," Doe told Roe, after Roe told Doe that the town backed her. "I will not let you down."', 'Doe'],
    // A relative's claim is the same speaker's.
    ['a relative clause', '"The vote is close," said Jane Doe. She is a lawyer who said that the count was slow. "We will know on Friday."', 'Jane Doe'],
    // The next paragraph: the earlier speaker goes on.
    ['another paragraph', '"The vote is close," Jane Doe said. John Roe said it was not.\n\n"We will know on Friday," she added. "Nobody has counted yet."', 'she'],
  ])('the earlier speaker keeps the piece: %s', (_what, text, speaker) => {
    expect(claims(text).at(-1)?.[1]).toBe(speaker);
  });
});

describe('issue 15: an aside after the closing marks still ends what the speaker said', () => {
  test('a quotation after it carries on the reported speaker’s words', () => {
    expect(claims('Roe said the rules were "written to be broken," a phrase from her campaign. "We will change every one of them."').map((c) => [c[0], c[1], c[5]])).toEqual([
      ['the rules were "written to be broken,"', 'Roe', 'name-cue-that-clause'],
      ['We will change every one of them.', 'Roe', 'quote-after-reported'],
    ]);
  });
  test('near miss: a trailing attribution after the marks is not an aside', () => {
    expect(claims('The rules were "written to be broken," he said of the plan. "We will change every one of them."').map((c) => c[5])).not.toContain('quote-after-reported');
  });
});
