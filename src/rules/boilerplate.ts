/**
 * `Label: …` lines that are page furniture, not a speaker's words (`Font Size:`, `Photo:`). Lowercase,
 * as the label is written without its colon.
 */
export const LABELS = [
  'font size', 'photo', 'photos', 'image', 'images', 'video', 'watch', 'listen', 'audio', 'source', 'sources', 'credit',
  'credits', 'transcript', 'note', 'editor', "editor's note", 'update', 'updated', 'correction', 'clarification',
  'related', 'read more', 'more', 'see also', 'tags', 'tag', 'topics', 'filed under', 'follow', 'email', 'e-mail',
  'contact', 'share', 'comments', 'advertisement', 'sponsored', 'subscribe', 'newsletter', 'by', 'author', 'posted',
  'published', 'date', 'time', 'location', 'dateline', 'caption', 'graphic', 'chart', 'map', 'table', 'figure',
  'disclaimer', 'disclosure', 'copyright', 'sign up', 'click here', 'twitter', 'facebook', 'instagram', 'q', 'a',
  'question', 'answer', 'summary', 'background', 'what', 'why', 'how', 'when', 'where', 'who', 'bottom line',
  'the bottom line', 'key points', 'highlights', 'timeline', 'fact check', 'verdict', 'rating', 'claim', 'ruling',
  'special deal', 'special offer', 'deal', 'offer', 'sale', 'promo', 'ad', 'ps', 'p.s',
  // Headline kickers and bylines: `EXCLUSIVE: …`, `Breaking: …`, `Contributing: …`
  'exclusive', 'breaking', 'breaking news', 'just in', 'developing', 'live', 'watch live', 'busted', 'boom', 'wow',
  'look', 'revealed', 'report', 'analysis', 'opinion', 'editorial', 'commentary', 'review', 'contributing',
  'contributors', 'paid notice', 'stat of the week', 'quote of the day', 'the latest', 'latest', 'factbox',
  'explainer', 'poll watch', 'fact sheet', 'by the numbers',
] as const;

/**
 * Paragraphs that are page furniture: copyright lines, follow/subscribe offers, photo credits, author
 * bios. Tested against a paragraph's text (case-insensitive); no claim comes from such a paragraph.
 */
export const BOILERPLATE_PATTERNS = [
  { id: 'copyright', pattern: /^(?:copyright\b|\(c\)|©)/iu },
  { id: 'all-rights-reserved', pattern: /all rights reserved/iu },
  { id: 'follow', pattern: /^(?:follow|like|join)\b.{0,60}\bon (?:twitter|facebook|instagram|linkedin)\b/iu },
  { id: 'subscribe', pattern: /^(?:special (?:deal|offer)\b|subscribe\b|sign up\b|get (?:our|the) newsletter\b|click here\b|read more\b)/iu },
  { id: 'photo-credit', pattern: /^\(?(?:photo|image|picture|video)(?: credit)?s?\s*(?::|by\b|courtesy\b)|\((?:photo|image|ap photo|reuters)[^)]*\)\s*$/iu },
  { id: 'author-bio', pattern: /^[\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){1,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|author|fellow|producer)\b/u },
  { id: 'website-notice', pattern: /this website is not intended/iu },
  { id: 'cookie-notice', pattern: /cookies?\b.{0,40}\b(?:policy|consent)\b/iu },
] as const;
