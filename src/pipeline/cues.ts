import type { Cue } from '../types.js';
import type { Token } from '../text/tokens.js';

export interface CueRules {
  readonly verbForms: ReadonlyMap<string, { lemma: string; weight: number }>;
  readonly quoteForms: ReadonlyMap<string, { lemma: string; weight: number }>; // `read`: a cue only next to a quotation or a colon
  readonly quoteReaders: ReadonlySet<string>; // `he read “…”` reads a title aloud: no cue after these
  readonly phrases: readonly { lemma: string; words: readonly string[]; weight: number; speaker: 'after' | 'before'; notBefore?: RegExp }[];
  readonly nouns: ReadonlySet<string>; // `statement`: a cue before `that`
  readonly viewNouns: ReadonlySet<string>; // `view`: a cue after `in` (`in Crane's view`)
  readonly nounDeterminer: RegExp; // `a`, `the`, `his`, `Clinton's`: before a noun use of a cue word
  readonly nounAdjective: RegExp; // `cautious`, `latest`: between that determiner and the noun
  readonly compoundLeads: ReadonlyMap<string, ReadonlySet<string>>; // lemma → `tv`, `radio`: `a TV show` is a noun
  readonly haveForms: ReadonlySet<string>; // HAVE_FORMS: `have claims to` is a noun
  readonly pronouns: ReadonlySet<string>; // PRONOUNS: `he claims`, `who claims` is a verb
}

export interface FoundCue extends Cue {
  readonly first: number; // token index in the sentence
  readonly last: number; // inclusive
  readonly form: string; // the verb form as written, lower-case (`said`, `adding`)
}

/** Cue verbs and phrases of one sentence, never inside a quotation. */
export function findCues(tokens: readonly Token[], sentence: number, rules: CueRules): FoundCue[] {
  const out: FoundCue[] = [];
  const index = cueIndex(rules);
  let titleCase: boolean | undefined; // computed at the first capitalised cue verb
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.quoted) continue;
    const entry = index.get(t.lower);
    if (entry === undefined) {
      // `The notice read: “…”`, `a banner read “…”`, `“…,” read one`; not `She read the report`.
      const q = rules.quoteForms.get(t.lower);
      if (q && i > 0 && !t.cap && nextToQuotation(tokens, i, rules)) out.push({ start: t.start, end: t.end, lemma: q.lemma, weight: q.weight, kind: 'verb', sentence, first: i, last: i, form: t.lower });
      continue; // most words start no cue
    }
    const phrase = entry.phrases?.find((p) => p.words.every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]!.quoted) &&
      !(p.notBefore && p.notBefore.test(nextWords(tokens, i + p.words.length))));
    if (phrase) {
      const end = tokens[i + phrase.words.length - 1]!;
      // A phrase with its speaker before it behaves as a verb (`Smith shot back`).
      const kind = phrase.speaker === 'after' ? 'phrase' : 'verb';
      // A verb phrase's form is its first word as written (`calling` in `calling on`), so a participle reads as one.
      out.push({ start: t.start, end: end.end, lemma: phrase.lemma, weight: phrase.weight, kind, sentence, first: i, last: i + phrase.words.length - 1, form: kind === 'verb' ? t.lower : phrase.lemma });
      i += phrase.words.length - 1;
      continue;
    }
    // `Crane's statement that …`, `the claim that …`, `in Crane's view, …`, `in the view of the union, …`
    const next = tokens[i + 1];
    // `He claims that …`, `The governor reports that …`: after a subject, a verb; `the claims that`, `made claims that`: a noun.
    const nounThat = entry.noun && next?.lower === 'that' && !next.quoted && !(entry.verb && afterSubject(tokens, i, rules));
    if (nounThat || (entry.view && opensWithIn(tokens, i))) {
      out.push({ start: t.start, end: t.end, lemma: t.lower, weight: 0.7, kind: 'noun', sentence, first: i, last: i, form: t.lower });
      continue;
    }
    const verb = entry.verb;
    // `Secretary of State`, `the Post` are names; in a Title Case headline (`Holloway Announces Levy`) a
    // capitalised cue is still a cue.
    if (verb && t.cap && i > 0 && !(titleCase ??= isTitleCase(tokens)) && !/^["'(\-]$/u.test(tokens[i - 1]!.text)) continue;
    // `a new poll that shows …`: an -s form right after a relative `that` (itself after a word that is no cue) is a verb.
    const prev = tokens[i - 1];
    // (A base form after a plural: `the polls that show …`.)
    const before = tokens[i - 2];
    const relative = !!verb && prev?.lower === 'that' && !prev.quoted && !!before?.word && !index.get(before.lower)?.verb &&
      (t.lower !== verb.lemma ? /s$/u.test(t.lower) : /[^s]s$/u.test(before.lower));
    if (verb && !relative && nounUse(tokens, i, verb.lemma, rules)) continue;
    if (verb) out.push({ start: t.start, end: t.end, lemma: verb.lemma, weight: verb.weight, kind: 'verb', sentence, first: i, last: i, form: t.lower });
  }
  return out;
}

/**
 * Does a subject end just before token i: a subject pronoun (`he claims`), a name (`Trump claims`) or a determiner
 * and a noun (`the governor claims`)? Not a determiner or an adjective (`the claims`, `false claims`), a verb
 * (`made claims`, `denied reports`) or a preposition (`amid reports`).
 */
