import type { Mention, SpeakerKind } from '../types.js';
import type { Token } from '../text/tokens.js';
import { stripPossessive } from '../text/tokens.js';
import { classifyWords, isCommonWord, isNameWord } from '../nlp/lexicon.js';

export interface MentionRules {
  readonly titles: ReadonlyMap<string, 'm' | 'f' | null>;
  readonly orgWords: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, { gender: 'm' | 'f' | 'n' | null; plural: boolean; first: boolean }>;
  readonly nominals: ReadonlyMap<string, { kind: SpeakerKind; plural: boolean }>;
  readonly connectors: ReadonlySet<string>; // inside a name: `Department of State`
  readonly particles: ReadonlySet<string>; // connectors of people's names: `de`, `van`
  readonly suffixes: ReadonlySet<string>; // `Jr.`
  readonly calendar: ReadonlySet<string>; // `Friday`, `Jan.`
  readonly acronym: RegExp;
  readonly nounSuffix: RegExp; // `Operations`, `Security`
}

/** A mention with the token range it covers in its sentence, and the canonical form of its name. */
export interface FoundMention extends Mention {
  readonly first: number; // token index in the sentence
  readonly last: number; // inclusive
  readonly name: string; // canonical: `Chris Crane`, `ICE`, `he`
  readonly quoted: boolean;
}


/**
 * Names, pronouns and nominal heads in one sentence's tokens. Names are runs of capitalised words
 * (with initials, `of`/`for`/`and` inside organisation names, titles in front); the head is the name
 * without titles and descriptions.
 */
export function findMentions(text: string, tokens: readonly Token[], sentence: number, rules: MentionRules, cueTokens: ReadonlySet<number> = new Set()): FoundMention[] {
  const out: FoundMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word) { i++; continue; }
    // `he's`, `they've`, `she'd`: a subject pronoun with its auxiliary in one token is that pronoun (not `it's`).
    const contracted = /^(he|she|they|we|i)['’](?:s|re|ve|ll|d|m)$/u.exec(t.lower);
    const pron = rules.pronouns.get(contracted ? contracted[1]! : t.lower);
    if (pron && !(t.cap && i + 1 < tokens.length && tokens[i + 1]!.cap && tokens[i + 1]!.word && t.lower === 'i')) {
      const end = contracted ? t.start + contracted[1]!.length : t.end;
      out.push({
        start: t.start, end, head: { start: t.start, end }, kind: pron.gender === 'n' ? 'organization' : 'person',
        pronoun: true, gender: pron.gender, plural: pron.plural, sentence, first: i, last: i, name: t.text.slice(0, end - t.start), quoted: t.quoted,
      });
      i++;
      continue;
    }
    if (t.cap || (t.lower === 'u.s' && t.text === 'U.S')) {
      const j = runEnd(tokens, i, rules, cueTokens);
      // `Having announced that …, Judge Ashworth proceeded`: a participle opening the sentence, not a name
      // (`Beijing said` is one: the lexicon knows it).
      if (i === 0 && j === 0 && /[a-z]ing$/u.test(t.lower) && !isNameWord(t.lower)) { i = 1; continue; }
      const m = nameMention(tokens, i, j, sentence, rules);
      if (m) out.push({ ...m, name: text.slice(m.head.start, m.head.end).replace(/\s+/gu, ' ') });
      i = j + 1;
      continue;
    }
    const nom = rules.nominals.get(t.lower);
    if (nom) {
      out.push({
        start: t.start, end: t.end, head: { start: t.start, end: t.end }, kind: nom.kind, pronoun: false, gender: null,
        plural: nom.plural, sentence, first: i, last: i, name: t.text, quoted: t.quoted,
      });
    }
    i++;
  }
  return out;
}

/** Last token index of the capitalised run starting at i. */
function runEnd(tokens: readonly Token[], i: number, rules: MentionRules, cueTokens: ReadonlySet<number>): number {
  let j = i;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted !== tokens[i]!.quoted || cueTokens.has(k)) break; // a Title Case cue ends a name
    if (t.word && t.cap) { j = k; continue; }
    if (t.text === '.' && k === j + 1 && isAbbrev(tokens[j]!, rules)) continue; // Mr. / F. / U.S.
    if (t.word && rules.connectors.has(t.lower) && joins(tokens, i, j, k, rules)) continue;
    if (t.word && (t.lower === 'the') && tokens[k - 1]?.lower === 'of' && tokens[k + 1]?.cap) continue;
    break;
  }
  return j;
}

/** `Immigration and Customs Enforcement`, `Secretary of State`, but not `the Department of Homeland Security and ICE`. */
function joins(tokens: readonly Token[], i: number, j: number, k: number, rules: MentionRules): boolean {
  const next = tokens[k + 1];
  if (!next || !next.cap || !next.word || tokens[j]!.lower.endsWith("'s")) return false;
  if (tokens[k]!.lower !== 'and' && tokens[k]!.lower !== '&') return true;
  // `and` joins inside one name only: not two organisations, not two people.
  if (rules.acronym.test(next.text) || rules.orgWords.has(stripPossessive(tokens[j]!.lower))) return false;
  if (j - i >= 1 && j + 1 === k && (k - i) >= 2 && rules.titles.has(tokens[i]!.lower)) return false;
  return !(/^\p{Lu}\p{Ll}+$/u.test(tokens[j]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 1]!.cap && isFirstNameLike(tokens[j - 1]!));
}

function isFirstNameLike(t: Token): boolean {
  const c = classifyWords([t.lower]);
  return c.gender !== null;
}

