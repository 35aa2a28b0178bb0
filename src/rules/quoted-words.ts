/**
 * Words that tell a quoted title from quoted words (`sang “Sing Me Back to the River”`, `in her memoir, “Late
 * Light”`) and what ends a quotation's content after its closing marks. Read by the shapes with attribute-words.ts.
 */

/** Small words a title leaves in lower case (`Sons of the Desert`). */
export const TITLE_SMALL_WORDS = ['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs'] as const;

/**
 * Issue 15: words in -ing that are no participle after a quotation's closing comma (`“…,” during the debate`), so they
 * do not end the content as an aside (`“…,” blaming the mayor`) does.
 */
export const ING_NOT_PARTICIPLES = ['during', 'including', 'regarding', 'concerning', 'following', 'considering', 'excluding', 'involving',
  'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'thing', 'king', 'string'] as const;

/**
 * Issue 15: works with a title, named after a comma at the end of an attribution's tail (`said in his 2009 book, “A
 * Cold Harbour.”`, `she wrote in her memoir, “Late Light.”`): the quoted title is not what was said.
 */
export const WORK_NOUNS = [
  'book', 'memoir', 'memoirs', 'autobiography', 'biography', 'novel', 'column', 'essay', 'op-ed', 'film', 'documentary',
  'movie', 'show', 'program', 'programme', 'podcast', 'album', 'song', 'play', 'series', 'newsletter', 'blog',
  'comedy', 'sitcom', 'drama', 'musical', 'opera', 'poem', 'anthem', 'hymn',
] as const;

/**
 * Issue 15: words after which a quotation in title case names a work, no one's words (with WORK_NOUNS): performing
 * verbs (`sang “Sing Me Back to the River,”`) and `on` (`Later on “This Week,” Doe questioned …`).
 */
export const TITLE_LEADS = ['sing', 'sings', 'sang', 'sung', 'singing', 'hum', 'hummed', 'perform', 'performed', 'performing', 'played', 'playing', 'on'] as const;

/**
 * A quotation inside a quotation: the plain sayings that introduce the quoted speaker's own earlier words (`“I rang her
 * and I said, ‘Come home now.’”`), by lemma of CUE_VERBS; not stances (`I think, ‘…’` is rare and ambiguous).
 */
export const NESTED_SAYINGS = ['say', 'tell', 'reply', 'write', 'add', 'answer'] as const;

/** Modals that make such a saying hypothetical (`I would tell them, ‘…’`, `the city could say, ‘…’`): no claim. */
export const HYPOTHETICAL_MODALS = ['could', 'would', 'might', 'may', 'should', 'will', 'can', 'must', "'d", '’d'] as const;

/** Words besides AUXILIARIES that may stand between such a saying and its subject (`I kept saying`, `we just said`). */
export const NESTED_SAYING_GAP = ['kept', 'been', 'just', 'then', 'also'] as const;
