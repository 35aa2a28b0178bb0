import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { NESTED_QUOTE } from '../../src/pipeline/attribute/nested-quote.js';

shapeTable('nested quotations', NESTED_QUOTE, [
  ['nested-quote', '‘I kept saying to the players, “We are going to win this league”,’ Jane Doe says.'],
  ['nested-quote', '"We had no money," Jane Doe recalled. "Everybody said to us: \'Don\'t bother, you will lose.\' But we won."'],
  ['nested-quote', '"I phoned my sister and I said, \'Please come to the hospital now.\' She came," Jane Doe said.'],
  // the outer quotation in typewriter marks (``…'' or ''…''): the quote finder pairs them
  ['nested-quote', "''I rang the garage and I said, 'Keep the car until Monday.' They did,'' Jane Doe said."],
], [
  ['nested-quote', '"The city could say, \'You broke the rules as well.\' That is the risk," Jane Doe said.'],
  ['nested-quote', '"He said, \'We are closed today.\' So we left," Jane Doe said.'],
  ['nested-quote', '"I read the sign, \'Closed for repairs,\' and went home," Jane Doe said.'],
  ['nested-quote', '"I said that \'closed\' was the wrong word," Jane Doe said.'],
  ['nested-quote', '"I said, we\'re done here," Jane Doe said.'],
  ['nested-quote', '"I said, \'90s music was better, and we\'re done here," Jane Doe said.'],
]);

describe('a nested quotation is a claim of the quoted speaker', () => {
  test('`I` inside the quotation is the outer speaker; the outer claim stays whole', () => {
    const out = claims('"I phoned my sister and I said, \'Please come to the hospital now.\' She came," Jane Doe said.');
    expect(out.map((c) => [c[0], c[1], c[2], c[5]])).toEqual([
      ['I phoned my sister and I said, \'Please come to the hospital now.\' She came,', 'Jane Doe', 'Jane Doe', 'quote-comma-name-cue'],
      ['Please come to the hospital now.', 'I', 'Jane Doe', 'nested-quote'],
    ]);
  });
});
