import type { AttributeRules } from '../../rules/attribute-words.js';
import type { Span } from '../../types.js';
import type { FoundCue } from '../cues.js';
import type { Token } from '../../text/tokens.js';
import { isLast } from '../phrases/after.js';
import { asideOpening, speakerBefore, speakingHeadBefore } from '../phrases/before.js';
import { quantitySubject } from '../phrases/noun-phrases.js';
import { documentSender } from '../phrases/cue-speaker.js';
import { secondCueSpeaker } from '../phrases/clause-subject.js';
import { MAX_CONTENT_TOKENS, type SentenceFacts, type SpeakerRef, atLeastWords, clauseSign, commaBeforeMarks, cueAt, hasClause, hasClauseSign, hasObjectClause, isDash, tokenIndexAtOrAfter } from '../sentence-facts.js';
import { clauseAfter, clauseBefore } from './clauses.js';
import { isTrailingTail } from './trailing.js';
import { attributionOpens, documentSubject, reportsFindings } from './document-subject.js';
import { isShortObject, skipHearer } from './hearer.js';
import { afterPreposition, freeRelativeBefore, nameAsSoon, nounHeadCue, objectGapContent, openingFreeRelative, opensClause, relativeBefore, relativeEnd, secondCueSoon, sinceWhen, subordinateEnd, titleAfter, topicEnd } from './clause-bounds.js';
import { characterisation, relativeCharacterisation } from './characterising.js';
import { longSubject } from './long-subject.js';
import { plainComplementEnd, reasonClause, smallClauseEnd } from './naming.js';
import { type Found, mk, type Shape } from './shape.js';
import { clauseCommaCueName } from './inverted.js';
import { hypotheticalCue, isPassive } from './voice.js';
import { purposeLeadBefore } from './purpose.js';
import { attributiveCue, possessedNounCue } from './attributive.js';
import { asideIdiomCue } from './idioms.js';

/** Reported clauses: a saying verb with its subject before it or, inverted, its speaker after it. */

export const REPORTED_CLAUSE = [
  { id: 'name-cue-that-clause', confidence: 0.85, example: 'Jane Doe said that the office will reopen.', match: verbCue },
  { id: 'name-cue-hearer-that-clause', confidence: 0.85, example: 'Jane Doe told reporters the office will reopen.', match: verbCue },
  { id: 'clause-comma-name-cue', confidence: 0.85, example: 'The office will reopen next week, Jane Doe said.', match: verbCue },
  { id: 'clause-comma-cue-name', confidence: 0.85, example: 'The office will reopen next week, said Jane Doe.', match: clauseCommaCueName },
  { id: 'clause-name-cue-clause', confidence: 0.8, example: 'The plan, Jane Doe said, is a good one.', match: verbCue },
  { id: 'clause-cue-name-clause', confidence: 0.8, example: 'The plan, said Jane Doe, a union leader, is a good one.', match: clauseCommaCueName },
  { id: 'name-cue-object-for-quote', confidence: 0.75, example: 'Jane Doe thanked the mayor for “keeping us all safe.”', match: verbCue },
] as const satisfies readonly Shape[];

/**
 * A saying verb with its subject: `Crane said (that) …`, `…, Crane said.`, `The plan, Crane said, is bad.`, `Crane told
 * reporters …`, `Bush called Trump “unhinged.”`, `… and said that …`; without a subject before it, `…, said Crane.`
 */
