import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { CHARACTERISING } from '../../src/pipeline/attribute/characterising.js';

shapeTable('issue 15: characterisations', CHARACTERISING, [
  ['name-cue-object-as', 'The governor blasted the deal as a disgrace.'],
  ['name-cue-object-as', 'The senator derided the plan as a giveaway to the rich.'],
  ['name-cue-object-as', 'The senator likened the plan to a tax on the poor.'],
  ['name-cue-object-as', 'The senator dismissed the report as partisan nonsense.'],
  ['name-cue-object-as', 'The mayor hailed the deal as a victory for workers.'],
  // mixed characterisations: `that` as the object's determiner, an aside between commas in the object
  ['name-cue-object-as', 'The aide dismissed that idea as a sign of a rival in “panic.”'],
  ['name-cue-object-as', 'The senator blasted the mayor, who is her old friend, as “a fraud.”'],
  ['name-cue-object-as', 'The governor referred to the mayor as “a bright, charismatic leader.”'],
  ['name-cue-object-as', 'Jane Doe refers to the candidate, who is her old friend, as “Mr. Smith.”'],
  ['name-cue-object-as', 'Critics portrayed the shooting as a “workplace” issue.'],
  ['name-cue-object-as', 'The governor praised the mayor as “a builder, not a talker.”'],
  ['name-cue-object-as', 'The senator dismissed Gov. Ann B. Lowe as a weak leader.'], // a name with initials is read whole
], [
  ['name-cue-object-as', 'The judge dismissed the case on Tuesday.'],
  ['name-cue-object-as', 'The crowd hailed a cab outside the hotel.'],
  ['name-cue-object-as', 'The senator blasted the plan, and aides left the room.'],
  ['name-cue-object-as', 'The mayor dismissed the staff as he left the building.'],
  ['name-cue-object-as', 'The senator likened it.'],
  // a that-clause, not a determiner; an aside with no closing comma; a participle clause after a name, `as` a conjunction
  ['name-cue-object-as', 'The aide dismissed that the campaign was in “disarray” as rumor.'],
  ['name-cue-object-as', 'The senator blasted the mayor, who left as the crowd shouted “fraud.”'],
  ['name-cue-object-as', 'The senator blasted a young Smith wincing as police held him.'],
  // `refer to`, `portray` report only with `as`
  ['name-cue-object-as', 'The mayor referred to the report in her speech.'],
  ['name-cue-object-as', 'The film portrayed the town in winter.'],
]);

