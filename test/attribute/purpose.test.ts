import { expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';

// A cue in a purpose infinitive: its speaker is the subject of `took to … to`, `went out of … way to`, `are more likely to`.
test.each([
  ['The mayor took to Twitter to say the bridge would reopen in May.', ['the bridge would reopen in May', 'The mayor', 'say']],
  ['Jane Porter went out of her way to say that the budget had been balanced.', ['the budget had been balanced', 'Jane Porter', 'say']],
  ['Voters are more likely to say the economy is getting worse.', ['the economy is getting worse', 'Voters', 'say']],
  ['Older voters were far less likely to say the schools had improved.', ['the schools had improved', 'Older voters', 'say']],
  ['The chief took to the radio to say that the fire was under control.', ['the fire was under control', 'The chief', 'say']],
])('%s', (text, expected) => {
  expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
});

// near misses: a forecast (`is likely to`), a journey or a pause, not a platform, before the infinitive
test.each([
  'The mayor is likely to say the bridge will reopen.',
  'She took the bus to say goodbye to her aunt.',
  'He took a moment to say thanks.',
  'The council went out of town to say farewell to the retiring clerk.',
])('no claim: %s', (text) => {
  expect(claims(text)).toEqual([]);
});
