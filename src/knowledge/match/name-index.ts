// The transliteration-aware name matcher. A name is indexed under several keys, each a tier of
// evidence with its own score: folded spelling (exact, 1), explicit initialism (1), derived
// initialism (0.85), transliteration skeleton (0.85–0.95 by spelling distance), word order
// (0.8), one typo in a long word (0.75–0.8) and weak "partial" names such as a surname
// (0.6–0.65). Every item whose key matches is returned: ambiguity is reported, never resolved
// by a silent guess.
import type { Candidate, DictionaryHit, NameIndexLike } from '../types.ts';
import { foldName, hasArabicScript } from './fold-name.ts';
import { initialismKey } from './initialisms.ts';
import { computeNameKeys, type NameKeyCache } from './name-keys.ts';
import { nameSimilarity } from './name-similarity.ts';
import { PostingMap } from './posting-map.ts';
import { scanWords, type WordKeys } from './scan-words.ts';
import { skeletonOfFolded } from './skeleton-key.ts';
import { isStopSurface } from './stop-words.ts';
import { TypoIndex } from './typo-index.ts';

export interface NameIndexOptions<T> {
  /** Weak names that alone only suggest the item (a person's surname: "al-Sadr"). */
  partialNamesOf?: (item: T) => readonly string[];
  /** Index the initialism of multi-word names ("PMF") when no other item claims it. */
  deriveInitialisms?: boolean;
  /** Folded surfaces that never match here (country names in an actor index). */
  stopNames?: ReadonlySet<string>;
  /** Precomputed keys by name (see name-keys.ts); names missing from it are computed. */
  keyCache?: NameKeyCache;
  /** Folded words a surface may start with that are not part of a name ("sheikh", "president"). */
  titleWords?: ReadonlySet<string>;
  /** Words dropped with a title but never alone ("Iraqi" in "Iraqi Prime Minister X", not "Iraqi Army"). */
  qualifierWords?: ReadonlySet<string>;
}

type How = Candidate<unknown>['how'];

const SCORE = {
  exact: 1,
  initialism: 1,
  derivedInitialism: 0.85,
  skeletonBest: 0.95,
  skeletonSpread: 0.1,
  wordOrder: 0.8,
  typo: 0.8,
  typoSkeleton: 0.75,
  partialExact: 0.65,
  partialSkeleton: 0.6,
} as const;
/** Shortest typo-tolerant word: in a multi-word name, and in a one-word name. */
const TYPO_MIN_IN_PHRASE = 5;
const TYPO_MIN_ALONE = 6;
/** Distinct words whose keys `scanTokens` remembers (a bounded cache, cleared when full). */
const WORD_CACHE_SIZE = 50_000;
/** Distinct look-ups whose answers `lookup` remembers (a bounded cache, cleared when full). */
const LOOKUP_MEMO_SIZE = 20_000;
/** Surfaces of this many characters or fewer match only exactly. */
const SKELETON_MIN_LENGTH = 3;

const NO_KEYS: WordKeys = Object.freeze({ folded: '', skeleton: '' });

