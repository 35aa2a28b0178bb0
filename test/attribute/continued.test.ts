import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { CONTINUED } from '../../src/pipeline/attribute/continued.js';

shapeTable('continued quotations', CONTINUED, [
  ['quote-continued', '“We will win,” Doe said.\n\n“The count is wrong and unfair.”'],
  ['quote-after-reported', 'The mayor said the budget would pass.\n\n"We have the votes and we will use them."'],
  ['quote-after-reported', 'Mr Roe told his club that the board would "say anything". "This season alone they have called me names."'],
  ['quote-after-reported', 'Ms Doe pledged cleaner streets. ‘I grew up on these streets, and I know them.’'],
  ['block-quote-after-colon', 'The ministers pledged:\n\nWe will let every interpreter who served stay in the country.'],
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
  ['block-quote-after-colon', 'Jane Doe had three goals:\n\nThe policy is wrong.'],
  ['block-quote-after-colon', 'The ministers pledged to:\n\nUnder the old scheme, only a few could stay in the country.'],
  // issue 15: the colon sentence has its content already (an embedded post followed, lost from the text)
  ['block-quote-after-colon', 'Jane Doe pointed out that the vote was close:\n\nThe count went on all night in the county.'],
  // issue 15: the next paragraph is narration: a time, a colon of its own, an attribution of its own
  ['block-quote-after-colon', 'The latest on the race, with Jane Doe saying she will win (all times local):\n\n9:42 p.m.'],
  ['block-quote-after-colon', 'Jane Doe told the paper:\n\nAfter the vote, the mayor thanked the voters in Spanish:'],
  ['block-quote-after-colon', 'Jane Doe told the paper:\n\nAnd after the vote, John Roe said that he was “proud of the count.”'],
  ['headline-name-colon', 'Note: Trump Must Decide\n\nThe race goes on.'],
]);

describe('continued quotations and headlines', () => {
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
