/**
 * One mention's name for the entity table: cleaned of titles, roles, outlets, headline tails and
 * possessives, with what kind of thing it names and the parts of a person's name.
 */
import type { FoundMention } from './mentions.js';
import type { EntityKind, EntityRules } from './entity-types.js';
import { classifyWords, isCommonWord, isNameWord, tagsOf } from '../nlp/lexicon.js';

export interface Parsed {
  words: string[]; // as written
  kind: EntityKind;
  gender: 'm' | 'f' | null;
  roles: string[];
  pair: boolean;
  prefix: string[] | null; // `WXYZ's` of `WXYZ's Dana Reyes`: another entity
  qualifiers: string[]; // the title words, lower-case
}

/** A capitalised name, not a pronoun form, not a lower-case nominal. */
export function isNameMention(m: FoundMention, rules: EntityRules): boolean {
  return !m.pronoun && /(?:^|\s)\p{Lu}/u.test(m.name) && !rules.pronounForm.test(m.name);
}

export function lexiconGender(given: string | null, rules: EntityRules): 'm' | 'f' | null {
  if (!given) return null;
  if (rules.extraGiven.has(given)) return rules.extraGiven.get(given) ?? null;
  const c = classifyWords([given]);
  return c.gender;
}

/** The words of a mention's name, cleaned: no title, role, outlet prefix, possessive or stray tail. */
export function parseName(text: string, m: FoundMention, rules: EntityRules): Parsed | null {
  const titleWords = m.head.start > m.start ? text.slice(m.start, m.head.start).toLowerCase().split(/[\s.,]+/u).filter(Boolean) : [];
  const roles = titleWords.filter((w) => rules.titles.has(w) && !rules.notRoles.has(w)).map((w) => rules.titleRoles.get(w) ?? w);
  let words = m.name.split(/\s+/u).filter(Boolean);
  // `Martin Luther King Jr.`: a head that is only a suffix took a name word (`King`) for a title.
  if (words.length === 1 && rules.suffixes.has(words[0]!.toLowerCase().replace(/\.$/u, '')) && m.head.start > m.start) {
    words = text.slice(m.start, m.end).split(/\s+/u).filter(Boolean);
    roles.length = 0;
  }
  let rejoined = false;
  // `JosÃ© Marino`: a given name written in UTF-8 read as Latin-1 breaks the run; its pieces join again.
  if (words.length === 1 && m.head.start === m.start) {
    const broken = /(?:^|[\s(])(\p{Lu}[\p{L}]*Ã[\u00a0-\u00bf][\p{L}\u00a0-\u00bf]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (broken) { words = [broken[1]!, ...words]; rejoined = true; }
    // `But He Lanfen, an economist,`: a capitalised `He` inside a sentence, before a name no lexicon knows as a word, is its first part.
    else if (/[\p{L},;:]\s+He\s+$/u.test(text.slice(Math.max(0, m.start - 20), m.start)) && !isCommonWord(words[0]!.toLowerCase()) && !rules.titles.has(words[0]!.toLowerCase())) { words = ['He', ...words]; rejoined = true; }
  }
  // `… and Tomas Q. Nadia Karimi, the daughter of …`: an initial's full stop that ended a sentence the run went on past.
  // A middle initial stands before one surname (`John F. Kennedy`, `Robert F. Kennedy Jr.`), not two names.
  for (let k = words.length - 3; k >= 1; k--) {
    const rest = words.slice(k + 1);
    const before = words[k - 1]!.toLowerCase(); // `Tomas Q.`, not `Counsel R. Paul Brenner`
    if (/^\p{Lu}\.$/u.test(words[k]!) && (isGiven(before, rules) || !isCommonWord(before)) && !rules.titles.has(before) && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !rules.suffixes.has(w.toLowerCase().replace(/\.$/u, ''))) && rest.length <= 3) { words = rest; break; }
  }
  let prefix: string[] | null = null;
  // `WXYZ's Dana Reyes`, `Smith's campaign manager Jo Park`: the possessor is another entity.
  for (let k = words.length - 2; k >= 0; k--) {
    if (/['’]s?$/u.test(words[k]!) && /^\p{Lu}/u.test(words[k + 1]!)) { prefix = words.slice(0, k + 1).map(clean).filter(Boolean); words = words.slice(k + 1); break; }
  }
  words = words.map(clean).filter(Boolean);
  while (words.length > 1 && /^\p{Ll}/u.test(words[0]!)) words = words.slice(1); // `president Bill Clinton`
  // `Okafor The Central Bank`: a capitalised `The` inside a run starts another name.
  const the = words.findIndex((w, k) => k > 0 && w === 'The');
  if (the > 0) words = words.slice(0, the);
  if (words.length === 0) return null;
  // `Chief Whip`, `the Prime Minister`, `Chief Executive`: after a title, a word that is itself a title, or a common
  // noun after a title that opens an office's name, is an office, not a person called `Whip` (`Mr. Black` stays one).
  if (words.length === 1 && titleWords.some((w) => rules.titles.has(w)) && !titleWords.some((w) => rules.titles.get(w))) {
    const w = words[0]!.toLowerCase().replace(/\.$/u, '');
    const opener = titleWords[titleWords.length - 1]!;
    if ((rules.titles.has(w) && !rules.suffixes.has(w)) || (rules.officeOpeners.has(opener) && isCommonWord(w) && !isNameWord(w) && !isGiven(w, rules))) {
      return { words, kind: 'other', gender: null, roles: [], pair: false, prefix: null, qualifiers: titleWords.filter((t) => !rules.functionWords.has(t)) };
    }
  }
  let kind = kindOf(words, m, titleWords.some((w) => rules.titles.has(w)), rules);
  if (rejoined && kind === 'other') kind = 'person';
  // `Omar Haddad of the Lakeside Courier`: a person of an outlet or a place is the person.
  if (kind === 'organization' || kind === 'place') {
    const of = words.findIndex((w, k) => k >= 2 && (w === 'of' || w === 'for' || w === 'at'));
    const before = of > 0 ? fromGiven(words.slice(0, of), rules) : [];
    if (before.length >= 2 && before.length <= 4 && isGiven(before[0]!.toLowerCase(), rules) && !before.some((w) => rules.orgWords.has(w.toLowerCase()))) { words = before; kind = 'person'; }
  }
  // `Springfield City Comptroller Wendy Orlov`: a run that ends in a given name and a surname is that person.
  if (kind === 'organization' || kind === 'place' || kind === 'other') {
    const tail = fromGiven(words, rules);
    if (tail.length < words.length && tail.length <= 3 && !tail.some((w) => rules.orgWords.has(w.toLowerCase()))) { words = tail; kind = 'person'; }
  }
  // `Senator Ted Cruz of Texas`: the name stands before `of`, the head after it is a place.
  if (m.head.start > m.start && / of\s*$/u.test(text.slice(m.start, m.head.start)) && (kind === 'place' || rules.states.has(words.join(' ').toLowerCase()) || classifyWords(words.map((w) => w.toLowerCase())).kind === 'place')) {
    const before = text.slice(m.start, m.head.start).replace(/\s+of\s*$/u, '').split(/\s+/u).filter(Boolean);
    const person = fromGiven(before, rules);
    if (person.length < before.length && person.length >= 2) { words = person.map(clean); kind = 'person'; }
  }
  let pair = false;
  if (kind === 'person' || kind === 'other') {
    // `Gordon Pike of the Dayton Ledger`: a person of a place or an outlet is the person.
    const of = words.findIndex((w, k) => k >= 2 && (w === 'of' || w === 'for') && hasGiven(words.slice(0, k), rules));
    if (of > 0) words = words.slice(0, of);
    if (words.some((w) => w === 'and' || w === '&') && splitPair(words).some((part) => looksPersonal(part, rules))) pair = true;
    if (kind === 'person') words = trimTrailing(dropLeading(words, rules, m.first === 0 && m.head.start === m.start), rules);
    if (words.length === 0) return null;
  }
  // `Okafor Wins Utah Primary`: a headline's run that opens with a surname goes on past it.
  if (kind === 'other' && m.sentence === 0 && m.first === 0 && words.length >= 3 && !isCommonWord(words[0]!.toLowerCase())) words = trimTrailing(words, rules);
  if (m.kind === 'person' && kind === 'other' && roles.length > 0) kind = 'person';
  const gender = titleWords.map((w) => rules.titles.get(w) ?? null).find((g) => g !== null) ?? null; // `Mrs.`, `Congresswoman`
  return { words, kind, gender, roles, pair, prefix: prefix && prefix.length ? prefix : null, qualifiers: titleWords.filter((w) => !rules.functionWords.has(w)) };
}

/** A given name first, or a known surname last: `Bush`, `Nora Hartigan` (not `Customs Enforcement`). */
export function looksPersonal(words: readonly string[], rules: EntityRules): boolean {
  const last = tagsOf(words[words.length - 1]!.toLowerCase());
  return isGiven(words[0]!.toLowerCase(), rules) || last.includes('LastName') || last.includes('Person');
}

/** The conjuncts of `A and B`, `A, B and C`. */
export function splitPair(words: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const w of words) {
    if (w === 'and' || w === '&') out.push([]);
    else out[out.length - 1]!.push(w);
  }
  return out.filter((x) => x.length > 0);
}

/** `Trump's` → `Trump`; `Paul-that` → `Paul` (a dash glued to the next word). */
export function clean(w: string): string {
  return w.replace(/['’]s?$/u, '').replace(/[-–—]\p{Ll}.*$/u, '').replace(/^[-–—]+|[-–—,;:]+$/gu, '');
}

/** A given name in these words, followed by a surname. */
export function hasGiven(words: readonly string[], rules: EntityRules): boolean {
  return words.slice(0, -1).some((w) => isGiven(w.toLowerCase(), rules));
}

export function isGiven(lower: string, rules: EntityRules): boolean {
  if (rules.extraGiven.has(lower)) return true;
  const t = tagsOf(lower);
  return t.includes('MaleName') || t.includes('FemaleName') || t.includes('FirstName');
}

/**
 * Drop the words before a person's name that are titles, roles, outlets or places: `MSNBC Chris Matthews`,
 * `Labour MP Owen Tarrant`, `Staff Wendy Orlov` (of `Chief of Staff Wendy Orlov`), but `Bill Clinton`
 * and `Rand Paul` stay whole.
 */
export function dropLeading(words: string[], rules: EntityRules, sentenceStart: boolean): string[] {
  words = fromGiven(words, rules);
  // `Principal Deputy Press Secretary Nora Pellham`: the name starts after the last title word.
  const lastTitle = words.reduce((at, w, k) => (k < words.length - 2 && rules.titles.has(w.toLowerCase().replace(/\.$/u, '')) ? k : at), -1);
  if (lastTitle >= 0) words = trimTrailing(words.slice(lastTitle + 1), rules, true);
  // `Given Sanders' record`, `Asked Smith`: a participle capitalised only because it opens the sentence.
  const w0 = words[0]!.toLowerCase();
  if (sentenceStart && words.length > 1 && /(?:ing|ed|en)$/u.test(w0) && isCommonWord(w0) && !isNameWord(w0) && !isGiven(w0, rules)) words = words.slice(1);
  while (words.length > 1) {
    const w = words[0]!;
    const lw = w.toLowerCase().replace(/\.$/u, '');
    const upper = w === w.toUpperCase() && !words.every((x) => x === x.toUpperCase());
    if (rules.titles.has(lw) || rules.orgWords.has(lw) || (upper && w.length > 1 && /\p{Lu}/u.test(w)) || (rules.states.has(lw) && words.length > 2)) words = words.slice(1);
    else break;
  }
  return words;
}

/**
 * A headline's run goes on past the name: `Nora Pellham Aboard the Campaign Bus` ends before the first
 * common word after a given name and a surname.
 */
export function trimTrailing(words: string[], rules: EntityRules, afterTitle = false): string[] {
  if (words.length < 3) return words;
  // After a given name the surname is the next word; a surname alone (`Dempsey Addresses Flood Damage`) ends sooner.
  const from = afterTitle || isGiven(words[0]!.toLowerCase(), rules) ? 2 : 1;
  let end = words.length;
  while (end > 1 && rules.suffixes.has(words[end - 1]!.toLowerCase().replace(/\.$/u, ''))) end--;
  if (end < words.length) end--; // before a suffix stands the surname (`Martin Luther King Jr.`)
  for (let k = from; k < end; k++) {
    const lw = words[k]!.toLowerCase().replace(/\.$/u, '');
    if (rules.suffixes.has(lw) || isInitial(words[k]!)) continue;
    if (isCommonWord(lw) && !isNameWord(lw)) return words.slice(0, k);
  }
  return words;
}

/** Before a given name that has a surname after it, every word that is not itself a given name or an initial. */
export function fromGiven(words: string[], rules: EntityRules): string[] {
  const g = words.findIndex((w, k) => k > 0 && k < words.length - 1 && isGiven(w.toLowerCase(), rules) && !isInitial(w));
  if (g > 0 && words.slice(0, g).every((w) => !isGiven(w.toLowerCase(), rules) && !isInitial(w))) return words.slice(g);
  return words;
}

export function isInitial(w: string): boolean {
  return /^\p{Lu}\.?$/u.test(w);
}

export function kindOf(words: readonly string[], m: FoundMention, titled: boolean, rules: EntityRules): EntityKind {
  const lows = words.map((w) => w.toLowerCase().replace(/\.$/u, ''));
  const last = lows[lows.length - 1]!;
  if (lows.every((w) => rules.calendar.has(w) || /^\d/u.test(w))) return 'date';
  if (titled && m.kind === 'person') return 'person';
  if (rules.placeHeads.has(last) && lows.length > 1) return 'place';
  if (rules.workHeads.has(last) && lows.length > 1) return 'work';
  if (rules.states.has(lows.join(' '))) return 'place';
  if (lows.length > 1 && tagsOf(last).includes('Country') && !titled) return 'place'; // `Nazi Germany`, `North Korea`
  if (lows.length > 1 && rules.placePrefixes.has(lows[0]!) && !titled && m.kind !== 'organization') return 'place';
  if (m.kind === 'organization') return 'organization';
  const cls = classifyWords(lows);
  if (cls.kind === 'place') return 'place';
  if (m.kind === 'person') return 'person';
  return 'other';
}

/** Given name, surname and suffix of a person's lower-case name words. */
export function nameParts(words: readonly string[], kind: EntityKind, rules: EntityRules): { given: string | null; surname: string; suffix: string | null } {
  let end = words.length;
  let suffix: string | null = null;
  const lastWord = words[end - 1]!.replace(/\.$/u, '');
  if (end > 1 && rules.suffixes.has(lastWord)) { suffix = lastWord; end--; }
  const surname = words[end - 1]!.replace(/\.$/u, '');
  if (kind !== 'person' && kind !== 'other') return { given: null, surname, suffix };
  const givens = words.slice(0, end - 1).filter((w) => !/^\p{L}\.?$/u.test(w));
  const given = givens[0] ?? (end > 1 ? words[0]! : null);
  return { given: given ? given.replace(/\.$/u, '') : null, surname, suffix };
}
