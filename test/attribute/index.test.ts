import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FAMILIES, SHAPES } from '../../src/pipeline/attribute/index.js';
import { claims } from '../helpers/claims.js';
import { withRuleTable } from '../tools/rule-table.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, 'src/pipeline/attribute');

describe('the shape records are the one list of rule ids', () => {
  test('the README rule table is the one made from the records (node test/tools/rule-table.mjs rewrites it)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- rule-table');
    expect(withRuleTable(readme, FAMILIES)).toBe(readme);
  });

  test('every rule id the attribution code names is a record, and every record is named by code as well', () => {
    const sources = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(path.join(DIR, f), 'utf8'));
    const literals = sources.flatMap((s) => [...s.matchAll(/'([a-z]+(?:-[a-z]+)+)'/gu)].map((m) => m[1]!));
    const ids = new Set(SHAPES.map((s) => s.id));
    expect(literals.filter((l) => !ids.has(l))).toEqual([]);
    // Once in its record, at least once in the code that emits it.
    expect([...ids].filter((id) => literals.filter((l) => l === id).length < 2)).toEqual([]);
  });

  test('every family file is listed once, in FAMILIES', () => {
    const files = readdirSync(DIR).filter((f) => /^export const [A-Z_]+ = \[/mu.test(readFileSync(path.join(DIR, f), 'utf8')));
    expect(FAMILIES.map((f) => f.file).sort()).toEqual(files.sort());
  });
});
describe('one attribution per word, page furniture', () => {
  test('one attribution per word: a claim inside reported content is part of it', () => {
    expect(claims('Trump says the NFL has gone "soft" like the rest of the country.').map((c) => [c[0], c[1]])).toEqual([
      ['the NFL has gone "soft" like the rest of the country', 'Trump'],
    ]);
  });

  test('a quotation with its own attribution inside reported content ends that content', () => {
    expect(claims('Dempsey asserted that Ohio had lost its way: "Ohio is no longer Ohio," he claimed.').map((c) => [c[0], c[1], c[4]])).toEqual([
      ['Ohio had lost its way', 'Dempsey', 'indirect'],
      ['Ohio is no longer Ohio,', 'he', 'direct'],
    ]);
  });

  test('one attribution per token: a cue inside reported content is skipped', () => {
    const out = claims('Jane Doe said that she thinks the office will reopen.');
    expect(out.map((c) => c[3])).toEqual(['said']);
  });

  test('no claims from page furniture', () => {
    expect(claims('Follow Jane Doe on Twitter, she said.\n\nCopyright © 2024 Jane Doe said that all rights are reserved.')).toEqual([]);
  });
});

describe('issue 15: a free relative keeps the outer content whole', () => {
  test('what Y called “…” inside a reported clause: both claims, the outer one not cut', () => {
    expect(claims('The senator said the bill was what the mayor called “a giveaway to the rich.”').map((c) => [c[0], c[1]])).toEqual([
      ['the bill was what the mayor called “a giveaway to the rich.”', 'The senator'],
      ['a giveaway to the rich.', 'the mayor'],
    ]);
  });
  test('near miss: a quotation with its own attribution still ends the outer content', () => {
    expect(claims('Jane Doe argued that the town had changed: “It is no longer the same town,” she said.').map((c) => c[0])).toEqual([
      'the town had changed',
      'It is no longer the same town,',
    ]);
  });
});

describe('issue 15: a quotation that is the object of a verb inside reported speech', () => {
  test.each([
    ['Doe said she wants “a full and open inquiry into the contract.”', ['she wants “a full and open inquiry into the contract.”', 'Doe']],
    ['The mayor said that he believes "the new plan is the fairest one we have had in years."', ['he believes "the new plan is the fairest one we have had in years."', 'The mayor']],
    ['Smith told reporters that the board shows “real courage” and deserves praise.', ['the board shows “real courage” and deserves praise', 'Smith']],
  ])('the outer speaker and the whole clause (mixed): %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1]])).toEqual([expected]);
  });

  test.each([
    ['a relative clause with its own speaker', 'Doe said the bill helps landlords, which she called “a giveaway to the rich.”', 'she'],
    ['a new clause after a comma', 'Doe said the town was quiet, and a man shouted “Go home now, all of you!”', 'a man'],
    ['a comma before the quotation: the inner speaker’s own words', 'Doe said that Smith told her, “We will win this fight next year.”', 'Smith'],
  ])('the inner speaker keeps the quotation: %s', (_what, text, inner) => {
    expect(claims(text).some((c) => c[1] !== null && c[1].endsWith(inner) && c[0].startsWith(text.split(/[“"]/u)[1]!.slice(0, 8)))).toBe(true);
  });
});

describe('a quotation tied to a state of mind inside what someone says is theirs', () => {
  // (Since the object-quotation rule, the outer claim keeps the whole clause; the state cue gives no claim of its own.)
  test.each([
    ['Tom Rigg told a radio host that he is feeling “a lot of pressure” before the vote.', ['he is feeling “a lot of pressure” before the vote', 'Tom Rigg', 'told']],
    ['Ann Lowe also said that the audit shows “a clear pattern of waste” at the agency.', ['the audit shows “a clear pattern of waste” at the agency', 'Ann Lowe', 'said']],
    ['The senator said she hopes “someone else picks up the fight” next year.', ['she hopes “someone else picks up the fight” next year', 'The senator', 'said']],
  ])('%s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });

  test.each([
    // A speaking verb inside keeps its own speaker: Roe asked the question.
    ['Ann Lowe said Tom Rigg asked, “Why now?”', ['Why now?', 'Tom Rigg', 'asked']],
    // A weak outer verb (itself a state of mind) does not take the quotation over.
    ['Ann Lowe thinks the mayor believes “the worst is over” for the town.', ['the worst is over” for the town', 'the mayor', 'believes']],
  ])('near miss: %s', (text, expected) => {
    expect(claims(text).map((c) => [c[0], c[1], c[3]])).toContainEqual(expected);
  });
});