function afterSubject(tokens: readonly Token[], i: number, rules: CueRules): boolean {
  const prev = tokens[i - 1];
  if (!prev || !prev.word || prev.quoted) return false;
  if (rules.pronouns.has(prev.lower) || prev.lower === 'which') return true;
  if (rules.nounDeterminer.test(prev.lower) || rules.nounAdjective.test(prev.lower) || /(?:ed|ing)$/u.test(prev.lower)) return false;
  if (prev.cap && i - 1 > 0) return true; // `Jane Doe claims`; not the sentence's first word
  const before = tokens[i - 2];
  return !!before && before.word && rules.nounDeterminer.test(before.lower) && !before.lower.endsWith("'s") && /^[a-z]/u.test(prev.text);
}

/** `in Crane's view`, `in the union's opinion`, `in the view of`: `in` at most four words before the noun. */
function opensWithIn(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (t.quoted || !t.word) return false;
    if (t.lower === 'in') return true;
  }
  return false;
}

/** The two words from token `i`, lower case, one space between (`an hour`). */
function nextWords(tokens: readonly Token[], i: number): string {
  return [tokens[i]?.lower, tokens[i + 1]?.lower].filter((w) => w !== undefined).join(' ');
}

/** What a word can start: phrases (by their first word), a cue noun, a view noun, a cue verb form. */
interface CueEntry {
  phrases: CueRules['phrases'][number][] | null;
  noun: boolean;
  view: boolean;
  verb: { lemma: string; weight: number } | null;
}

const INDEX = new WeakMap<CueRules, Map<string, CueEntry>>();

/** One lookup per word: the rules' tables merged by word, built once per rules object. */
function cueIndex(rules: CueRules): Map<string, CueEntry> {
  let index = INDEX.get(rules);
  if (!index) {
    const map = new Map<string, CueEntry>();
    const entry = (word: string): CueEntry => {
      let e = map.get(word);
      if (!e) map.set(word, (e = { phrases: null, noun: false, view: false, verb: null }));
      return e;
    };
    for (const p of rules.phrases) (entry(p.words[0]!).phrases ??= []).push(p);
    for (const w of rules.nouns) entry(w).noun = true;
    for (const w of rules.viewNouns) entry(w).view = true;
    for (const [w, v] of rules.verbForms) entry(w).verb = v;
    INDEX.set(rules, (index = map));
  }
  return index;
}

const QUOTE_MARK = /^["'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]$/u;

/**
 * Is token i followed by a colon or by a quotation that ends with its own punctuation (`read “Vote no,”`, not a
 * title: `read “The Long Road” to …`), or preceded by a closing one (`,” read one`, `,” the sign read.`)? Not after a
 * person pronoun.
 */
function nextToQuotation(tokens: readonly Token[], i: number, rules: CueRules): boolean {
  const next = tokens[i + 1];
  if (next?.text === ':') return true;
  if (next && QUOTE_MARK.test(next.text) && tokens[i + 2]?.quoted === true) {
    if (rules.quoteReaders.has(tokens[i - 1]!.lower)) return false;
    let k = i + 2;
    while (tokens[k + 1]?.quoted) k++;
    return /^[,.!?]$/u.test(tokens[k]!.text);
  }
  const prev = tokens[i - 1];
  if (prev !== undefined && QUOTE_MARK.test(prev.text) && tokens[i - 2] !== undefined && (tokens[i - 2]!.quoted || /^[,!?]$/u.test(tokens[i - 2]!.text))) return true;
  // `“…,” the statement read.`: a short subject between the quotation's `,”` and `read`, which ends the sentence.
  if (next && next.word) return false;
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = tokens[k]!;
    if (QUOTE_MARK.test(t.text)) return k < i - 1 && /^[,!?]$/u.test(tokens[k - 1]!.text);
    if (!t.word || t.quoted) return false;
  }
  return false;
}

/** A headline in Title Case: most words of four letters or more are capitalised. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.quoted || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps / long >= 0.8;
}


/**
 * `a cautious note`, `the report`, `his claims`: a base or -s form after a determiner (with up to two
 * words between) is a noun, not a cue. Past forms (`said`, `reported`) are never nouns here.
 */
function nounUse(tokens: readonly Token[], i: number, lemma: string, rules: CueRules): boolean {
  const form = tokens[i]!.lower;
  if (form !== lemma && form !== lemma + 's' && form !== lemma + 'es') return false;
  // `the reality TV show`, `talk shows`: a compound noun; before `that` the verb is as likely (`TV shows that …`).
  const prev = tokens[i - 1];
  if (prev && !prev.quoted && rules.compoundLeads.get(lemma)?.has(prev.lower) && tokens[i + 1]?.lower !== 'that') return true;
  // `Norland and Vesta have claims to the field`: an -s form after `have` is a plural noun (a verb would be a participle).
  if (form !== lemma && prev && !prev.quoted && rules.haveForms.has(prev.lower)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (rules.nounDeterminer.test(t.lower)) return t.lower.endsWith("'s") || t.lower.endsWith("'") ? !/^(?:he|she|it|that|there|what|who)'s$/u.test(t.lower) : true;
    // Only adjectives may stand between: `a cautious note`, `his latest report`; not a subject (`officers say`).
    if (!rules.nounAdjective.test(t.lower)) return false;
  }
  return false;
}
