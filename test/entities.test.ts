import { describe, expect, test } from 'vitest';
import { resolveEntities, type SpeakerMention } from '../src/pipeline/entities.js';
import type { FoundMention } from '../src/pipeline/mentions.js';
import { claims } from './helpers/claims.js';

// `Chris Crane spoke. Crane said no. He said yes.` with hand-made mentions (JSON-shaped input).
const text = 'Chris Crane spoke. Crane said no. He said yes. The union said so.';
function mention(name: string, sentence: number, extra: Partial<FoundMention> = {}): FoundMention {
  const start = text.indexOf(name, sentence === 0 ? 0 : text.indexOf('.', 0) + 1);
  const end = start + name.length;
  return { start, end, head: { start, end }, kind: 'person', pronoun: false, gender: null, plural: false, sentence, first: 0, last: 0, name, quoted: false, ...extra };
}
const mentions: FoundMention[] = [
  mention('Chris Crane', 0),
  mention('Crane', 1),
  mention('He', 2, { pronoun: true, gender: 'm' }),
];
const speaker = (i: number): SpeakerMention => ({ span: { start: mentions[i]!.start, end: mentions[i]!.end }, mention: mentions[i]!, mentionIndex: i, name: null, kind: null });

describe('resolveEntities', () => {
  test('a surname resolves to the full name, a pronoun to its antecedent, null stays null', () => {
    const names = resolveEntities({ text, mentions, speakers: [speaker(1), null, speaker(2)] });
    expect(names).toEqual([
      { name: 'Chris Crane', kind: 'person', factor: 0.97, via: 'name' },
      null,
      { name: 'Chris Crane', kind: 'person', factor: 0.85, via: 'last-speaker' },
    ]);
  });

  test('how a pronoun found its antecedent: the last speaker, else a name of a sentence before (issue 16)', () => {
    expect(resolveEntities({ text, mentions, speakers: [null, null, speaker(2)] })[2]).toMatchObject({ name: 'Chris Crane', via: 'subject' });
  });

  test('a phrase no earlier stage found keeps its own words', () => {
    const start = text.indexOf('The union');
    const s: SpeakerMention = { span: { start, end: start + 9 }, mention: null, mentionIndex: null, name: null, kind: null };
    expect(resolveEntities({ text, mentions, speakers: [s] })).toEqual([{ name: 'The union', kind: 'other', factor: 0.8, via: 'phrase' }]);
  });

  test('JSON in, JSON out: the same names after a round trip through JSON', () => {
    const input = { text, mentions, speakers: [speaker(2), speaker(1), speaker(0)] };
    expect(resolveEntities(JSON.parse(JSON.stringify(input)))).toEqual(resolveEntities(input));
  });
});

// Through the whole pipeline (moved from test/resolve.test.ts).
describe('speakers', () => {
  test('apposition: the speaker mention is the whole noun phrase, the name the person', () => {
    const [c] = claims('Chris Crane, president of the National ICE Council, said the union never delayed it.');
    expect(c?.slice(1, 3)).toEqual(['Chris Crane, president of the National ICE Council', 'Chris Crane']);
  });

  test('a pronoun resolves to the last speaker, a surname to the full name', () => {
    const out = claims('“We asked for training,” said Chris Crane. “It is a dynamic change,” he said. Crane said the talks failed.');
    expect(out.map((c) => [c[1], c[2]])).toEqual([['Chris Crane', 'Chris Crane'], ['he', 'Chris Crane'], ['Crane', 'Chris Crane']]);
  });

  test('she prefers a woman named before over a man who spoke earlier', () => {
    const out = claims('“No,” said John Smith. Mary Jones disagreed with him. “Yes,” she said.');
    expect(out.at(-1)?.slice(1, 3)).toEqual(['she', 'Mary Jones']);
  });

  test('an organisation named in full, then by its last word', () => {
    const out = claims('The New York Times reported that the talks failed. The Times said the union refused.');
    expect(out.map((c) => c[2])).toEqual(['The New York Times', 'The New York Times']);
  });
});
