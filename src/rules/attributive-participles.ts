/**
 * Past participles of saying verbs that stand as adjectives between a possessive and a noun: `the mayor’s proposed
 * ban`, `Doe’s reported fortune`, `the senator’s repeated denials`, `the chief’s pointed critique`. There no one says
 * anything; a `has` contraction (`Doe’s reported that …`, `he’s said he will …`) keeps its verb (see attributive.ts).
 * Only forms that are common as adjectives: `said`, `told` or `predicted` after `Doe’s` are the verb of `Doe has`.
 */
export const ATTRIBUTIVE_PARTICIPLES = [
  'proposed', 'reported', 'repeated', 'pointed', 'declared', 'stated', 'claimed', 'announced', 'promised', 'alleged',
  'touted', 'vaunted', 'professed', 'avowed', 'rumored', 'rumoured', 'suggested', 'expressed', 'published',
] as const;
