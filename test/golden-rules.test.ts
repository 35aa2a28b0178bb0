import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normalise } from '../src/pipeline/normalise.js';
import { splitParagraphs } from '../src/pipeline/paragraphs.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { SENTENCE_RULES } from '../src/rules/abbreviations.js';

/**
 * The Golden Rules of pragmatic_segmenter / pySBD (fixtures/golden-rules/, see fixtures/README.md), run the
 * way the CLI runs: normalise, split, slice the original text by the spans.
 */
interface Case {
  readonly id: string;
  readonly name: string;
  readonly input: string;
  readonly expected: readonly string[];
  readonly also_accept?: readonly (readonly string[])[];
  readonly in_pysbd48: boolean;
}
const CASES: Case[] = JSON.parse(readFileSync(new URL('../fixtures/golden-rules/cases.json', import.meta.url), 'utf8'));
const RULES = { sentences: SENTENCE_RULES };

/** Cases this splitter does not pass, and why. */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  'gr-41': 'expects "cold \\nnight" rewritten to "cold night"; spans into the original keep the newline',
};

function split(text: string): string[] {
  const norm = normalise(text);
  return splitSentences(norm, splitParagraphs(norm), RULES)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => s.length > 0);
}

function accepted(c: Case): string[][] {
  return [c.expected, ...(c.also_accept ?? [])].map((e) => e.map((s) => s.trim()).filter((s) => s.length > 0));
}

describe('golden rules', () => {
  for (const c of CASES) {
    const known = KNOWN_FAILURES[c.id];
    const title = `${c.id} ${c.name}${known === undefined ? '' : ` (known failure: ${known})`}`;
    (known === undefined ? test : test.fails)(title, () => {
      expect(accepted(c)).toContainEqual(split(c.input));
    });
  }

  test('the fixture holds the 52 rules, 48 of them in the pySBD set', () => {
    expect(CASES).toHaveLength(52);
    expect(CASES.filter((c) => c.in_pysbd48)).toHaveLength(48);
    for (const id of Object.keys(KNOWN_FAILURES)) expect(CASES.map((c) => c.id)).toContain(id);
  });
});