export function verbCue(cue: FoundCue, f: SentenceFacts, rules: AttributeRules, lastInSentence: Found | null): Found | null {
  const toks = f.tokens;
  if (isPassive(f, cue, rules)) return null; // `is expected to`, `was first reported by MSNBC`: the source is not the subject
  if (asideIdiomCue(f, cue, rules)) return null; // `All told, the group raised …`: a set aside
  // `the blogger known as “Tressle”`, `a chef known for burning toast`, `known online as`, `known to its fans as`: a
  // name or a reputation, not knowledge.
  if (cue.form === 'known' && (/^(?:as|for)$/u.test(toks[cue.last + 1]?.lower ?? '') || nameAsSoon(toks, cue.last + 1))) return null;
  // `the man she knew as Uncle Teodor`: `as` and a name after any form of `know`.
  if (cue.lemma === 'know' && toks[cue.last + 1]?.lower === 'as' && toks[cue.last + 2]?.cap && !toks[cue.last + 2]!.quoted) return null;
  // `showed up at the polls`, `has written off the effort`: a phrasal verb of action (PARTICLE_ACTIONS); not `up to`
  // a number (`polls show up to 40 percent …`).
  const particle = toks[cue.last + 1];
  const upTo = toks[cue.last + 2]?.lower === 'to' && /^[\d$]/u.test(toks[cue.last + 3]?.text ?? '');
  if (particle && !particle.quoted && !upTo && rules.particleActions.get(cue.lemma)?.has(particle.lower)) return null;
  // `the network's game show`, `a radio show, is …`, `combat-level stress`: a base form after a singular noun heads a noun phrase.
  if (nounHeadCue(f, cue, rules)) return null;
  if (attributiveCue(f, cue, rules) || possessedNounCue(f, cue, rules)) return null; // `the mayor’s proposed ban`, `his late tweet`
  // `With all districts reporting, the contest …`: a participle in an absolute phrase ends at its comma with no content.
  // (`with the mayor saying, the plan …` keeps a saying verb's content.)
  if (/ing$/u.test(cue.form) && cue.weight < 1 && toks[cue.last + 1]?.text === ',' && withPhraseBefore(f, cue.first)) return null;
  // `30 states with`, `a swing state, said`, `the report`: base and -s forms of these are nouns unless
  // `that` or a colon follows.
  // `that` saves the verb reading unless an auxiliary follows it: `Sun Belt towns that have struggled` is a noun
  // with a relative clause.
  // `Bush called Trump “unhinged.”`, `Trump calls Cruz “a liar”`: a naming verb with an object and a quoted complement
  // (base and -s forms then count after a name or a pronoun only, as other noun-like verbs do).
  const smallEnd = rules.smallClauseVerbs.has(cue.lemma) ? smallClauseEnd(f, cue.last + 1, rules) : null;
  // `called Doe a liar`, `called the ruling fair`: an unquoted complement.
  const plainEnd = smallEnd === null && rules.plainComplementVerbs.has(cue.lemma) ? plainComplementEnd(f, cue.last + 1, rules) : null;
  const small = smallEnd !== null || plainEnd !== null;
  // `Harbourline reports the two …`, `…, the Daily Courier reports.`, `Dana Reyes notes the fund …`: an -s form right after a
  // name or a subject pronoun is the verb (not before an auxiliary, a participle or another cue: `the Senate reports are
  // due`, `the Pentagon reports released in May`, `EPA reports show`).
  const after = toks[cue.last + 1];
  const namedVerb = rules.namedSFormVerbs.has(cue.lemma) && cue.form === cue.lemma + 's' && !rules.words.auxiliaries.has(after?.lower ?? '') && !(after && !after.quoted && /^[a-z]+ed$/u.test(after.text)) &&
    cueAt(f, cue.last + 1) === undefined && namedRightBefore(f, cue, rules, true); // `EPA reports show that …`: the noun's verb follows
  // (`to question whether …`, `did not question that …`: after `to` or a negation the base form is a verb.)
  // (`Reuters estimates the crowd at …`: an estimating verb's -s form after a name, before a word that is no verb or
  // preposition; not `Jane Doe reports the news`.)
  const verbLead = (cue.form === cue.lemma && rules.words.notNounHeadLeads.has(toks[cue.first - 1]?.lower ?? '') && !toks[cue.first - 1]!.quoted &&
    (rules.words.whWords.has(after?.lower ?? '') || after?.lower === 'that')) ||
    (cue.form === cue.lemma + 's' && rules.words.estimatingVerbs.has(cue.lemma) && !toks[cue.first]!.cap && namedRightBefore(f, cue, rules, false) &&
      !!after?.word && !after.quoted && !rules.words.prepositions.has(after.lower) && !rules.words.auxiliaries.has(after.lower) && cueAt(f, cue.last + 1) === undefined);
  let subject = speakerBefore(f, cue.first, rules.phrases, cue.weight >= 0.9);
  // `what she called “a fair deal”`, `which he describes as his home`: a relative word is the object.
  const relCharacterised = subject ? relativeCharacterisation(cue, f, subject, rules) : null;
  if (relCharacterised) return relCharacterised;
  if (!small && !namedVerb && !verbLead && rules.mostlyNouns.has(cue.lemma) && (cue.form === cue.lemma || cue.form === cue.lemma + 's') &&
    ((toks[cue.last + 1]?.lower !== 'that' && toks[cue.last + 1]?.text !== ':') || rules.words.auxiliaries.has(toks[cue.last + 2]?.lower ?? ''))) return null;
  // `The senator continued to question whether …`, `Members have begun pressing the board to …`: a verb of aspect's subject.
  const aspect = subject ? -1 : aspectVerbBefore(toks, cue, rules);
  if (aspect >= 0) subject = speakerBefore(f, aspect, rules.phrases, cue.weight >= 0.9);
  // A weak cue needs a clause after it (`seems to feel the deal will …`, `continued to question whether`) or a document
  // as its subject (`Messages seem to show close ties`), not `appeared to show particular callousness`.
  if (aspect >= 0 && subject && cue.weight < 0.7 && !rules.characterisingVerbs.has(cue.lemma) && toks[cue.last + 1] &&
    toks[cue.last + 1]!.lower !== 'that' && !rules.words.whWords.has(toks[cue.last + 1]!.lower) &&
    !hasClause(toks, { start: toks[cue.last + 1]!.start, end: f.sentence.end }, rules) && !reportsFindings(f, subject.span, rules)) subject = null;
  // `…, with 40 percent saying he is prepared`: in an absolute `with` phrase the quantity says the participle's clause.
  const share = !subject && /ing$/u.test(cue.form) && cue.weight >= 0.9 ? quantitySubject(f, cue.first - 1, rules.phrases, true) : null;
  if (share && toks[share.first - 1]?.lower === 'with') subject = { span: { start: share.start, end: share.end }, mention: share, name: null, kind: null };
  // `A new poll released Friday shows that …`, `A survey by the group in March found …`: a document's long subject.
  // Not a participle (`cited a study showing …`), and not when the content opens with an attribution of its own
  // (`Papers show Mrs Thatcher warned that …`: hers is the claim).
  // `Early results of the poll are showing that …`: a progressive after an auxiliary is the clause's verb.
  const progressive = /ing$/u.test(cue.form) && rules.words.auxiliaries.has(toks[cue.first - 1]?.lower ?? '') && cue.first > 1;
  const document = rules.words.documentCues.has(cue.lemma) && (!/ing$/u.test(cue.form) || progressive) && !attributionOpens(f, cue.last + 1) ? documentSubject(f, progressive ? cue.first - 1 : cue.first, rules) : null;
  if (document && (!subject || document.span.start < subject.span.start || (document.span.start === subject.span.start && document.span.end > subject.span.end))) subject = document;
  // `attorneys for the family said`, `people close to him say`: a speaking noun with its modifier.
  // `Many speakers at the rally — including two mayors — said`: a long subject ends before a dash aside.
  const dash = toks[cue.first - 1];
  const open = dash && !dash.quoted && isDash(dash) ? asideOpening(toks, cue.first - 1) : -1;
  const subjectCue: FoundCue = open > 0 ? { ...cue, first: open } : cue;
  const head = document ? null : speakingHeadBefore(f, subjectCue.first, rules.phrases);
  if (head && (!subject || head.span.start < subject.span.start)) subject = head;
  // `Large shares of parents in four districts said …`, `…, the mayor’s spokeswoman said.`: a long subject.
  // It also replaces a found subject that does not open its clause (`mayor’s spokeswoman`, `the polls` in `Voters
  // who went to the polls said`).
  // Not one after a preposition (`voters in a Harbor Times poll`, `an email from Jane Doe`): that one names the speaker.
  // `Officials who spoke with the Post said …`: a subject with a relative clause; a phrase found inside the relative
  // clause (`the Post`) is not the speaker.
  const secondVerb = joinedBefore(toks, cue.first, rules); // `… and said`, `… and has since said`
  const relative = secondVerb ? null : longSubject(f, subjectCue, rules, true);
  if (relative && (!subject || relative.span.start < subject.span.start)) subject = relative;
  else if (!secondVerb && !opensClause(f, subject, rules) && !afterPreposition(f, subject, rules)) {
    const long = longSubject(f, subjectCue, rules);
    // The phrase found keeps naming the speaker (`the union’s grievances` in `One of the union’s grievances`).
    if (long && (!subject || long.span.start < subject.span.start)) subject = subject?.mention ? { ...long, mention: subject.mention } : long;
  }
  // `… with farmers, mayors have more space, said Dale Ferrante, a Kansas strategist.`: a “subject” with a clause of
  // its own is the content; the name that ends the sentence after the saying verb is the speaker.
  if (subject && rules.invertedVerbs.has(cue.lemma) && hasClauseSign(toks, subject.span, rules)) {
    const inverted = clauseCommaCueName(cue, f, rules, true);
    if (inverted) return inverted;
  }
  if (subject) subject = documentSender(f, cue, subject, rules.phrases) ?? subject;
  let coordinated = false;
  // (`… and questioned how she would gain`: a weak wh-verb with its question word.)
  const question = rules.whClauseVerbs.has(cue.lemma) && rules.words.whOpeners.has(toks[cue.last + 1]?.lower ?? '');
  if (!subject && secondVerb && (cue.weight >= 0.7 || small || question)) {
    // `Conway rejected the idea and said that …`: the subject of the first verb.
    subject = secondCueSpeaker(f, cue.first, rules.phrases, lastInSentence, true);
    coordinated = subject !== null;
  }
  if (subject) {
    const next = toks[cue.last + 1];
    // `…, Crane said.` – a trailing attribution: the content is before.
    // `…, records show, and experts say …`: a second attribution after `, and` ends it too.
    const joined = next?.text === ',' && /^(?:and|but)$/u.test(toks[cue.last + 2]?.lower ?? '') && secondCueSoon(f, cue.last + 3);
    // `The plan is “a disaster,” Doe said Tuesday, adding that …`: a linking participle after the attribution's tail.
    if (!next || next.text === '.' || next.text === '!' || joined || isTrailingTail(f, cue.last + 1, rules) || participleTail(f, cue.last + 1, rules)) {
      return coordinated ? null : trailingClaim(f, subject, cue, rules);
    }
    // `said of the plan that it would fail`: `of` names the topic; the content follows `that`. `…, the mayor said of
    // the proposal on Tuesday.`: the topic ends the sentence, and the content is before.
    const topic = cue.lemma === 'say' && next.lower === 'of' ? topicEnd(f, cue.last + 1) : -1;
    // `blamed the mayor for the loss`: a characterising verb's object is part of its content, not a hearer.
    const link = rules.characterisingVerbs.get(cue.lemma);
    const afterHearer = topic >= 0 ? topic : link !== undefined ? cue.last + 1 : skipHearer(f, cue, rules);
    const start = topic >= 0 ? topic : whAfterCircumstance(f, cue, afterHearer, rules);
    const hearer = afterHearer > cue.last + 1 && topic < 0;
    const first = toks[start];
    if (titleAfter(toks, start, cue, rules)) return null; // `sang “Sing Me Back to the River,” which …`: a song
    // `…, the mayor told reporters on Monday, adding that …`: the hearer's tail ends at the participle.
    const hearerTail = hearer && !!first && toks[start - 1]?.text === ',' && rules.words.gerundLink.has(first.lower);
    if (!first || topic === toks.length || isTrailingTail(f, start, rules) || hearerTail) {
      // `…, Smith told Bloomberg in late May.`: only circumstances follow; the content is before.
      return coordinated ? null : trailingClaim(f, subject, cue, rules);
    }
    // `The plan, Smith said, is bad.`: the attribution interrupts the content.
    const subjectAt = tokenIndexAtOrAfter(f, subject.span.start);
    // (Not past a dash aside after the subject: `On Friday, Doe — a rising star — told the host, that …`.)
    const aside = toks.slice(tokenIndexAtOrAfter(f, subject.span.end), cue.first).some((t) => !t.quoted && isDash(t));
    if (first.text === ',' && toks[subjectAt - 1]?.text === ',' && !coordinated && !aside && subjectAt <= MAX_CONTENT_TOKENS && atLeastWords(toks, subjectAt - 1, 2)) {
      const rest = clauseAfter(f, start + 1, rules);
      if (rest) return mk({ start: toks[0]!.start, end: rest.end }, subject, cue, 'clause-name-cue-clause', 1, f);
    }
    const that = first.lower === 'that' || toks[start - 1]?.lower === 'that';
    const infinitive = first.lower === 'to' && rules.infinitiveVerbs.has(cue.lemma) && cue.weight >= 0.6; // not `wants to`
    const wh = rules.words.whWords.has(first.lower) && rules.whClauseVerbs.has(cue.lemma);
    const opens = first.text === ':' || first.text === ',' || first.quoted;
    const bare = !that && !infinitive && !opens && !wh;
    // `Everything Trump says is a lie`, `What the mayor says matters`: the saying is part of a subject (a free
    // relative), and what follows is that subject's verb, not content.
    if (!coordinated && bare && (freeRelativeBefore(f, subject.span, rules) || openingFreeRelative(f, subject.span, first, rules))) return null;
    // `shouted and waved a flag`, `reported and has been live reporting`: `and` joins a second verb to the cue,
    // which then has no content of its own.
    if (bare && !hearer && first.lower === 'and' && toks[start + 1]?.lower !== 'that' && !toks[start + 1]?.quoted) return null;
    // `went on to win the primary`: an infinitive after a phrasal cue (`went on`, not `went on to say`) is an action.
    const after = toks[start + 1];
    if (bare && cue.last > cue.first && first.lower === 'to' && !rules.infinitiveVerbs.has(cue.lemma) && after?.word && !after.cap && !after.quoted &&
      !rules.words.determiners.has(after.lower) && !rules.words.hearersAfterTo.has(after.lower)) return null;
    // `went on the offensive`, `went on strike`: an action, not a saying.
    if (bare && cue.lemma === 'go on' && rules.goOnActions.has((rules.words.determiners.has(first.lower) ? after : first)?.lower ?? '')) return null;
    // `30 states with`, `his home state of` are nouns; after a name or pronoun (`the Daily News claims`) a verb.
    const nounForm = rules.nounLikeVerbs.has(cue.lemma) && (cue.form === cue.lemma || cue.form === cue.lemma + 's' || cue.form === cue.lemma + 'es' || cue.form === cue.lemma.slice(0, -1) + 'ies');
    const namedSubject = !!subject.mention && (subject.mention.pronoun || /^\p{Lu}/u.test(subject.mention.name));
    // `The candidate claims his fortune is …`, `labor unions claim it will …`: after a common noun, a clause that opens
    // with a subject pronoun or a possessive makes the form a verb (not after a possessive: `the mayor’s claims he …`).
    const clauseNext = !small && (rules.words.subjectPronouns.has(first.lower) || rules.words.clausePossessives.has(first.lower)) &&
      first.lower !== 'you' && !/['’]s$/u.test(lastWord(f, subject.span)) && !first.quoted && rules.bareClauseVerbs.has(cue.lemma);
    // `The governor calls it her “habit”`, `the campaign calls it a false story`: a verb before an object pronoun.
    const pronounObject = plainEnd !== null && rules.words.complementObjects.has(first.lower);
    // `The new poll finds Doe ahead`: after a document's phrase the form is its verb.
    if (nounForm && bare && !namedSubject && smallEnd === null && !pronounObject && !clauseNext && subject.span.start !== document?.span.start) return null;
    // `Health worries have dogged …`, `Trump claims are false`: the noun's own verb follows, so it was a noun.
    // After a relative word it is content (`the House, which even Democrats doubt will flip`).
    if (nounForm && bare && rules.words.auxiliaries.has(first.lower) && !relativeBefore(f, subject.span)) return null;
    // `blasted the deal as “a disgrace”`, `likened the plan to a tax`: only with the object and its characterisation.
    // `dismissed that suggestion as …`: `that` is the object's determiner (characterisationEnd finds no clause in it).
    if (link !== undefined && ((!bare && first.lower !== 'that') || coordinated && !lastInSentence)) return null;
    // `thanked the mayor for “taking these steps”`, `blamed the law on “reckless politicians”`: praise or blame with a
    // quoted reason.
    const reasons = bare && !coordinated ? rules.reasonVerbs.get(cue.lemma) : undefined;
    const reason = reasons ? reasonClause(f, start, reasons, rules) : null;
    if (reason) return mk(reason, subject, cue, 'name-cue-object-for-quote', 1, f);
    if (bare && !small && link === undefined && !rules.bareClauseVerbs.has(cue.lemma) && cue.weight < 0.7) return null;
    const clause = clauseAfter(f, start, rules);
    if (!clause) return null;
    // `The charges, which the senator denies, were dropped`: the relative word is the verb's object (issue 15).
    if (!coordinated && !hearer && objectGapContent(f, subject.span, cue, clause, rules)) return null;
    // `asked the caterer to cater`, `hoped to have`: a bare infinitive of one verb says nothing to check.
    if (infinitive && toks.filter((t) => t.word && t.start >= clause.start && t.end <= clause.end).length < 3) return null;
    // `The seats, which Democrats doubt will flip, are few.`: inside a relative clause the content ends with it.
    const content = bare && !hearer && relativeBefore(f, subject.span) ? relativeEnd(f, clause) : clause;
    if (bare && plainEnd !== null && !hearer) return mk({ start: content.start, end: Math.min(content.end, plainEnd) }, subject, cue, coordinated ? 'and-cue-that-clause' : 'name-cue-object-complement', coordinated ? 0.9 : 1, f);
    if (link !== undefined) {
      const c = characterisation(f, start, content, link, rules, { cue, subject });
      return c === null ? null : mk({ start: content.start, end: c.end }, subject, cue, c.rule, coordinated ? 0.9 : 1, f);
    }
    // `…, a spokesman told the Post.`, `Holloway Tells Farm Convention`: what follows a hearer verb is only
    // the hearer (a short noun phrase that ends the sentence); the content is before.
    if (bare && !hearer && rules.hearerVerbs.has(cue.lemma) && isLast(f, content.end, rules.phrases) && isShortObject(toks, content, rules)) {
      return coordinated ? null : trailingClaim(f, subject, cue, rules);
    }
    // `described the meeting in detail` is an object, not content: describing verbs need `as` or a quotation.
    if (bare && rules.asVerbs.has(cue.lemma) && !toks.some((t) => t.start >= content.start && t.end <= content.end && (t.lower === 'as' || t.quoted))) return null;
    // `found a way`, `added 1 million jobs`, `maintained his lead`: without `that` these verbs take an object (up to its tail),
    // unless a clause follows (`found he was wrong`) or the subject reports findings (`the poll found 90 percent support`).
    // `found herself stranded`, `found itself running short`: a reflexive object, not a finding.
    if (bare && rules.objectSenseVerbs.has(cue.lemma) && rules.words.reflexivePronouns.has(first.lower)) return null;
    if (bare && rules.objectSenseVerbs.has(cue.lemma) && !hasObjectClause(toks, content, rules, { tail: rules.objectTail, determiners: rules.objectDeterminers, prepositions: rules.objectPrepositions }) && !(cue.lemma === 'find' && (subject === document || reportsFindings(f, subject.span, rules)))) return null;
    // `has known the mayor for decades`, `knew Doe since college`: an acquaintance, not knowledge.
    if (bare && cue.lemma === 'know' && !hasClause(toks, content, rules) && sinceWhen(toks, start)) return null;
    // The complement ends with its quotation: `called the system “rigged” in a tweet, and …` stops at `”`.
    if (bare && smallEnd !== null && !coordinated) return mk({ start: content.start, end: Math.min(content.end, smallEnd) }, subject, cue, 'name-cue-object-quote', 1, f);
    const own = coordinated ? content : subordinateEnd(f, subject, content, rules); // `While Doe said A, B …`
    return mk(own, subject, cue, coordinated ? 'and-cue-that-clause' : hearer ? 'name-cue-hearer-that-clause' : 'name-cue-that-clause', (that ? 1 : 0.9) * (coordinated ? 0.9 : 1), f);
  }
  return clauseCommaCueName(cue, f, rules, false);
}

/**
 * The content before a trailing `, X said`: from the sentence's start to the comma before the speaker,
 * or to the closing mark when the comma is inside it (`The plan was “a disaster,” Smith said.`).
 */
function contentBeforeSubject(f: SentenceFacts, subject: SpeakerRef): Span | null {
  const at = tokenIndexAtOrAfter(f, subject.span.start);
  const prev = f.tokens[at - 1];
  if (!prev) return null;
  if (prev.text === ',') return clauseBefore(f, at - 1);
  // `… “a disaster,” Smith said.` · `… ''a disaster,'' Smith said.` (two apostrophes as the closing mark); a mark
  // the quotation finder left unpaired counts too.
  if (commaBeforeMarks(f.tokens, at - 1) || ((prev.text === '"' || prev.text === "'") && f.tokens[at - 2]?.text === ',')) return clauseBefore(f, at);
  return null;
}

/**
 * Does the attribution end at a comma and a linking participle from token i, right away or after a tail of time or
 * circumstance (`said, adding that`, `said Tuesday in Paris, noting`; not `mocked the plan, saying`)?
 */
function participleTail(f: SentenceFacts, i: number, rules: AttributeRules): boolean {
  const toks = f.tokens;
  for (let k = i; k < toks.length && k <= i + 8; k++) {
    if (toks[k]!.text !== ',') continue;
    return rules.words.gerundLink.has(toks[k + 1]?.lower ?? '') && !toks[k + 1]!.quoted && (k === i || isTrailingTail(f, i, rules, k));
  }
  return false;
}

/**
 * Is the cue at token i a second verb of its clause's subject: `and` or `but` just before it, or before its
 * auxiliaries and adverbs (`and has said`, `and also hinted`, `but has repeatedly argued`, `and then said`, `but now
 * says`), or `, then` (`offered him a job, then says …`)?
 */
function joinedBefore(toks: readonly Token[], i: number, rules: AttributeRules): boolean {
  let k = i - 1;
  let then = false;
  while (k > i - 4 && k >= 0 && !toks[k]!.quoted && !toks[k]!.cap && (rules.words.auxiliaries.has(toks[k]!.lower) || /ly$/u.test(toks[k]!.lower) ||
    rules.words.joinedVerbAdverbs.has(toks[k]!.lower))) {
    then ||= toks[k]!.lower === 'then';
    k--;
  }
  return toks[k]?.lower === 'and' || toks[k]?.lower === 'but' || (then && toks[k]?.text === ',' && k > 0);
}

/**
 * A trailing `, X said.`: the content before the speaker's comma. `…, current and former officials said.`: up to three
 * modifiers the speaker phrase left out stand between the comma and the phrase found; they join the speaker.
 */
function trailingClaim(f: SentenceFacts, subject: SpeakerRef, cue: FoundCue, rules: AttributeRules): Found | null {
  const toks = f.tokens;
  const at = tokenIndexAtOrAfter(f, subject.span.start);
  let speaker = subject;
  // Only before a bare head (no pronoun, no determiner): `officials`, not `a fact he` or `an arrangement the campaign`.
  const bare = subject.mention !== null && !subject.mention.pronoun && !rules.words.determiners.has(toks[at]!.lower);
  if (bare && toks[at - 1] && toks[at - 1]!.text !== ',') {
    for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
      const t = toks[k]!;
      const modifier = t.lower === 'and' ? toks[k - 1]?.text !== ',' : t.lower === 'former' || (!rules.functionWords.has(t.lower) && !rules.words.auxiliaries.has(t.lower) && !/ing$/u.test(t.lower));
      if (!t.word || t.quoted || !/^\p{L}[\p{L}-]*$/u.test(t.text) || !modifier || rules.words.prepositions.has(t.lower) || rules.words.whWords.has(t.lower)) break;
      if (toks[k - 1]!.text === ',') { speaker = { ...subject, span: { start: t.start, end: subject.span.end } }; break; }
    }
  }
  const content = contentBeforeSubject(f, speaker);
  if (!content || circumstanceOpener(f, content, cue, rules) || hypotheticalCue(f, speaker.span, cue, rules)) return null;
  return mk(content, speaker, cue, 'clause-comma-name-cue', 1, f);
}

