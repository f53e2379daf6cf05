// Mentions the dictionaries contribute beyond the tagger: known multi-word actors the model
// missed ("Peace Companies", an alias of Saraya al-Salam), and `ref`/`subtype` proposals for
// model spans that a dictionary names exactly. A dictionary hit alone is trusted only when it
// is unambiguous and looks like a name (capitalised words or an initialism), because actor
// aliases include ordinary words.
import type { EntityKind } from '../../domain/contract.ts';
import type { Actor, DictionaryHit, Place } from '../../knowledge/types.ts';

/** The single item all of a hit's best candidates agree on, if any. */
export function unambiguousItem<T extends { id: string }>(hit: DictionaryHit<T>): T | undefined {
  const [first, ...rest] = hit.candidates;
  if (!first) return undefined;
  const rival = rest.find((c) => c.item.id !== first.item.id && c.score >= first.score - 0.05);
  return rival ? undefined : first.item;
}

const INITIALISM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;
const CAPITALISED = /^[\p{Lu}\p{Lo}]/u;
const FUNCTION_WORD = /^(?:al|el|of|the|and|for|in|on|de|bin|ibn|abu|'|-|\.)$/i;

/** Counts the capitalised content words of a would-be name; -1 when a content word is lower-case. */
function capitalisedWords(words: readonly string[]): number {
  let content = 0;
  for (const w of words) {
    const particle = /^(?:al|el|as|ad|ash|ar)[-‐’'](.)/iu.exec(w);
    if (particle) {
      if (CAPITALISED.test(particle[1]!)) content++; // "al-Salam" names, "al-salam" does not
      continue;
    }
    if (FUNCTION_WORD.test(w)) continue;
    if (!CAPITALISED.test(w)) return -1;
    content++;
  }
  return content;
}

/** Do the words look like a proper name: every content word capitalised, or one initialism? */
export function looksLikeName(words: readonly string[]): boolean {
  if (words.length === 1) return INITIALISM.test(words[0]!);
  return capitalisedWords(words) > 0;
}

const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** A capitalised word of five letters or more, not all capitals. */
const ONE_WORD_NAME = /^\p{Lu}[\p{Ll}'’-]{4,}$/u;

/** Short words an all-caps line or a careless alias list turns into "initialisms". */
const COMMON_SHORT_WORDS = new Set(
  'a an as at be by do go he if in is it me my no of on or so to up us we am all and are but can for had has her him his its may new not now off old one our out own say she the too two was who why yes you'.split(
    ' ',
  ),
);

/**
 * May a dictionary hit the tagger did not confirm stand as a mention on its own? Two or more
 * capitalised words, or an organisation's initialism of three or more letters that is not an
 * ordinary word, a Roman numeral or part of a shouted line.
 */
export function isStandaloneName(
  words: readonly string[],
  shouted: boolean,
  kind: string,
  exact = false,
): boolean {
  if (words.length > 1) return capitalisedWords(words) >= 2; // not "The Somali"
  const w = words[0]!;
  const letters = w.replace(/\./g, '');
  // a one-word organisation name spelt exactly as the knowledge base has it ("Houthis",
  // "Hezbollah"): its aliases exclude common words, and the tagger often misses such names
  if (exact && !shouted && kind === 'organization' && ONE_WORD_NAME.test(w)) return true;
  return (
    !shouted &&
    kind === 'organization' &&
    INITIALISM.test(w) &&
    letters.length >= 3 && // "U.S." and "UN" are places as often as organisations: the tagger decides
    !ROMAN_NUMERAL.test(letters) &&
    !COMMON_SHORT_WORDS.has(w.toLowerCase())
  );
}

/** Most words of the sentence are written in capitals (a headline). */
export function isShouted(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of words) {
    const shape = asciiShape(w);
    if (shape === ASCII_OTHER || (shape === NOT_ASCII && !TWO_LETTERS.test(w))) continue;
    letters++;
    if (shape === ASCII_UPPER || (shape === NOT_ASCII && w === w.toUpperCase())) caps++;
  }
  return letters >= 3 && caps >= 0.8 * letters;
}

const TWO_LETTERS = /\p{L}{2}/u;
const NOT_ASCII = 0;
/** ASCII with two letters in a row, none lower-case */
const ASCII_UPPER = 1;
/** ASCII with two letters in a row, some lower-case */
const ASCII_LOWER = 2;
/** ASCII without two letters in a row */
const ASCII_OTHER = 3;

/** What `isShouted` asks of a word, in one pass over its characters when it is ASCII. */
function asciiShape(w: string): number {
  let lower = false;
  let pair = false;
  let prevLetter = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return NOT_ASCII;
    const isLower = c >= 97 && c <= 122;
    const isLetter = isLower || (c >= 65 && c <= 90);
    lower ||= isLower;
    pair ||= isLetter && prevLetter;
    prevLetter = isLetter;
  }
  return !pair ? ASCII_OTHER : lower ? ASCII_LOWER : ASCII_UPPER;
}

export interface RefProposal {
  ref: string;
  subtype: string;
  kind: EntityKind;
}

export function actorProposal(hit: DictionaryHit<Actor>): RefProposal | undefined {
  const actor = unambiguousItem(hit);
  return actor ? { ref: actor.id, subtype: actor.subtype, kind: actor.kind } : undefined;
}

export function placeProposal(hit: DictionaryHit<Place>): RefProposal | undefined {
  const place = unambiguousItem(hit);
  return place ? { ref: place.id, subtype: place.kind, kind: 'location' } : undefined;
}
