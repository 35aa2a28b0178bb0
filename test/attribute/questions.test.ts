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
