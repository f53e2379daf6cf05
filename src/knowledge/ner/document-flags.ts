// Document-level evidence for the tagger: how each word (case-folded) appears elsewhere in the
// same document. A sentence-initial "Mubarak" that the document also writes mid-sentence with
// a capital, a "Bush" the document also writes after "Mr.", a capitalised word the document
// also writes in lower case ("Police said …" / "the police") — one pass over the document's
// tokens, a few bits per distinct word, read by two feature templates (extract-features.ts).
import { HashBytes, hashFolded } from './feature-hash.ts';
import { WordClass, wordClassOf } from './name-lists.ts';

/** The words of a document, sentence by sentence (structurally the pipeline's Doc). */
export interface DocumentWords {
  tokens: readonly { text: string }[];
  sentences: readonly { tokenStart: number; tokenEnd: number }[];
}

/** Flag bits of a word across its document. */
const LOWER = 1; // written in lower case
const CAPITAL_INSIDE = 2; // capitalised, not first in its sentence
const AFTER_TITLE = 4; // right after a title word ("Mr.", "President")
const IN_RUN = 8; // inside a run of two or more capitalised words
const ALONE = 16; // a capitalised word between non-capitalised ones, not first

/** Folded word hash → flag bits. */
export type DocumentFlags = HashBytes;

const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};
const isLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/** Flags of the words of tokens [from, to) (one sentence), added to `flags`. */
export function addSentenceFlags(
  tokens: readonly { text: string }[],
  from: number,
  to: number,
  flags: DocumentFlags,
): void {
  let prevCap = false;
  let prevTitle = false;
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.text;
    if (w === '.' && prevTitle) continue; // "Mr" "." "Bush": the name still follows the title
    const cap = isCapitalised(w);
    let bits = 0;
    if (isLower(w)) bits |= LOWER;
    if (cap) {
      const nextCap = i + 1 < to && isCapitalised(tokens[i + 1]!.text);
      if (i > from) bits |= CAPITAL_INSIDE | (prevCap || nextCap ? 0 : ALONE);
      if (prevCap || nextCap) bits |= IN_RUN;
    }
    if (prevTitle) bits |= AFTER_TITLE;
    // punctuation and numbers carry no flags and are never looked up by them
    const h = bits || cap ? hashFolded(w) : 0;
    if (bits) flags.add(h, bits);
    prevCap = cap;
    prevTitle = cap && wordClassOf(h) === WordClass.Title;
  }
}

/** Flags of every word of a document. */
export function flagsOfDocument(doc: DocumentWords): DocumentFlags {
  const flags = new HashBytes(doc.tokens.length);
  for (const s of doc.sentences) addSentenceFlags(doc.tokens, s.tokenStart, s.tokenEnd, flags);
  return flags;
}
