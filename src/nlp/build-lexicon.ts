/**
 * Build step (`npm run build`): writes compromise's lexicon, reduced to the word classes the name rules
 * use, to dist/nlp/names.json, so a run reads ~0.4 MB of JSON instead of loading compromise (~250 ms of
 * a cold start). Run with node after tsc; src/nlp/lexicon.ts falls back to compromise without the file.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { CODES, codesOf } from './lexicon-codes.js';

const require = createRequire(import.meta.url);
const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
const lexicon = nlp.world().model.one.lexicon;
const out: Record<string, string> = {};
for (const word of Object.keys(lexicon).sort()) {
  const tags = lexicon[word]!;
  const codes = codesOf(Array.isArray(tags) ? tags : [tags]);
  if (codes) out[word] = codes;
}
writeFileSync(new URL('./names.json', import.meta.url), JSON.stringify({ codes: CODES, words: out }) + '\n');
