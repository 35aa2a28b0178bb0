import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { CONTINUED } from '../../src/pipeline/attribute/continued.js';

shapeTable('continued quotations', CONTINUED, [
  ['quote-continued', '“We will win,” Doe said.\n\n“The count is wrong and unfair.”'],
], [
  ['quote-continued', '“We will win,” Doe said.\n\nThe mayor left town after that.\n\n“The count is wrong and unfair.”'],
  ['quote-unattributed', 'The so-called “plan” failed.'],
  ['block-quote-after-colon', 'Jane Doe had three goals:\n\nThe policy is wrong.'],
  ['headline-name-colon', 'Note: Trump Must Decide\n\nThe race goes on.'],
]);

describe('continued quotations and headlines', () => {
  test('a quotation after a head with its own continuation keeps the speaker', () => {
    const out = claims('The streets were deserted, he added, "but people need to connect." "We will manage."');
    expect(out.map((c) => [c[1], c[5]])).toEqual([['he', 'head-name-cue-quote'], ['he', 'quote-continued']]);
  });

  test('headline style Name: content', () => {
    const [c] = claims('Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket\n\nMore text here.');
    expect(c?.slice(0, 4)).toEqual(['Trump Must Decide If He Wants a Two-Pirate Ticket', 'Gingrich', 'Gingrich', ':']);
  });
});
