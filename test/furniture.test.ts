import { describe, expect, test } from 'vitest';
import { findFurniture } from '../src/pipeline/furniture.js';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { claims } from './helpers/claims.js';

const furnitureOf = (text: string): string[] => {
  const ps = splitParagraphs(text);
  return findFurniture(text, ps).map((i) => text.slice(ps[i]!.start, ps[i]!.end));
};

describe('furniture over several paragraphs (issue 14)', () => {
  test.each([
    ['Acme said sales rose.\n\nAbout Acme\n\nAcme says it makes anvils.', ['About Acme', 'Acme says it makes anvils.']],
    ['Sales rose.\n\nAbout The Lantern Software Guild (LSG)\n\nThe LSG says it is volunteers.\n\nTrademarks are theirs.', ['About The Lantern Software Guild (LSG)', 'The LSG says it is volunteers.', 'Trademarks are theirs.']],
    ['Sales rose.\n\nMedia Contact:\n\nJane Doe\n\njane@acme.com', ['Media Contact:', 'Jane Doe', 'jane@acme.com']],
    ['Sales rose.\n\n###\n\nAcme says it is great.', ['###', 'Acme says it is great.']],
    ['Sales rose.\n\n-30-\n\nJane Doe said she wrote it.', ['-30-', 'Jane Doe said she wrote it.']],
    ['Sales rose.\n\nFor more information, contact Jane Doe at 555-0100.', ['For more information, contact Jane Doe at 555-0100.']],
  ])('%j', (text, expected) => {
    expect(furnitureOf(text)).toEqual(expected);
  });

  test.each([
    'About 200 people gathered, Jane Doe said.',
    'About Acme, Jane Doe said little.\n\nShe said sales rose.',
    'The end of the quarter was good.\n\nJane Doe said sales rose.',
    'He talked about Acme.\n\nAcme says it makes anvils.',
  ])('no furniture: %j', (text) => {
    expect(furnitureOf(text)).toEqual([]);
  });

  test('a claim in an `About` section or after `###` is no claim; the release\'s own claims stay', () => {
    const text = 'Jane Doe said that sales rose.\n\nAbout Acme\n\nAcme says it is the leading maker of anvils.\n\n###\n\nJohn Roe said that the release ends here.';
    expect(claims(text).map((c) => c[1])).toEqual(['Jane Doe']);
  });
});
