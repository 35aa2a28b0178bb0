import { expect, test } from 'vitest';
import { groupSpeakers } from '../src/pipeline/speakers.js';
import type { Claim, ClaimType, SpeakerKind } from '../src/types.js';

let n = 0;
function claim(doc: string, type: ClaimType, speaker: [string, string, SpeakerKind?] | null, lemma: string | null = 'say'): Claim {
  n++;
  return {
    id: `c-${String(n).padStart(12, '0')}`, doc, sentence: n, type,
    quote: { text: `quote ${n}`, start: n * 10, end: n * 10 + 7 },
    speaker: speaker && { text: speaker[1], start: 0, end: speaker[1].length, name: speaker[0], kind: speaker[2] ?? 'person' },
    cue: lemma === null ? null : { text: lemma, start: 1, end: 2, lemma },
    confidence: 0.9, rule: 'quote-cue-name',
  };
}

const CRANE = 'Chris Crane';
const CLAIMS: Claim[] = [
  claim('a.txt', 'direct', [CRANE, 'National ICE Council President Chris Crane']),
  claim('a.txt', 'direct', [CRANE, 'he'], 'say'),
  claim('a.txt', 'indirect', [CRANE, 'Crane'], 'tell'),
  claim('b.txt', 'mixed', [CRANE, 'he'], 'say'),
  claim('b.txt', 'direct', [CRANE, 'Crane'], null),
  claim('b.txt', 'direct', ['ICE', 'the agency', 'organization'], 'say'),
  claim('b.txt', 'direct', null),
  claim('c.txt', 'indirect', ['Ann Lee', 'Lee'], 'warn'),
];

test('one record per canonical speaker, with counts, mentions, cues and types', () => {
  expect(groupSpeakers(CLAIMS)).toEqual([
    {
      name: CRANE, kind: 'person', claims: 5, documents: 2,
      mentions: ['Crane', 'he', 'National ICE Council President Chris Crane'],
      cues: { say: 3, tell: 1 },
      types: { direct: 3, mixed: 1, indirect: 1 },
    },
    { name: 'Ann Lee', kind: 'person', claims: 1, documents: 1, mentions: ['Lee'], cues: { warn: 1 }, types: { direct: 0, mixed: 0, indirect: 1 } },
    { name: 'ICE', kind: 'organization', claims: 1, documents: 1, mentions: ['the agency'], cues: { say: 1 }, types: { direct: 1, mixed: 0, indirect: 0 } },
  ]);
});

test('claims without a speaker are skipped; no claims, no speakers', () => {
  expect(groupSpeakers([claim('a.txt', 'direct', null)])).toEqual([]);
  expect(groupSpeakers([])).toEqual([]);
});

test('names match case-sensitively, as the resolver gave them', () => {
  const out = groupSpeakers([claim('a.txt', 'direct', ['ann lee', 'she']), claim('a.txt', 'direct', ['Ann Lee', 'she'])]);
  expect(out.map((s) => s.name)).toEqual(['Ann Lee', 'ann lee']);
});

test('kind is the most frequent one; a tie goes to person, then organization', () => {
  const kinds = (list: SpeakerKind[]): SpeakerKind =>
    groupSpeakers(list.map((k) => claim('a.txt', 'direct', ['X', 'X', k])))[0]!.kind;
  expect(kinds(['other', 'organization', 'organization'])).toBe('organization');
  expect(kinds(['other', 'organization'])).toBe('organization');
  expect(kinds(['organization', 'person'])).toBe('person');
  expect(kinds(['other'])).toBe('other');
});

test('cue keys are sorted and all three type keys are present', () => {
  const [s] = groupSpeakers([claim('a.txt', 'mixed', ['X', 'X'], 'warn'), claim('a.txt', 'mixed', ['X', 'X'], 'add')]);
  expect(Object.keys(s!.cues)).toEqual(['add', 'warn']);
  expect(s!.types).toEqual({ direct: 0, mixed: 2, indirect: 0 });
  expect(Object.keys(s!.types)).toEqual(['direct', 'mixed', 'indirect']);
});

test('sorted by claims, then by name; the input order does not matter', () => {
  const list = [
    claim('a.txt', 'direct', ['Bo', 'Bo']), claim('a.txt', 'direct', ['Al', 'Al']),
    claim('a.txt', 'direct', ['Cy', 'Cy']), claim('b.txt', 'direct', ['Cy', 'he']),
  ];
  expect(groupSpeakers(list).map((s) => s.name)).toEqual(['Cy', 'Al', 'Bo']);
  expect(groupSpeakers([...list].reverse())).toEqual(groupSpeakers(list));
});

test('leaves its input alone and returns plain JSON', () => {
  const before = JSON.stringify(CLAIMS);
  const out = groupSpeakers(CLAIMS);
  expect(JSON.stringify(CLAIMS)).toBe(before);
  expect(JSON.parse(JSON.stringify(out))).toEqual(out);
});
