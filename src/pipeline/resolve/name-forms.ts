// Surface forms of names: what is stripped before comparing (titles, possessives, the Arabic
// article), how two spellings of one name are recognised, and how an unlinked name is written.

import { memoizeString } from '../../knowledge/match/bounded-memo.ts';
import { foldName } from '../../knowledge/match/fold-name.ts';
import { isTitleWord } from '../../knowledge/ner/name-lists.ts';

/** Particles that carry no identity: "al-Sadr" and "Sadr" are one surname. */
const PARTICLES = new Set(['al', 'el', 'the', 'ad', 'as', 'an', 'ar', 'ash', 'at', 'az', 'ul']);

/** Titles the recogniser's word lists lack but news puts before names. */
const MORE_TITLES = new Set(['lawmaker', 'mla', 'mp', 'mps', 'mr', 'mrs', 'ms', 'miss', 'mme', 'dr']);

function isTitle(word: string): boolean {
  const w = word.toLowerCase();
  return isTitleWord(w) || MORE_TITLES.has(w.replace(/\.$/, ''));
}

const POSSESSIVE = /['’ʼ][sS]?$/;

/** The length of `text` once a trailing possessive ("'s", "s'") is dropped. */
export const trimPossessive = memoizeString((text: string): number => {
  const m = POSSESSIVE.exec(text);
  if (!m || m.index < 2) return text.length;
  if (m[0].length === 1 && !/s$/i.test(text.slice(0, m.index))) return text.length;
  return m.index;
});

/** Words of a person's name with leading titles removed (never all of them). */
export function stripTitles(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && isTitle(words[i]!)) i++;
  return words.slice(i);
}

/** A span made only of titles ("Prime", "Prime Minister"): not a name. */
export function isTitleOnly(text: string): boolean {
  return text.split(/\s+/).every(isTitle);
}

/** Folded words without particles: the comparison form of a name (shared: never mutate it). */
export const keyWords: (surface: string) => readonly string[] = memoizeString((surface) =>
  foldName(surface.replace(/['’ʼ][sS]$/, ''))
    .split(' ')
    .filter((w) => w && !PARTICLES.has(w)),
);

/** An all-capitals token that can stand for a name: "PMF", "ISIS", "KH". */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9&.-]{1,7}$/.test(word) && /[A-Z].*[A-Z]/.test(word);
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'al', 'el', 'de', 'for', '&']);

/** The initials a long name can be abbreviated to: all words, or content words only. */
export function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const content = words
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return all === content ? [all] : [all, content];
}

/** Writes an unlinked Arabic name in canonical style: particles inside a name are lower-case. */
export const canonicalSurface = memoizeString((surface: string): string => {
  const words = surface.trim().split(/\s+/);
  return words
    .map((w, i) =>
      i > 0 && /^(Al|El|AL|EL)-\p{Lu}/u.test(w) ? `${w.slice(0, 2).toLowerCase()}${w.slice(2)}` : w,
    )
    .join(' ');
});

/** How name-like a surface form is, for choosing the best name of an unlinked entity. */
export const nameQuality = memoizeString((surface: string): number => {
  const words = surface.split(/\s+/).filter(Boolean);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || /^(al|el)-\p{Lu}/u.test(w)).length;
  const allCaps = /\p{Ll}/u.test(surface) ? 0 : 2;
  return capitalised * 3 + Math.min(words.length, 4) - allCaps;
});