/**
 * `In a note sent Friday, Rep. Roe reacted to the ruling.`, `When pressed by the moderators, Doe apologized
 * to his rival.`: a circumstance that opens the sentence (a HEAD_CIRCUMSTANCE word; no comma, quotation or clause of
 * its own) before a subject whose verb goes on is not content; only a trailing attribution that ends its sentence
 * keeps it. A determiner after anything but a preposition opens a subject (`In 2012 the plan failed, …`).
 */
function circumstanceOpener(f: SentenceFacts, content: Span, cue: FoundCue, rules: AttributeRules): boolean {
  const toks = f.tokens;
  const a = tokenIndexAtOrAfter(f, content.start);
  if (!toks[a] || toks[a]!.quoted || !rules.words.headCircumstance.has(toks[a]!.lower)) return false;
  for (let k = a + 1; k < toks.length && toks[k]!.end <= content.end; k++) {
    const t = toks[k]!;
    if (t.text === ',' || t.quoted || clauseSign(t, rules)) return false;
    if (rules.words.determiners.has(t.lower) && !rules.words.prepositions.has(toks[k - 1]!.lower)) return false;
  }
  return toks.slice(cue.last + 1).some((t) => t.word);
}

/** Does `with` open the phrase that ends just before token i (at most eight words, no punctuation between)? */
function withPhraseBefore(f: SentenceFacts, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = f.tokens[k]!;
    if (t.lower === 'with') return true;
    if (!t.word && t.text !== '%') return false;
  }
  return false;
}

