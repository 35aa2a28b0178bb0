/**
 * Capitalised at a sentence's start but never a name: dropped from the front of a capitalised run
 * (`But Crane said` → `Crane`). Lowercase.
 */
export const FUNCTION_WORDS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when',
  'while', 'as', 'after', 'before', 'since', 'because', 'although', 'though', 'in', 'on', 'at', 'by', 'to', 'from',
  'with', 'without', 'of', 'about', 'under', 'over', 'during', 'until', 'unlike', 'like', 'despite', 'however',
  'meanwhile', 'still', 'also', 'then', 'now', 'here', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'what', 'who', 'which', 'where', 'why', 'how', 'not', 'no', 'yes',
  'even', 'only', 'just', 'every', 'each', 'all', 'some', 'many', 'most', 'other', 'another', 'both', 'either',
  'neither', 'last', 'next', 'first', 'former', 'late', 'dear', 'asked', 'instead', 'indeed', 'moreover', 'thus',
  'according', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'among', 'amid', 'across', 'against', 'through', 'whether', 'once', 'more',
  'several', 'few', 'any', 'such', 'same', 'one', 'two', 'three', 'nearly', 'almost', 'perhaps', 'maybe', 'rather',
] as const;

/** Words that may stand between a speaker and its verb (`Crane also said`, `he has long argued`). */
export const SPEAKER_VERB_GAP = [
  'also', 'later', 'then', 'previously', 'recently', 'once', 'still', 'often', 'repeatedly', 'again', 'already',
  'even', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'may',
  'might', 'could', 'should', 'must', 'long', 'publicly', 'privately', 'first', 'last', 'further',
  'flatly', 'simply', 'just', 'reportedly', 'allegedly', 'apparently', 'finally', 'ultimately', 'quickly', 'soon',
  'since', 'frequently', 'consistently', 'explicitly', 'previously', 'earlier', 'had', 'been', 'being', 'continued',
  'can', 'cannot', 'wo', 'ca', 'clearly', 'openly', 'quietly', 'loudly', 'both', 'each', // `X and Y both said`
  'having', // `Having announced that …`: no subject before it
  'however', 'meanwhile', 'instead', 'nonetheless', 'nevertheless', // `Carter however said`
  'here', 'there', 'now', 'too', // issue 15: `campaign workers here said`, `Kaine now says`
  'always', // issue 15: `has always maintained that`
] as const;

/** Phrases after a cue that are circumstances, not content: `said on Tuesday that`, `said in a statement`. */
export const CIRCUMSTANCE_STARTS = [
  'in', 'on', 'at', 'during', 'via', 'through', 'with', 'to', 'after', 'before', 'while', 'from', 'last', 'this', 'earlier',
  'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'recently', 'previously', 'repeatedly', 'also', 'again', 'publicly', 'privately', 'flatly', 'once', 'late', 'early',
] as const;
