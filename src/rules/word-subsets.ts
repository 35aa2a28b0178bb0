import { WH_WORDS } from './attribute-words.js';
import { SUBJECT_PRONOUNS } from './clause-words.js';
import { POSSESSIVE_PRONOUNS } from './phrase-words.js';

/**
 * Small closed word lists the shapes, the speaker phrases and the cue finder test one word against, each kept here
 * once instead of as a regex in the code. A list that is a part of a larger table is derived from it and says why it
 * leaves the rest out. Lower case; each Set is built in src/rules/index.ts (in ClauseWords; HAVE_FORMS in the cue rules).
 */

/** Object pronouns: `according to him` is a person's words; `… them said` is no speaker phrase's end. */
export const OBJECT_PRONOUNS = ['him', 'her', 'them', 'us', 'me'] as const;

/**
 * SUBJECT_PRONOUNS without `it` and `you`: the pronouns that name a speaker right after a quotation with no comma
 * (`“We will win” he said`); `it` and a generic `you` there rarely do (`“We will win” you might think`).
 */
export const SPEAKING_PRONOUNS = SUBJECT_PRONOUNS.filter((w) => w !== 'it' && w !== 'you');

/**
 * POSSESSIVE_PRONOUNS without `her` and `my`: a possessive that opens a clause after a noun-like verb (`The candidate
 * claims his fortune is …`). `her` is as often an object (`claims her support`); `my` is in quoted words, not reports.
 */
export const CLAUSE_POSSESSIVES = POSSESSIVE_PRONOUNS.map((p) => p.word).filter((w) => w !== 'her' && w !== 'my');

/** Reflexive pronouns: `found herself stranded` is an object, not a finding. */
export const REFLEXIVE_PRONOUNS = ['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself'] as const;

/** The forms of `have`: an -s form of a cue word after one is a plural noun (`they have claims to the field`). */
export const HAVE_FORMS = ['have', 'has', 'had', 'having'] as const;

/**
 * WH_WORDS without `what`, `when`, `where`, `who` and `which`: the words that open an indirect question after a verb
 * of asking or knowing (`questioned whether the plan works`). The others open an object, a relative or a time clause
 * as often (`decided what to do next`, `revealed last fall when he …`, `asked to act no matter who is in charge`).
 */
export const WH_OPENERS = WH_WORDS.filter((w) => !['what', 'when', 'where', 'who', 'which'].includes(w));