/**
 * `questioned in recent days whether …`, `asked on Monday why …`: past a short circumstance (a preposition and at most
 * five unquoted words) to the question word of a wh-verb's clause; else token i.
 */
function whAfterCircumstance(f: SentenceFacts, cue: FoundCue, i: number, rules: AttributeRules): number {
  const toks = f.tokens;
  if (!rules.whClauseVerbs.has(cue.lemma) || !rules.circumstance.has(toks[i]?.lower ?? '') || toks[i]!.quoted) return i;
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    const t = toks[k]!;
    if (t.quoted || !t.word || rules.words.auxiliaries.has(t.lower) || rules.words.subjectPronouns.has(t.lower)) return i;
    if (rules.words.whOpeners.has(t.lower)) return k;
  }
  return i;
}

/** The index of a verb of aspect before the cue (`continued to question`, `began urging`, `has taken to urging`), or -1. */
function aspectVerbBefore(toks: readonly Token[], cue: FoundCue, rules: AttributeRules): number {
  const lead = purposeLeadBefore(toks, cue, rules); // `took to Twitter to say`
  if (lead >= 0) return lead;
  const to = toks[cue.first - 1]?.lower === 'to' && !toks[cue.first - 1]!.quoted ? 1 : 0;
  const k = cue.first - 1 - to;
  const t = toks[k];
  if (!t || t.quoted || !rules.words.aspectVerbs.has(t.lower)) return -1;
  // `to` before a base form (`continued to question`), none before a participle (`began urging`); `taken to urging`. A
  // participle only of a verb with a hearer (`kept asking her why`, not `began broadcasting the show`), and the content
  // follows at once (`As the crowd began to chant, the mayor …` has none).
  const participle = /ing$/u.test(cue.form) && rules.hearerVerbs.has(cue.lemma);
  const ok = to === 1 ? cue.form === cue.lemma || (t.lower === 'taken' && participle) : participle && t.lower !== 'taken';
  return ok && toks[cue.last + 1]?.text !== ',' ? k : -1;
}

/** The last word of a span, as written. */
function lastWord(f: SentenceFacts, span: Span): string {
  const toks = f.tokens;
  let k = tokenIndexAtOrAfter(f, span.end) - 1;
  while (k > 0 && !toks[k]!.word) k--;
  return toks[k]?.text ?? '';
}

/**
 * Does a name (capitalised, not a possessive) or, with `pronouns`, a subject pronoun end right before the cue:
 * `Harbourline reports`, `the Daily Courier reports`, `she notes` (not `the report`, `Doe's notes`, `the paper notes`)?
 */
function namedRightBefore(f: SentenceFacts, cue: FoundCue, rules: AttributeRules, pronouns: boolean): boolean {
  const prev = f.tokens[cue.first - 1];
  if (!prev || !prev.word || prev.quoted || /['’]s?$/u.test(prev.text)) return false;
  const m = speakerBefore(f, cue.first, rules.phrases);
  if (!m?.mention || m.span.end !== prev.end) return false;
  return m.mention.pronoun ? pronouns && rules.words.subjectPronouns.has(m.mention.name.toLowerCase()) : /^\p{Lu}/u.test(m.mention.name) && prev.cap;
}
