// Per-document indexes the event coder reads many times: lower-cased words, which entity
// mention covers each token, which tokens sit inside quotation marks. Built once, linear.
import type { Doc, EntityDraft, Mention } from '../document.ts';
import { getLexicon, type IndexedWords } from './lexicon.ts';

export interface MentionRef {
  entity: EntityDraft;
  mention: Mention;
  tokenStart: number;
  tokenEnd: number;
}

export interface QuoteSpan {
  /** offsets of the quoted text, marks excluded */
  start: number;
  end: number;
}

export interface DocView extends IndexedWords {
  doc: Doc;
  words: string[];
  /** mention covering each token (the longest), or undefined */
  mentionAt: (MentionRef | undefined)[];
  /** mentions by sentence, in text order */
  mentionsBySentence: MentionRef[][];
  inQuote: boolean[];
  quotes: QuoteSpan[];
}

const APOSTROPHES = /[’ʼ`]/g;

const SPECIAL = /[’ʼ`\u200b]/;

export function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return SPECIAL.test(lower) ? lower.replace(APOSTROPHES, "'").replace(/\u200b/g, '') : lower;
}

// Lower-casing is character by character except for İ (one character becomes two) and Σ
// (final or not depends on what follows), and lowerWord drops zero-width spaces: without
// them, lowerWord of each token is a slice of the text lower-cased once (tokens are slices
// of the text).
const NOT_BY_CHARACTER = /[\u0130\u03a3\u200b]/;

/** `lowerWord` of every token of the document. */
export function lowerWords(doc: Doc): string[] {
  if (NOT_BY_CHARACTER.test(doc.text)) return doc.tokens.map((t) => lowerWord(t.text));
  const lower = doc.text.toLowerCase().replace(APOSTROPHES, "'");
  return doc.tokens.map((t) => lower.slice(t.start, t.end));
}

/** Index of the first token whose end is after `offset` (tokens are sorted). */
export function tokenAtOffset(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionRef(doc: Doc, entity: EntityDraft, mention: Mention): MentionRef | undefined {
  const tokenStart = mention.tokenStart ?? tokenAtOffset(doc, mention.start);
  const tokenEnd = mention.tokenEnd ?? tokenAtOffset(doc, mention.end - 1) + 1;
  if (tokenStart >= tokenEnd || tokenStart >= doc.tokens.length) return undefined;
  return { entity, mention, tokenStart, tokenEnd };
}

// Curly quotes pair by direction; straight double quotes pair left to right within a paragraph.
function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re = /“([^“”\n]{1,2000})”|"([^"\n]{1,2000})"|«([^«»\n]{1,2000})»/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  return out;
}

/**
 * A pure function of (view, sentence) computed once per sentence: several triggers and
 * drafts of a sentence ask the same question (its dateline, its death toll, its source).
 */
export function perSentence<T>(compute: (view: DocView, s: number) => T): (view: DocView, s: number) => T {
  const memo = new WeakMap<DocView, Map<number, T>>();
  return (view, s) => {
    let bySentence = memo.get(view);
    if (!bySentence) {
      bySentence = new Map();
      memo.set(view, bySentence);
    }
    if (bySentence.has(s)) return bySentence.get(s) as T;
    const value = compute(view, s);
    bySentence.set(s, value);
    return value;
  };
}

export function buildDocView(doc: Doc): DocView {
  const n = doc.tokens.length;
  const words = lowerWords(doc);
  const lex = getLexicon();
  const starts = new Uint32Array(n);
  for (let i = 0; i < n; i++) starts[i] = lex.startMask(words[i]!);
  const mentionAt: (MentionRef | undefined)[] = new Array(n).fill(undefined);
  const mentionsBySentence: MentionRef[][] = doc.sentences.map(() => []);
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      const ref = mentionRef(doc, entity, mention);
      if (!ref) continue;
      const s = doc.tokens[ref.tokenStart]!.sentence;
      mentionsBySentence[s]?.push(ref);
      for (let i = ref.tokenStart; i < ref.tokenEnd && i < n; i++) {
        const prev = mentionAt[i];
        if (!prev || prev.tokenEnd - prev.tokenStart < ref.tokenEnd - ref.tokenStart) mentionAt[i] = ref;
      }
    }
  }
  for (const list of mentionsBySentence) list.sort((a, b) => a.tokenStart - b.tokenStart);
  const quotes = findQuotes(doc.clean);
  const inQuote: boolean[] = new Array(n).fill(false);
  for (const q of quotes) {
    for (let i = tokenAtOffset(doc, q.start); i < n && doc.tokens[i]!.start < q.end; i++) inQuote[i] = true;
  }
  return { doc, words, starts, mentionAt, mentionsBySentence, inQuote, quotes };
}
