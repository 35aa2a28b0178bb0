import { describe, expect, test } from 'vitest';
import { claims } from '../helpers/claims.js';
import { shapeTable } from '../helpers/shapes.js';
import { QUESTIONS } from '../../src/pipeline/attribute/questions.js';

shapeTable('issue 15: questions put to someone', QUESTIONS, [
  ['asked-question', 'Asked on local radio who should lead the council, Jane Doe named her deputy.'],
  ['asked-question', '“We will see,” Doe said when asked whether she would endorse the plan.'],
  ['asked-question', 'But when asked to name a single success, the senator laughed.'],
  ['asked-question', 'When she was asked why she left, Doe shrugged.'],
  ['asked-question', 'Doe was asked repeatedly if the budget was final.'],
  ['asked-question', 'Asked if the mayor is “ready to lead the city,” 70 percent of residents said yes.'],
  ['asked-by-name-question', 'When asked by a reporter whether the rule was fair, the mayor said, “You tell me.”'],
  ['asked-by-name-question', 'Doe was asked by Sen. Tom Lee on Monday whether the plan would pass.'],
], [
  // a topic, not a question; an active verb with its asker as subject; a request for a thing
  ['asked-question', 'Asked about the merger, Doe declined to comment.'],
  ['asked-question', 'The company asked the court whether the case could go on.'],
  ['asked-question', 'She asked for a recount.'],
  ['asked-question', 'Doe was asked to the ball by her neighbour.'],
  ['asked-question', 'Voters who asked were told to wait.'],
  ['asked-by-name-question', 'Doe was asked by the board for the papers.'],
]);

describe('a question put to someone: its content and asker', () => {
  test.each([
    // the question ends before the main clause, and the main clause keeps its own claim
    ['Asked whether the office would reopen, Jane Doe said it would.', [
      ['whether the office would reopen', '-', '-', 'Asked', 'indirect', 'asked-question'],
      ['it would', 'Jane Doe', 'Jane Doe', 'said', 'indirect', 'name-cue-that-clause'],
    ]],
    // the asker after `by`, not the one who was asked
    ['Asked by host Jane Roe on Sunday whether the plan was fair, the senator laughed.', [
      ['whether the plan was fair', 'host Jane Roe', 'Jane Roe', 'Asked', 'indirect', 'asked-by-name-question'],
    ]],
    // an aside between the subject and its verb ends at the verb's comma
    ['Tom Lee, when asked what about the plan was wrong, replied that the sums did not add up.', [
      ['what about the plan was wrong', '-', '-', 'asked', 'indirect', 'asked-question'],
      ['the sums did not add up', 'Tom Lee, when asked what about the plan was wrong', 'Tom Lee', 'replied', 'indirect', 'name-cue-that-clause'],
    ]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  test('a claim inside the question is not the one asked', () => {
    const rules = claims('Doe was asked if she believes the tax is fair.').map((c) => c[5]);
    expect(rules).toEqual(['asked-question']);
  });
});

describe('issue 15: requests and questions with a subject of their own', () => {
  test.each([
    // a participle after the main clause: `calling on` reads as a participle, and `questioning`, `demanding` link
    ['The mayor spoke on Monday, calling on the council to act.', ['the council to act', 'mayor', 'calling on']],
    ['The senator attacked the mayor, questioning whether he was eligible to serve.', ['whether he was eligible to serve', 'senator', 'questioning']],
    ['Activists staged a sit-in, demanding that the flag be removed.', ['the flag be removed', 'Activists', 'demanding']],
    // a verb of aspect before the cue
    ['The senator continued to question whether the mayor was eligible.', ['whether the mayor was eligible', 'The senator', 'question']],
    ['The mayor has taken to urging members to stay calm.', ['to stay calm', 'The mayor', 'urging']],
    ['The union kept asking the mayor why the pool was closed.', ['the mayor why the pool was closed', 'The union', 'asking']],
    // a weak wh-verb joined by `and`, with its question word
    ['Jane Doe said she pays $900 a month and questioned how she would gain from the plan.', ['how she would gain from the plan', 'Jane Doe', 'questioned']],
    // a short circumstance before the question word
    ['The senator has questioned in recent days whether the mayor can lead.', ['whether the mayor can lead', 'The senator', 'questioned']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test.each([
    // `calling on` after a comma is no inverted attribution of the one called on
    ['The mayor spoke on Monday, calling on the council to act.', 'the council'],
    // a participle of a verb without a hearer after a verb of aspect; a cue with no content after its comma
    ['In 1970, the pastor began broadcasting the show on Sunday mornings.', 'the pastor'],
    ['As the crowd began to chant, the mayor walked on stage.', 'the crowd'],
    // a weak verb joined by `and` without a question word is no claim
    ['The mayor left the room and questioned the timing of the vote.', 'mayor'],
    // a circumstance with a relative clause is no question
    ['The senator explained in a town where voters are angry that the plan is bad.', 'none'],
  ])('no claim of the wrong speaker: %s', (text, wrong) => {
    expect(claims(text).map((c) => c[1])).not.toContain(wrong);
  });

  test('`to question` before a noun stays a noun use', () => {
    expect(claims('It is fair to question the timing of the vote.')).toEqual([]);
  });
});
