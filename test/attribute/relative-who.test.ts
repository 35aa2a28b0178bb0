import { expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// A poll quantity before a relative `who` says the cue, also after `with` (`compared with 30 percent who said …`).
test.each([
  ['Half backed the plan, compared with 30 percent who said they would move away.', ['they would move away', 'who', 'said']],
  ['Most liked the mayor, compared with 12% who say she has failed.', ['she has failed', 'who', 'say']],
  ['Turnout fell, with about four in 10 who said the race was already decided.', ['the race was already decided', 'who', 'said']],
])('%s', (text, expected) => {
  expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
});

// near misses: no saying verb after `who`, or a quantity that is no speaker's phrase
test.each([
  'Half backed the plan, compared with 30 percent who voted for the levy.',
  'The fund grew, compared with 30 percent who moved away last year.',
])('no claim: %s', (text) => {
  expect(claims(text)).toEqual([]);
});