function isAsciiSign(c: number): boolean {
  return c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

export class NameIndex<T> implements NameIndexLike<T> {
  private readonly items: T[] = [];
  private readonly entryItem: number[] = [];
  private readonly entryName: string[] = [];
  private readonly entryFolded: string[] = [];
  private readonly exact = new PostingMap();
  private readonly skeleton = new PostingMap();
  private readonly wordOrder = new PostingMap();
  private readonly initialisms = new PostingMap();
  private readonly derived = new PostingMap();
  private readonly partialExact = new PostingMap();
  private readonly partialSkeleton = new PostingMap();
  /** Every word-prefix of every skeleton key: lets `scanTokens` stop extending early. */
  readonly skeletonPrefixes = new Set<string>();
  /** Words of names long enough to be typo-tolerant, and all words of names. */
  private readonly vocabulary = new Set<string>();
  private readonly nameWords = new Set<string>();
  private readonly wordCache = new Map<string, WordKeys>();
  /** `lookup` results by all its arguments */
  private readonly lookupMemo = new Map<string, Candidate<T>[]>();
  /** `findCandidates` by surface and limit, so a repeated name skips folding too */
  private readonly surfaceMemo = new Map<string, Candidate<T>[]>();
  private typos: TypoIndex | undefined;
  private readonly stopNames: ReadonlySet<string>;
  private readonly keyCache: NameKeyCache | undefined;
  private readonly titleWords: ReadonlySet<string>;
  private readonly qualifierWords: ReadonlySet<string>;
  /** Longest name in (folded) words; `scanTokens` never looks further. */
  maxWords = 1;

  constructor(
    items: Iterable<T>,
    namesOf: (item: T) => readonly string[],
    options: NameIndexOptions<T> = {},
  ) {
    this.stopNames = options.stopNames ?? new Set();
    this.keyCache = options.keyCache;
    this.titleWords = options.titleWords ?? new Set();
    this.qualifierWords = options.qualifierWords ?? new Set();
    const derivedOwners = new Map<string, Set<number>>();
    for (const item of items) {
      const itemNo = this.items.push(item) - 1;
      this.current = itemNo;
      for (const name of namesOf(item)) this.addName(itemNo, name, derivedOwners, options.deriveInitialisms);
      for (const name of options.partialNamesOf?.(item) ?? []) this.addPartialName(itemNo, name);
    }
    for (const key of derivedOwners.keys()) if (this.initialisms.has(key)) this.derived.delete(key);
  }

  /** Number of distinct folded names. */
  get size(): number {
    return this.exact.size;
  }

  /** Number of indexed items. */
  get itemCount(): number {
    return this.items.length;
  }

  private newEntry(itemNo: number, name: string, folded: string): number {
    this.entryItem.push(itemNo);
    this.entryName.push(name);
    return this.entryFolded.push(folded) - 1;
  }

  /** The item being added; `isCurrent` keeps one posting per item and key (no closure per name). */
  private current = -1;
  private readonly isCurrent = (other: number): boolean => this.entryItem[other] === this.current;

  private addName(
    itemNo: number,
    name: string,
    derivedOwners: Map<string, Set<number>>,
    derive?: boolean,
  ): void {
    const keys = this.keyCache?.get(name) ?? computeNameKeys(name, derive);
    const { folded, initialism } = keys;
    const id = this.newEntry(itemNo, name, folded);
    const same = this.isCurrent;
    if (initialism) this.initialisms.add(initialism, id, same);
    if (derive && keys.derived) this.addDerived(keys.derived, id, itemNo, derivedOwners);
    // Short initialisms ("KH", "US") are matched only in capitals, never as folded words.
    if (initialism && folded.length < 4) return;
    if (isStopSurface(folded) || this.stopNames.has(folded)) return;
    this.exact.add(folded, id, same);
    // An initialism's letters are not a transliteration: "IRGC-QF" must not meet "IRGC-GF".
    if (initialism) return;
    const skel = this.addSkeleton(this.skeleton, keys.skeleton, id, same);
    if (skel.includes(' ')) this.wordOrder.add(skel.split(' ').sort().join(' '), id, same);
    if (!folded.includes(' ')) {
      this.nameWords.add(folded);
      if (folded.length >= TYPO_MIN_IN_PHRASE) this.vocabulary.add(folded);
      return;
    }
    const words = folded.split(' ');
    this.maxWords = Math.max(this.maxWords, words.length);
    for (const w of words) {
      this.nameWords.add(w);
      if (w.length >= TYPO_MIN_IN_PHRASE) this.vocabulary.add(w);
    }
  }

  private addDerived(key: string, id: number, itemNo: number, owners: Map<string, Set<number>>): void {
    const set = owners.get(key) ?? new Set<number>();
    owners.set(key, set.add(itemNo));
    if (set.size > 1) this.derived.delete(key);
    else this.derived.add(key, id, this.isCurrent);
  }

  private addPartialName(itemNo: number, name: string): void {
    const { folded, skeleton } = this.keyCache?.get(name) ?? computeNameKeys(name, false);
    if (isStopSurface(folded) || this.stopNames.has(folded)) return;
    const id = this.newEntry(itemNo, name, folded);
    const same = this.isCurrent;
    this.partialExact.add(folded, id, same);
    this.addSkeleton(this.partialSkeleton, skeleton, id, same);
  }

  private addSkeleton(map: PostingMap, skel: string, id: number, same: (other: number) => boolean): string {
    if (!skel) return skel;
    map.add(skel, id, same);
    for (let at = skel.indexOf(' '); at > 0; at = skel.indexOf(' ', at + 1))
      this.skeletonPrefixes.add(skel.slice(0, at));
    this.skeletonPrefixes.add(skel);
    return skel;
  }

  /** True when some name or partial name has exactly this skeleton key. */
  hasSkeleton(key: string): boolean {
    return this.skeleton.has(key) || this.partialSkeleton.has(key);
  }

  isNameWord(folded: string): boolean {
    return this.nameWords.has(folded);
  }

  /** True when some initialism (explicit or derived) is written this way. */
  hasInitialism(surface: string): boolean {
    const key = initialismKey(surface);
    return key !== undefined && (this.initialisms.has(key) || this.derived.has(key));
  }

  findCandidates(surface: string, limit = 10): Candidate<T>[] {
    const key = `${limit}|${surface}`;
    let found = this.surfaceMemo.get(key);
    if (found === undefined) {
      if (this.surfaceMemo.size >= LOOKUP_MEMO_SIZE) this.surfaceMemo.clear();
      found = this.lookup(surface, foldName(surface), undefined, limit);
      this.surfaceMemo.set(key, found);
    }
    return found.slice();
  }

  /** `findCandidates` for a caller that already has the folded form (and maybe the skeleton). */
  lookup(surface: string, folded: string, skeleton: string | undefined, limit = 10): Candidate<T>[] {
    // runs of capitalised words come back across sentences, each costing typo look-ups: remembered
    const key = `${surface}\u0000${folded}\u0000${skeleton ?? '\u0001'}\u0000${limit}`;
    let found = this.lookupMemo.get(key);
    if (found === undefined) {
      if (this.lookupMemo.size >= LOOKUP_MEMO_SIZE) this.lookupMemo.clear();
      found = this.computeLookup(surface, folded, skeleton, limit);
      this.lookupMemo.set(key, found);
    }
    return found.slice();
  }

  private computeLookup(
    surface: string,
    folded: string,
    skeleton: string | undefined,
    limit: number,
  ): Candidate<T>[] {
    const found = new Map<number, Candidate<T>>();
    const offer = (ids: readonly number[], score: number, how: How): void => {
      for (const id of ids) this.offerOne(found, id, score, how);
    };
    const initialism = initialismKey(surface);
    if (initialism) {
      offer(this.initialisms.get(initialism), SCORE.initialism, 'initialism');
      offer(this.derived.get(initialism), SCORE.derivedInitialism, 'initialism');
    }
    if (!isStopSurface(folded) && !this.stopNames.has(folded)) {
      this.matchFolded(folded, initialism ? '' : skeleton, offer, found);
    }
    if (found.size === 0) return this.lookupUntitled(folded, limit);
    if (found.size === 1) return [...found.values()].slice(0, limit);
    return [...found.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map((e) => e[1]);
  }

  /** "Sheikh Qais al-Khazali" → "Qais al-Khazali": a second try without leading title words. */
  private lookupUntitled(folded: string, limit: number): Candidate<T>[] {
    const titles = this.titleWords;
    if (!titles.size) return [];
    const words = folded.split(' ');
    let k = 0;
    let hasTitle = false;
    for (; k < words.length - 1; k++) {
      const w = words[k] as string;
      if (titles.has(w)) hasTitle = true;
      else if (!this.qualifierWords.has(w)) break;
    }
    if (k === 0 || !hasTitle) return [];
    const rest = words.slice(k).join(' ');
    return this.lookup(rest, rest, undefined, limit).filter((c) => c.how !== 'partial' || k === 1);
  }

  private offerOne(found: Map<number, Candidate<T>>, id: number, score: number, how: How): void {
    const itemNo = this.entryItem[id] as number;
    const prev = found.get(itemNo);
    if (prev && prev.score >= score) return;
    const matched = this.entryName[id] as string;
    const shown: How = how === 'exact' && hasArabicScript(matched) ? 'script' : how;
    found.set(itemNo, { item: this.items[itemNo] as T, score, matched, how: shown });
  }

  private matchFolded(
    folded: string,
    given: string | undefined,
    offer: (ids: readonly number[], score: number, how: How) => void,
    found: Map<number, Candidate<T>>,
  ): void {
    const exact = this.exact.get(folded);
    offer(exact, SCORE.exact, 'exact');
    // Three letters are too few for a lossy key: "use" would meet "Issa".
    const full = folded.length > SKELETON_MIN_LENGTH ? (given ?? skeletonOfFolded(folded)) : '';
    // Two-letter skeletons ("Shia" → "xa" = "Chía") collide by chance, not by spelling.
    const skel = full.length > 2 ? full : '';
    for (const id of this.skeleton.get(skel)) {
      if ((found.get(this.entryItem[id] as number)?.score ?? 0) >= SCORE.skeletonBest) continue;
      this.offerOne(found, id, this.skeletonScore(folded, id), 'skeleton');
    }
    if (exact.length > 0) return; // the weaker tiers below would only add noise to an exact hit
    if (skel.includes(' '))
      offer(this.wordOrder.get(skel.split(' ').sort().join(' ')), SCORE.wordOrder, 'skeleton');
    this.matchTypos(folded, offer);
    offer(this.partialExact.get(folded), SCORE.partialExact, 'partial');
    offer(this.partialSkeleton.get(skel), SCORE.partialSkeleton, 'partial');
  }

  /** Closer spellings score higher within the skeleton tier ("al-Sadr" vs "Sadr" ≈ 0.95). */
  private skeletonScore(folded: string, id: number): number {
    const similarity = nameSimilarity(folded, this.entryFolded[id] as string);
    return Math.round((SCORE.skeletonBest - SCORE.skeletonSpread * (1 - similarity)) * 1000) / 1000;
  }

  private matchTypos(folded: string, offer: (ids: readonly number[], score: number, how: How) => void): void {
    const tokens = folded.split(' ');
    const min = tokens.length === 1 ? TYPO_MIN_ALONE : TYPO_MIN_IN_PHRASE;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (token.length < min - 1) continue; // a deletion may leave the word one short
      this.typos ??= new TypoIndex(this.vocabulary, TYPO_MIN_IN_PHRASE);
      for (const fix of this.typos.corrections(token)) {
        if (fix.length < min) continue;
        const phrase = [...tokens.slice(0, i), fix, ...tokens.slice(i + 1)].join(' ');
        offer(this.exact.get(phrase), SCORE.typo, 'typo');
        offer(this.skeleton.get(skeletonOfFolded(phrase)), SCORE.typoSkeleton, 'typo');
      }
    }
  }

  /** Folded form and skeleton of one word, cached: news repeats its words, so scans mostly hit. */
  wordKeys(word: string): WordKeys {
    // one ASCII sign ("," "." "-"): folds to nothing, as every non-letter, non-digit ASCII does
    if (word.length === 1 && isAsciiSign(word.charCodeAt(0))) return NO_KEYS;
    let keys = this.wordCache.get(word);
    if (keys === undefined) {
      if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
      const folded = foldName(word);
      keys = { folded, skeleton: skeletonOfFolded(folded) };
      this.wordCache.set(word, keys);
    }
    return keys;
  }

  scanTokens(words: readonly string[]): DictionaryHit<T>[] {
    return scanWords(this, words);
  }
}
