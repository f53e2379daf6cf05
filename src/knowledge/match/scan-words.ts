// Longest-match scanning of a sentence's words against a name index. From each capitalised
// word the scan extends word by word while the skeleton so far is a prefix of some indexed
// skeleton, so most words cost one fold and one set look-up; scoring (`findCandidates`) runs
// only on the runs that hit. Typos and word-order variants are left to `findCandidates` on a
// mention: in running text they would fire on ordinary words.
import type { Candidate, DictionaryHit } from '../types.ts';
import { foldName } from './fold-name.ts';
import { isArticleBefore } from './skeleton-key.ts';

/** A word's folded form and skeleton, cached by the index across sentences. */
export interface WordKeys {
  folded: string;
  skeleton: string;
}

export interface ScannableIndex<T> {
  wordKeys(word: string): WordKeys;
  readonly maxWords: number;
  readonly skeletonPrefixes: ReadonlySet<string>;
  hasSkeleton(key: string): boolean;
  hasInitialism(surface: string): boolean;
  /** Whether some indexed name has this folded word. */
  isNameWord(folded: string): boolean;
  lookup(surface: string, folded: string, skeleton: string | undefined): Candidate<T>[];
}

/** Hyphens and apostrophes between words of one name ("al - Sadr", "Kata ' ib"). */
const JOINER = /^[-‐‑–'’`ʿʾ]+$/;
/** A word that can begin a name: capitalised, uncased script (Arabic), a digit, or "al-Sadr". */
/** Typo look-ups cost tens of microseconds; a sentence gets this many (pathological input). */
const TYPO_LOOKUPS_PER_SCAN = 24;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/**
 * Most words of running text: lower-case ASCII, too long to fold to an article ("al", "ash"),
 * so they cannot start a name. Testing this first spares folding them.
 */
const PLAIN_LOWER = /^[a-z]{4,}$/;
const NAME_START = /^(?:[\p{Lu}\p{Lt}\p{Lo}\p{N}]|(?:al|el|as|ad|ash|at|ar|az|an|ul)[-‐‑’']\p{Lu})/u;

class SentenceWords {
  private readonly keys: (WordKeys | undefined)[];
  constructor(
    readonly words: readonly string[],
    private readonly index: ScannableIndex<unknown>,
  ) {
    this.keys = new Array(words.length);
  }
  private keysOf(i: number): WordKeys {
    let k = this.keys[i];
    if (k === undefined) {
      k = this.index.wordKeys(this.words[i] as string);
      this.keys[i] = k;
    }
    return k;
  }
  fold(i: number): string {
    return this.keysOf(i).folded;
  }
  skeleton(i: number): string {
    return this.keysOf(i).skeleton;
  }
  /** 'word', 'join' (skipped inside a name) or 'break' (ends any name). */
  kind(i: number): 'word' | 'join' | 'break' {
    if (this.fold(i)) return 'word';
    return JOINER.test(this.words[i] as string) ? 'join' : 'break';
  }
  /** The next word index after `i`, across joiners; -1 at a break or the end. */
  nextWord(i: number): number {
    for (let j = i + 1; j < this.words.length; j++) {
      const k = this.kind(j);
      if (k === 'word') return j;
      if (k === 'break') return -1;
    }
    return -1;
  }
  /** A separate article word ("al" before "Sadr") that names drop. */
  isArticle(i: number, next: number): boolean {
    return next >= 0 && isArticleBefore(this.fold(i), this.fold(next), 1);
  }
  isNameStart(i: number): boolean {
    const w = this.words[i] as string;
    if (NAME_START.test(w)) return true;
    const next = this.nextWord(i);
    return this.isArticle(i, next) && NAME_START.test(this.words[next] as string);
  }
}

interface Run {
  /** end word (exclusive), or -1 when no name starts here */
  end: number;
  /** the skeleton key of the run ('' for an initialism) */
  skeleton: string;
}

/** The longest indexed name starting at word `start`. */
function longestRun<T>(index: ScannableIndex<T>, s: SentenceWords, start: number): Run {
  const best: Run = { end: -1, skeleton: '' };
  if (index.hasInitialism(s.words[start] as string)) best.end = start + 1;
  let key = '';
  let used = 0;
  for (let j = start; j >= 0 && used < index.maxWords; j = s.nextWord(j)) {
    used++;
    const next = s.nextWord(j);
    if (s.isArticle(j, next)) continue;
    const part = s.skeleton(j);
    if (!part) continue;
    key = key ? `${key} ${part}` : part;
    if (!index.skeletonPrefixes.has(key)) break;
    if (index.hasSkeleton(key)) {
      best.end = j + 1;
      best.skeleton = key;
    }
  }
  return best;
}

/** Longest-match hits of `index` names over `words`, left to right, non-overlapping. */
export function scanWords<T>(index: ScannableIndex<T>, words: readonly string[]): DictionaryHit<T>[] {
  const s = new SentenceWords(words, index);
  const out: DictionaryHit<T>[] = [];
  const budget = { lookups: TYPO_LOOKUPS_PER_SCAN };
  for (let i = 0; i < words.length; ) {
    if (PLAIN_LOWER.test(words[i] as string) || s.kind(i) !== 'word' || !s.isNameStart(i)) {
      i++;
      continue;
    }
    const { end, skeleton } = longestRun(index, s, i);
    const surface = end > i ? surfaceOf(words, i, end) : '';
    const candidates = surface ? index.lookup(surface, foldName(surface), skeleton || undefined) : [];
    const hit = candidates.length
      ? { startToken: i, endToken: end, candidates }
      : misspelledRun(index, s, i, budget);
    if (hit) {
      out.push(hit);
      i = hit.endToken;
    } else i++;
  }
  return out;
}

/**
 * A run of two or more capitalised words from `start` that names an entry with one typo or in
 * another word order ("Peach Companies"), longest first. Only capitalised runs are tried: in
 * running text a typo-tolerant match of ordinary words would be noise.
 */
function misspelledRun<T>(
  index: ScannableIndex<T>,
  s: SentenceWords,
  start: number,
  budget: { lookups: number },
): DictionaryHit<T> | undefined {
  // A name with one typo has exactly one word that no indexed name uses ("Peach").
  const ends: number[] = [];
  let unknown = 0;
  for (let j = start, n = 0; j >= 0 && n < index.maxWords; j = s.nextWord(j), n++) {
    if (!CAPITALISED.test(s.words[j] as string)) break;
    if (!index.isNameWord(s.fold(j)) && ++unknown > 1) break;
    if (unknown === 1 && n > 0) ends.push(j + 1);
  }
  for (let k = ends.length - 1; k >= 0 && budget.lookups > 0; k--) {
    budget.lookups--;
    const end = ends[k] as number;
    const surface = surfaceOf(s.words, start, end);
    const candidates = index.lookup(surface, foldName(surface), undefined).filter((c) => c.how !== 'partial');
    if (candidates.length) return { startToken: start, endToken: end, candidates };
  }
  return undefined;
}

/** The words of a run as one surface; joiners attach without spaces ("al-Sadr"). */
function surfaceOf(words: readonly string[], start: number, end: number): string {
  let out = words[start] as string;
  for (let j = start + 1; j < end; j++) {
    const w = words[j] as string;
    out += JOINER.test(w) || JOINER.test(words[j - 1] as string) ? w : ` ${w}`;
  }
  return out;
}