function isAbbrev(t: Token, rules: MentionRules): boolean {
  return (t.text.length === 1 && t.cap) || rules.titles.has(t.lower) || t.lower.includes('.') || rules.suffixes.has(t.lower);
}

function nameMention(tokens: readonly Token[], i: number, j: number, sentence: number, rules: MentionRules): FoundMention | null {
  // Drop function words and sentence-initial capitals at the front (`But`, `The`, `However`).
  let a = i;
  while (a <= j && rules.functionWords.has(tokens[a]!.lower) && !(tokens[a]!.lower === 'the' && a < j && isOrgRun(tokens, a + 1, j, rules))) a++;
  if (a > j) return null;
  const words = [] as number[];
  for (let k = a; k <= j; k++) if (tokens[k]!.word) words.push(k);
  if (words.length === 0) return null;
  if (words.every((k) => rules.calendar.has(stripPossessive(tokens[k]!.lower)) || /^\d/u.test(tokens[k]!.text))) return null; // `Friday`, `Jan. 10`

  // Head: the name after the last title word or `of`-phrase; an organisation keeps its whole run.
  let titleGender: 'm' | 'f' | null = null;
  let headFrom = a;
  let sawTitle = false;
  for (const k of words) {
    const lw = stripPossessive(tokens[k]!.lower);
    if (rules.titles.has(lw) && k < j) {
      headFrom = nextWord(tokens, k + 1, j);
      sawTitle = true;
      titleGender = rules.titles.get(lw) ?? titleGender;
    } else if ((lw === 'of' || lw === 'for') && sawTitle) {
      // `Secretary of State John Kerry`: skip the office's name, keep the last two-or-so capitalised words.
      headFrom = Math.max(headFrom, k + 1);
    }
  }
  const headWords = words.filter((k) => k >= headFrom);
  const last = tokens[j]!;
  let kind: SpeakerKind;
  let gender: 'm' | 'f' | null = titleGender;
  let headStart = tokens[headWords[0] ?? a]!.start;
  const headEnd = last.end - (last.text.endsWith("'s") ? 2 : last.text.endsWith("'") ? 1 : 0);

  const runIsOrg = isOrgRun(tokens, a, j, rules);
  if (runIsOrg) {
    kind = 'organization';
    headStart = tokens[a]!.start;
  } else if (headWords.length > 0 && personName(tokens, headWords, rules) && (sawTitle || looksLikePerson(tokens, headWords, rules))) {
    const cls = classifyWords(headWords.map((k) => stripPossessive(tokens[k]!.lower)));
    kind = cls.kind === 'organization' ? 'organization' : cls.kind === 'place' && !sawTitle ? 'other' : 'person';
    if (kind === 'person') {
      gender = gender ?? cls.gender;
      // Person names are short: keep the last words that are not connectors (`Chris Crane`).
      const nameWords = headWords.filter((k) => !rules.connectors.has(tokens[k]!.lower));
      const tail = nameWords.slice(-4);
      headStart = tokens[tail[0]!]!.start;
    } else headStart = tokens[a]!.start;
  } else {
    headStart = tokens[a]!.start;
    const cls = classifyWords(words.map((k) => stripPossessive(tokens[k]!.lower)));
    kind = sawTitle ? 'person' : cls.kind === 'person' ? 'person' : cls.kind === 'organization' ? 'organization' : 'other';
    gender = gender ?? cls.gender;
  }
  if (headEnd <= headStart) return null;
  const start = tokens[a]!.start;
  return {
    start, end: headEnd, head: { start: headStart, end: headEnd }, kind, pronoun: false, gender, plural: false, sentence,
    first: a, last: j, name: '', quoted: tokens[a]!.quoted,
  };
}

function nextWord(tokens: readonly Token[], k: number, j: number): number {
  while (k <= j && !tokens[k]!.word) k++;
  return k;
}

function isOrgRun(tokens: readonly Token[], a: number, j: number, rules: MentionRules): boolean {
  const last = stripPossessive(tokens[j]!.lower);
  if (rules.orgWords.has(last)) return true;
  // `Department of Homeland Security`, `Bureau of Labor Statistics`: an organisation word, then `of`.
  if (a < j && rules.orgWords.has(tokens[a]!.lower) && tokens[a + 1]?.lower === 'of') return true;
  if (a === j && rules.acronym.test(stripPossessive(tokens[a]!.text)) && !rules.titles.has(last)) return true;
  return false;
}

/**
 * Words that look like a person's name: a known first name or surname, or capitalised words that are
 * not common nouns (`Enforcement and Removal Operations` is not a person; `Chris Crane` is).
 */
function looksLikePerson(tokens: readonly Token[], words: readonly number[], rules: MentionRules): boolean {
  const lows = words.map((k) => stripPossessive(tokens[k]!.lower));
  const cls = classifyWords(lows);
  if (cls.kind === 'person') return true;
  if (cls.kind === 'organization' || cls.kind === 'place') return false;
  const last = lows[lows.length - 1]!;
  if (lows.some((w) => rules.connectors.has(w) && !rules.particles.has(w))) return false;
  if (lows.some((w) => rules.nounSuffix.test(w))) return false;
  if (tokens[words[words.length - 1]!]!.text.toUpperCase() === tokens[words[words.length - 1]!]!.text && last.length > 1) return false; // acronym
  return !isCommonWord(last) && lows.length >= 2;
}

/** A person name: one to four capitalised words, none of them an organisation word. */
function personName(tokens: readonly Token[], words: readonly number[], rules: MentionRules): boolean {
  const names = words.filter((k) => !rules.connectors.has(tokens[k]!.lower));
  return names.length >= 1 && names.length <= 5;
}
