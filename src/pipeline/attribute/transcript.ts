import type { Paragraph, Span } from '../../types.js';
import type { Found, Shape } from './shape.js';
import { type SentenceFacts, sentenceAt } from '../sentence-facts.js';
import { turnAround, withoutOwnVoice } from './voice.js';

/**
 * Interviews and transcripts: a document whose paragraphs open with speaker labels (`Q:`, `A.`, `MS. DUFRESNE-HALL:`,
 * `THE PRESIDENT:`, `Okafor:`), or whose questions are set apart (`Q: …` paragraphs, the answers unlabelled).
 * Each answer or statement turn, over all its paragraphs up to the next label, is one direct claim of its speaker,
 * with no cue; questions are not claims. The speaker is the label (its best full name in the text: `MS. DUFRESNE-HALL`
 * → `Claire Dufresne-Hall` when the text writes it), or, for `A:` and unlabelled answers, the interviewee who says
 * `My name is X` in an answer or is named in the introduction.
 */

/** A paragraph that opens with a label: the label's span (without the colon) and where the turn's words start. */
interface Label { readonly paragraph: number; readonly span: Span; readonly body: number; readonly question: boolean; readonly answer: boolean; readonly upper: boolean; readonly key: string }

// `Q:` `Q.` `Q —` and `Q` followed by two spaces or a tab (White House transcripts); `A:` `A.` likewise.
const QA_LABEL = /^(Q|A|QUESTION|ANSWER)(?:\s*[:.\u2014\u2013-]|[ \t]{2,}|\t|[ ](?=\p{Lu}))[ \t]*/u;
// An upper-case label of one to four words: `MODERATOR:`, `THE PRESIDENT:`, `MS. DUFRESNE-HALL:`, `SEN. O'NEILL:`.
const UPPER_LABEL = /^((?:[\p{Lu}][\p{Lu}'\u2019.-]*\.?[ \t]?){1,4})(?<![ \t]):[ \t]*(?=\S)/u;
// A name label in mixed case, one to three capitalised words: `Okafor:`, `Ada Okafor:` (must recur to count).
const NAME_LABEL = /^((?:\p{Lu}[\p{Ll}'\u2019-]+[ \t]?){1,3})(?<![ \t]):[ \t]+(?=\S)/u;
// Labels that are page furniture, not speakers (`Note:`, `UPDATE:`, `Photo:`).
const NOT_SPEAKERS = new Set(['note', 'notes', 'update', 'updated', 'photo', 'photos', 'source', 'sources', 'credit', 'credits', 'editor', 'correction', 'related', 'read', 'watch', 'see', 'also', 'caption', 'image', 'video', 'contact', 'media', 'email', 'phone', 'tel', 'fax', 'web', 'website', 'twitter', 'tags', 'topics', 'posted', 'published', 'date', 'subject', 'from', 'to', 'cc', 're', 'warning', 'disclaimer', 'about', 'location', 'when', 'where', 'what', 'who', 'why', 'how', 'tip', 'key', 'summary', 'background', 'step', 'part', 'chapter', 'example']);
// Words of a label that are titles, not names.
const LABEL_TITLES = new Set(['the', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'rep', 'gov', 'gen', 'adm', 'col', 'prof', 'rev', 'hon', 'judge', 'justice', 'ambassador', 'senator', 'representative', 'governor', 'secretary', 'minister', 'general', 'admiral', 'director', 'commissioner', 'mayor', 'chairman', 'chair', 'chairwoman', 'speaker', 'leader', 'deputy', 'press', 'prime', 'vice', 'president', 'attorney', 'council', 'detective', 'officer', 'sheriff', 'chief', 'captain', 'sergeant', 'lieutenant', 'professor', 'doctor']);
// Labels that are roles, not names: the person is the one the text introduces with that role.
const ROLE_LABELS = new Set(['president', 'vice president', 'first lady', 'prime minister', 'secretary', 'press secretary', 'governor', 'mayor', 'ambassador', 'chairman', 'senator', 'judge', 'the court', 'the witness', 'witness', 'defendant', 'minister', 'chancellor', 'queen', 'king', 'pope', 'moderator', 'operator', 'interviewer', 'host', 'narrator', 'announcer']);
// Roles that ask (their turns are questions, not claims).
const ASKERS = new Set(['q', 'question', 'interviewer', 'reporter', 'audience member', 'participant', 'caller']);
// A paragraph that ends every turn: a time stamp (`11:52 A.M. EDT`), `END`, `###`, `(Applause.)` and the like.
const TURN_BREAK = /^(?:\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s*[Mm]\.?(?:\s+\p{Lu}{2,4})?|END|-?\s*#{3}\s*-?|\*\s*\*\s*\*|\[?\((?:Applause|Laughter|Recess|Break|Crosstalk|Inaudible|Pause)[^)]*\)\]?\.?)\s*$/iu;

export const TRANSCRIPT = [
  { id: 'transcript-label', confidence: 0.9, example: 'MS. DOE: We will win.\n\nQ: Why?\n\nMS. DOE: Voters trust us.', match: findTurns },
  { id: 'transcript-answer', confidence: 0.85, example: 'Q: Who are you?\n\nMy name is Jane Doe.\n\nQ: Will you win?\n\nWe will.', match: findTurns },
] as const satisfies readonly Shape[];

/** The labels of a document's paragraphs, or none when the document is not a transcript. */
function findLabels(text: string, paragraphs: readonly Paragraph[]): Label[] {
  const raw: (Label & { mixed: boolean })[] = [];
  for (const p of paragraphs) {
    const s = text.slice(p.start, Math.min(p.end, p.start + 120));
    const qa = QA_LABEL.exec(s);
    if (qa) {
      const w = qa[1]!.toLowerCase();
      raw.push({ paragraph: p.index, span: { start: p.start, end: p.start + qa[1]!.length }, body: p.start + qa[0].length, question: w === 'q' || w === 'question', answer: w === 'a' || w === 'answer', upper: true, key: w[0]!, mixed: false });
      continue;
    }
    const up = UPPER_LABEL.exec(s);
    const m = up ?? NAME_LABEL.exec(s);
    if (!m) continue;
    const label = m[1]!.trim();
    if (!/\p{L}/u.test(text.slice(p.start + m[0].length, p.end))) continue; // a table row: `Clinton: 547.`
    const key = label.toLowerCase().replace(/[^\p{L}' -]/gu, '').trim();
    if (!/\p{L}{2}/u.test(label) || key.split(/\s+/u).some((w) => NOT_SPEAKERS.has(w))) continue;
    if (up && !/\p{Lu}{2}/u.test(label)) continue; // `A. B.:` is not a label
    raw.push({ paragraph: p.index, span: { start: p.start, end: p.start + label.length }, body: p.start + m[0].length, question: ASKERS.has(key), answer: false, upper: up !== null, key, mixed: up === null });
  }
  // A transcript has two labelled paragraphs with the same label (`Q`, a speaker), and a question, another
  // speaker or a third label.
  const count = new Map<string, number>();
  for (const l of raw) count.set(l.key, (count.get(l.key) ?? 0) + 1);
  const labels = raw.filter((l) => !l.mixed || l.question || (count.get(l.key) ?? 0) >= 2);
  const repeated = [...count.values()].some((n) => n >= 2);
  const keys = new Set(labels.map((l) => l.key));
  return labels.length >= 2 && repeated && (labels.some((l) => l.question) || keys.size >= 2 || labels.length >= 3) ? labels : [];
}

/** The turns of a transcript as claims: content without the label, one per turn, questions left out. */
export function findTurns(text: string, paragraphs: readonly Paragraph[], facts: readonly SentenceFacts[]): Found[] {
  const labels = findLabels(text, paragraphs);
  if (labels.length === 0) return [];
  const byParagraph = new Map(labels.map((l) => [l.paragraph, l]));
  const hasAnswerLabels = labels.some((l) => l.answer);
  const onlyQuestions = labels.every((l) => l.question || l.answer);
  const firstLabel = paragraphs[labels[0]!.paragraph]!;
  let interviewee: { span: Span; name: string } | null = null;
  const names = new Map<string, string>(); // label as written → full name (one search of the text per label)
  const out: Found[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const l = byParagraph.get(i);
    // A turn starts at a non-question label, or (Q&A layout) at an unlabelled paragraph after a question.
    let start: number;
    let label: Label | null = null;
    if (l) {
      if (l.question) continue;
      label = l;
      start = l.body;
    } else {
      const prev = i > 0 ? byParagraph.get(i - 1) : undefined;
      if (!prev?.question || !onlyQuestions || hasAnswerLabels || isBreak(text, paragraphs[i]!)) continue;
      start = paragraphs[i]!.start;
    }
    let j = i;
    while (j + 1 < paragraphs.length && !byParagraph.has(j + 1) && !isBreak(text, paragraphs[j + 1]!)) j++;
    const end = trimEnd(text, start, paragraphs[j]!.end);
    const content = { start, end };
    i = j;
    if (end - start < 2) continue;
    let speaker: Found['speaker'];
    if (label && !label.answer) {
      const written = text.slice(label.span.start, label.span.end);
      if (!names.has(written)) {
        const full = fullName(text, label.span, firstLabel.start);
        names.set(written, full === written && ROLE_LABELS.has(label.key.replace(/^the /u, '')) ? addressedAs(text, paragraphs, labels, label.key) ?? full : full);
      }
      speaker = { span: label.span, mention: null, name: names.get(written)!, kind: 'person' };
    } else {
      interviewee ??= selfNamed(text, content) ?? introduced(text, firstLabel.start);
      // `A: …`: the label is the mention that speaks here; the name is the interviewee's.
      speaker = interviewee && { span: label ? label.span : interviewee.span, mention: null, name: interviewee.name, kind: 'person' };
    }
    const s = sentenceAt(facts, start);
    out.push({ content, type: 'direct', speaker, cue: null, rule: label && !label.answer ? 'transcript-label' : 'transcript-answer', factor: 1, sentence: s ? s.sentence.index : 0 });
  }
  return out;
}

/**
 * The claims found by the other shapes, with the transcript's turns added. A claim that starts where a turn starts
 * (`MS. DOE: …` read as a headline) gives way to the turn before `nest` (the other shapes' nesting rule) runs, so it
 * hides no claim inside the turn. Inside a turn, as inside any quotation, each word has one attribution: reported
 * speech there (`I will say that …`, `the experts have said …`) and a quotation no one was found for (the speaker's
 * own scare quotes) give way to the turn; a quotation with its own speaker (`somebody replied: “…”`) stays. The
 * writer's own voice is then taken out (voice.ts).
 */
export function withTurns(
  found: readonly Found[], nest: (list: Found[]) => Found[], text: string, paragraphs: readonly Paragraph[], facts: readonly SentenceFacts[],
): Found[] {
  const turns = findTurns(text, paragraphs, facts);
  const sentenceOf = (x: Found): string => {
    const s = facts[x.sentence]?.sentence;
    return s ? text.slice(s.start, s.end) : '';
  };
  if (turns.length === 0) return withoutOwnVoice(nest([...found]), text, sentenceOf);
  const inTurn = (x: Found): boolean => { const t = turnAround(turns, x.content); return t !== null; };
  const starts = new Set(turns.map((t) => t.content.start));
  // Inside a turn only a quotation with its own speaker stays (`somebody replied: “…”`): reported speech there
  // (`like I said, …`, `the Minister thinks that …`) is part of the turn, one attribution per word.
  const kept = nest(found.filter((x) => !starts.has(x.content.start))).filter((x) => !inTurn(x) || (x.quoteEnd !== undefined && x.speaker !== null && x.rule !== 'quote-unattributed'));
  return [...withoutOwnVoice(kept, text, sentenceOf), ...turns].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}

// How the next speaker thanks a role (`CHAIR ROE: Thank you so much, Priya.`), and how the one before hands over
// to it (`… back over to you, Priya.`).
const THANKED = /^(?:Thank you|Thanks)(?: (?:so |very )?much)?,\s+(\p{Lu}[\p{Ll}'\u2019-]+(?:\s+\p{Lu}[\p{Ll}'\u2019-]+)?)[.!]/u;
const ADDRESSES = new Set(['sir', 'madam', 'ma\'am', 'everyone', 'everybody', 'all', 'guys', 'folks', 'friends', 'colleagues', 'again', 'both']);
const HANDED_OVER = /\b(?:back|over|back over) to you,\s+(\p{Lu}[\p{Ll}'\u2019-]+(?:\s+\p{Lu}[\p{Ll}'\u2019-]+)?)[.!]?\s*$/u;

/**
 * A role label the text never names (`MODERATOR`, `HOST`, `OPERATOR`): the name the other speakers call it by, the one
 * that most often opens the turn right after one of its turns (`Thank you so much, Priya.`) or ends the turn right
 * before (`… back over to you, Priya.`); null when they never do.
 */
function addressedAs(text: string, paragraphs: readonly Paragraph[], labels: readonly Label[], key: string): string | null {
  const votes = new Map<string, number>();
  const vote = (m: RegExpExecArray | null): void => {
    // `Thank you, Mr. President.` · `Thanks, Sir.`: a title or a form of address, not a name.
    if (m && !m[1]!.split(/\s+/u).some((w) => LABEL_TITLES.has(w.toLowerCase()) || ADDRESSES.has(w.toLowerCase()))) votes.set(m[1]!, (votes.get(m[1]!) ?? 0) + 1);
  };
  labels.forEach((l, k) => {
    if (l.key !== key) return;
    const next = labels[k + 1];
    if (next && next.key !== key) vote(THANKED.exec(text.slice(next.body, Math.min(paragraphs[next.paragraph]!.end, next.body + 80))));
    const before = paragraphs[l.paragraph - 1];
    if (k > 0 && labels[k - 1]!.key !== key && before) vote(HANDED_OVER.exec(text.slice(Math.max(before.start, before.end - 120), before.end)));
  });
  let best: string | null = null;
  for (const [name, n] of votes) if (best === null || n > votes.get(best)!) best = name;
  return best;
}

function isBreak(text: string, p: Paragraph): boolean {
  return p.end - p.start < 40 && TURN_BREAK.test(text.slice(p.start, p.end).trim());
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/** The fullest name the text writes for a label: `MS. DUFRESNE-HALL` → `Claire Dufresne-Hall`, `THE PRESIDENT` → `Joe Biden`. */
export function fullName(text: string, label: Span, searchFrom: number): string {
  const written = text.slice(label.start, label.end);
  const words = written.split(/\s+/u).map((w) => w.replace(/\.$/u, ''));
  const lower = words.map((w) => w.toLowerCase());
  const role = lower.filter((w) => w !== 'the').join(' ');
  const names = lower.filter((w) => !LABEL_TITLES.has(w));
  if (names.length === 0) {
    if (ROLE_LABELS.has(role)) {
      // `THE PRESIDENT` → the person the text introduces with the role: `President Joe Biden`, `President Biden`.
      const re = new RegExp(`\\b${escape(titleCase(role))}\\s+((?:\\p{Lu}[\\p{L}'\u2019.-]+\\s+){0,2}\\p{Lu}[\\p{L}'\u2019-]+)`, 'u');
      const m = re.exec(text.slice(0, searchFrom)) ?? re.exec(text);
      if (m) return m[1]!;
    }
    return written;
  }
  // A surname label: the longest capitalised name in the text that ends in the surname (`Claire Dufresne-Hall`),
  // the titles before it left out (`Ambassador Ruth Amsel` → `Ruth Amsel`).
  const surname = words[words.length - 1]!;
  if (surname.length < 2) return written;
  const anyCase = [...surname].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join('');
  const re = new RegExp(`((?:\\p{Lu}[\\p{Ll}'\u2019-]*\\.?\\s+){1,3})(${anyCase})(?![\\p{L}-])`, 'gu');
  let best: string | null = null;
  for (const m of text.matchAll(re)) {
    const tail = m[2]!;
    if (tail === tail.toUpperCase()) continue; // the label itself, or another in capitals
    const prefix = m[1]!.trim().split(/\s+/u);
    let k = prefix.length;
    while (k > 0 && !LABEL_TITLES.has(prefix[k - 1]!.replace(/\.$/u, '').toLowerCase())) k--;
    const given = prefix.slice(k);
    if (given.length === 0) continue;
    const name = `${given.join(' ')} ${tail}`;
    if (!best || name.length > best.length) best = name;
  }
  if (best) return best;
  const kept = words.filter((w) => !LABEL_TITLES.has(w.toLowerCase()));
  return kept.length > 0 ? kept.join(' ') : written;
}

/** `My name is Ada Okafor, …` · `I'm Jane Doe.` · `I am Jane Doe and …` in an answer: the interviewee's name. */
function selfNamed(text: string, content: Span): { span: Span; name: string } | null {
  const s = text.slice(content.start, Math.min(content.end, content.start + 400));
  const m = /\b(?:[Mm]y [Nn]ame is|[Nn]ame's|I am|I'm|I’m)\s+((?:\p{Lu}[\p{L}'\u2019-]+)(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})/u.exec(s);
  if (!m) return null;
  const at = content.start + m.index + m[0].length - m[1]!.length;
  return { span: { start: at, end: at + m[1]!.length }, name: m[1]! };
}

/** The interviewee named in the introduction, before the first label: `… spoke to Jane Doe`, `Jane Doe, the …`. */
function introduced(text: string, before: number): { span: Span; name: string } | null {
  const intro = text.slice(0, before);
  const patterns = [/\b(?:with|to|interviewed|interviews|meets|meet)\s+((?:\p{Lu}[\p{Ll}'\u2019-]+\s+){0,3}\p{Lu}[\p{Ll}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?)/gu,
    /(?:^|\n)((?:\p{Lu}[\p{Ll}'\u2019-]+)(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2}),\s+(?:the|a|an|who)\b/gu,
    // else the first full name the introduction (or the headline) writes: `Laura Bush sees hope …`
    /((?:\p{Lu}[\p{Ll}'\u2019-]+\s+){0,3}\p{Lu}[\p{Ll}'\u2019-]+\s+\p{Lu}[\p{Ll}'\u2019-]+)(?![\p{L}'\u2019-])/gu];
  for (const re of patterns) {
    for (const m of intro.matchAll(re)) {
      // `Vice President Joe Biden` → `Joe Biden`: the titles before the name are left out of the span and the name.
      const words = m[1]!.split(/\s+/u);
      let k = 0;
      while (k < words.length - 1 && LABEL_TITLES.has(words[k]!.toLowerCase())) k++;
      const name = words.slice(k).join(' ');
      if (!name.includes(' ')) continue; // one word (`to Colombia`) is too little to tell a person
      const at = m.index + m[0].length - name.length;
      return { span: { start: at, end: at + name.length }, name };
    }
  }
  return null;
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