shapeTable('issue 15: judgements with a reason, an object, a rejected claim', CHARACTERISING, [
  ['name-cue-object-for', 'The governor praised the mayor for her work.'],
  ['name-cue-object-for', 'The senator blamed the loss on low turnout.'],
  ['name-cue-object-for', 'Jane Doe blamed the agency for the delays in the north.'],
  ['name-cue-object-for', 'The senator thanked the fans for their patience.'],
  ['name-cue-object-for', 'The mayor credited the new chief with the drop in crime.'],
  ['name-cue-object-for', 'The senator blasted the agency over its handling of the flood.'],
  ['name-cue-object-for', 'The union praised former governor Ann B. Lowe for her record.'],
  ['name-cue-judged-object', 'The senator blasted the new budget.'],
  ['name-cue-judged-object', 'Jane Doe praised her rival’s debate performance.'],
  ['name-cue-judged-object', 'The union slammed the decision on Friday.'],
  ['name-cue-judged-object', 'The senator derided the debate.'],
  ['name-cue-judged-object', 'The senator defended her vote on the budget.'],
  ['name-cue-judged-object', 'The senator was defending her record at a rally.'],
  ['name-cue-object-as', 'The governor defended the plan as fair to workers.'],
  ['name-cue-rejected-claim', 'The aide dismissed the allegations.'],
  ['name-cue-rejected-claim', 'The governor rejected criticism from rivals that the plan was rushed.'],
  ['name-cue-rejected-claim', 'Jane Doe dismissed her opponent’s claims about the budget.'],
], [
  // `hail`, `thank`, `blame`, `credit`, `liken` need their link; `dismiss` and `reject` a noun of something said
  ['name-cue-judged-object', 'The crowd hailed a cab outside the hotel.'],
  ['name-cue-judged-object', 'The senator hails from Ohio.'],
  ['name-cue-judged-object', 'Fans thanked the players after the game.'],
  ['name-cue-judged-object', 'The team blamed itself.'],
  ['name-cue-rejected-claim', 'The judge dismissed the case on Tuesday.'],
  ['name-cue-rejected-claim', 'The judge dismissed the charges against him.'],
  ['name-cue-rejected-claim', 'Voters rejected the measure by a wide margin.'],
  ['name-cue-rejected-claim', 'The board rejected his application for a permit.'],
  // a particle or a preposition is no object; nouns, passives and `thanks to` are no verbs of judgement
  ['name-cue-judged-object', 'The car slammed into a wall.'],
  ['name-cue-judged-object', 'The rocket blasted off at noon.'],
  ['name-cue-judged-object', 'The plan drew praise from the mayor.'],
  ['name-cue-judged-object', 'The blast shook the windows.'],
  ['name-cue-judged-object', 'The plan was praised by the mayor.'],
  ['name-cue-object-for', 'Thanks to the rain, the game was delayed for an hour.'],
  // a participle after a common noun may hang on the subject as well: its object alone is no claim
  ['name-cue-judged-object', 'Jane Doe spoke before lawmakers defending the budget.'],
  ['name-cue-object-for', 'The bank credited the account for the amount.'],
]);

shapeTable('issue 15: what a relative word is called', CHARACTERISING, [
  ['relative-name-cue-complement', 'Reyes built it as an answer to what they described as a biased press.'],
  ['relative-name-cue-complement', 'Jane Doe praised the bill, which critics described as a giveaway to builders.'],
  ['relative-name-cue-complement', 'Voters rejected what the mayor calls his “legacy project” in a landslide.'],
], [
  // the verb's own object after a preposition and its relative word; `that` as a conjunction; no `as` after `describe`
  ['relative-name-cue-complement', 'It was a speech in which he called the plan a disaster.'],
  ['relative-name-cue-complement', 'She told aides that he called her at home.'],
  ['relative-name-cue-complement', 'Jane Doe visited Florida, which she describes in her memoir.'],
  ['relative-name-cue-complement', 'The plan was what he called it.'],
  // inside another claim, a pronoun is that claim's speaker again, whose words go on
  ['relative-name-cue-complement', 'She said the permit office, which she described as “a maze,” must change.'],
]);

describe('issue 15: a judgement’s content is its object and what is said of it', () => {
  test.each([
    ['The senator blamed the loss on low turnout.', ['the loss on low turnout', 'The senator', 'senator', 'blamed', 'indirect', 'name-cue-object-for']],
    ['Jane Doe praised the mayor for “a steady hand.”', ['the mayor for “a steady hand.”', 'Jane Doe', 'Jane Doe', 'praised', 'mixed', 'name-cue-object-for-quote']],
    ['The governor rejected the idea that the office will close.', ['the idea that the office will close', 'The governor', 'governor', 'rejected', 'indirect', 'name-cue-rejected-claim']],
    ['Voters rejected what the mayor calls his “legacy project” in a landslide.', ['his “legacy project”', 'the mayor', 'mayor', 'calls', 'mixed', 'relative-name-cue-complement']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test('a naming verb’s quotation in a relative clause is its complement, and the outer claim keeps its words', () => {
    expect(claims('Jane Doe said the bill, which critics called “a giveaway,” would pass.').map((c) => [c[0], c[1]])).toEqual([
      ['the bill, which critics called “a giveaway,” would pass', 'Jane Doe'],
      ['a giveaway,', 'critics'],
    ]);
  });
});
