// The runtime gazetteer over the two derived files (see gazetteer-format.ts): name keys are
// binary-searched in the raw bytes of the sorted keys file and a place is decoded only when a
// lookup returns it, so loading ~220k places costs reading two files.

import { remember } from '../match/bounded-memo.ts';
import { foldName } from '../match/fold-name.ts';
import { bareName, skeletonWord } from '../match/skeleton-key.ts';
import type { Candidate, DictionaryHit, Gazetteer, Place } from '../types.ts';
import {
  Col,
  capitalKey,
  decodeId,
  decodeKind,
  decodeOffset,
  FLAG_CAPITAL,
  OFFSET_ID,
} from './gazetteer-format.ts';
import { ByteLines, fieldOf } from './line-table.ts';
import { queryKeysOfFolded, SKELETON } from './place-keys.ts';
import { placePrior } from './place-prior.ts';

const MAX_WORDS = 6;
const MEMO_LIMIT = 20_000;
const NAME_START = /^(?:\p{Lu}|[^\p{Script=Latin}\p{N}\p{P}\s])/u;
const PLACE_CACHE_LIMIT = 50_000;
/** More same-named places than this are never told apart by context anyway. */
const MAX_CANDIDATES = 100;

/** The skeleton key's beginning for bare words `fixed` (as skeletonOfFolded joins them). */
function skeletonPrefix(fixed: string): string {
  let skeleton = SKELETON;
  for (const w of fixed.split(' ')) {
    const k = skeletonWord(w);
    if (k) skeleton += skeleton === SKELETON ? k : ` ${k}`;
  }
  return skeleton;
}

function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (s.startsWith(p)) return true;
  return false;
}

export class CompactGazetteer implements Gazetteer {
  private readonly rows: ByteLines;
  private readonly keys: ByteLines;
  private readonly cache = new Map<number, Place>();
  private readonly memo = new Map<string, Candidate<Place>[]>();
  private readonly foldedMemo = new Map<string, Candidate<Place>[]>();
  private readonly prefixMemo = new Map<string, boolean>();
  private readonly fixedMemo = new Map<string, boolean>();
  /** first word → second word → `mayMatch` of the two (see `pairMayMatch`), `pairCount` in all */
  private readonly pairMemo = new Map<string, Map<string, boolean>>();
  private pairCount = 0;
  /** word → its folded form when no key begins with it, else '' (see `absentFirstWord`) */
  private readonly firstWordMemo = new Map<string, string>();
  /** offset of each decoded place's parent line (-1: none) */
  private readonly parentAt = new WeakMap<Place, number>();
  private offsetOfId: Map<string, number> | undefined;
  /** GeoNames id → line offset of every place decoded so far (refs name places a look-up returned). */
  private readonly seenIds = new Map<string, number>();
  private count = -1;

  /** The bytes of the places and keys files (each with its header line). */
  constructor(places: Buffer, keys: Buffer) {
    this.rows = new ByteLines(places);
    this.keys = new ByteLines(keys);
  }

  get size(): number {
    if (this.count < 0) {
      let n = 0;
      for (let at = this.rows.firstLine; at >= 0; at = this.rows.nextLine(at)) n++;
      this.count = n;
    }
    return this.count;
  }

  /** Offsets of the places filed under this exact key. */
  private offsetsOf(key: string): number[] {
    const hit = key ? this.keys.lookup(key) : undefined;
    return hit ? hit.split(',').map((n) => Number.parseInt(n, 36)) : [];
  }

  findCandidates(surface: string, limit = 10): Candidate<Place>[] {
    return this.allCandidates(surface, []).slice(0, limit);
  }

  /** Every candidate of `surface` (at most MAX_CANDIDATES), remembered; `absent` as in `hasKeyPrefix`. */
  private allCandidates(surface: string, absent: string[]): Candidate<Place>[] {
    // News repeats its places; a bounded memo makes the repeats free.
    return (
      this.memo.get(surface) ?? remember(this.memo, surface, this.lookupAll(surface, absent), MEMO_LIMIT)
    );
  }

  /** Candidates by folded surface: "Washington", "Washington ," and "WASHINGTON" share one look-up. */
  private lookupAll(surface: string, absent: readonly string[]): Candidate<Place>[] {
    const folded = foldName(surface);
    return (
      this.foldedMemo.get(folded) ??
      remember(this.foldedMemo, folded, this.lookupFolded(folded, absent), MEMO_LIMIT)
    );
  }

  private lookupFolded(folded: string, absent: readonly string[]): Candidate<Place>[] {
    const seen = new Set<number>();
    const out: Candidate<Place>[] = [];
    for (const { key, score, how } of queryKeysOfFolded(folded)) {
      if (startsWithAny(key, absent)) continue; // no key begins so: no need to search
      for (const offset of this.offsetsOf(key)) {
        if (seen.has(offset)) continue;
        seen.add(offset);
        const item = this.placeAt(offset);
        out.push({ item, score, matched: item.name, how });
      }
    }
    out.sort((a, b) => b.score - a.score || placePrior(b.item) - placePrior(a.item));
    return out.length > MAX_CANDIDATES ? out.slice(0, MAX_CANDIDATES) : out;
  }

  scanTokens(words: readonly string[]): DictionaryHit<Place>[] {
    const out: DictionaryHit<Place>[] = [];
    for (let i = 0; i < words.length; ) {
      // Place names start with a capital (or are in another script): skip the rest cheaply.
      if (!NAME_START.test(words[i] ?? '')) {
        i++;
        continue;
      }
      // Beginnings no key has, found while sizing the run: the look-ups of its keys are skipped.
      const absent = this.absentFirstWord(words[i] ?? '');
      let found: DictionaryHit<Place> | undefined;
      for (let n = this.longestPossible(words, i, absent); n >= 1 && !found; n--) {
        const surface = n === 1 ? (words[i] ?? '') : words.slice(i, i + n).join(' ');
        const candidates = this.allCandidates(surface, absent);
        if (candidates.length)
          found = { startToken: i, endToken: i + n, candidates: candidates.slice(0, 10) };
      }
      if (found) {
        out.push(found);
        i = found.endToken;
      } else i++;
    }
    return out;
  }

  /**
   * `[folded word]` when no key begins with the word's folded form, else `[]`: remembered by
   * word, so that the runs starting with a word no name starts with need no search each.
   */
  private absentFirstWord(word: string): string[] {
    const folded =
      this.firstWordMemo.get(word) ?? remember(this.firstWordMemo, word, this.absentPrefix(word), MEMO_LIMIT);
    return folded ? [folded] : [];
  }

  private absentPrefix(word: string): string {
    const f = foldName(word);
    return f && !this.keys.hasPrefix(f) ? f : '';
  }

  /**
   * The most words a name starting at word `start` can have: each query key of a run of words
   * begins with a part computable from a shorter run (its folded form; its bare and skeleton
   * keys but for the last word, which the next word may turn into a dropped article), so once
   * no key in the sorted file begins with any of those parts, this run and all longer ones
   * have no key. Most capitalised words stop at two, instead of six look-ups of full keys.
   */
  private longestPossible(words: readonly string[], start: number, absent: string[]): number {
    const limit = Math.min(MAX_WORDS, words.length - start);
    if (limit < 2) return limit;
    const first = words[start] ?? '';
    const second = words[start + 1] ?? '';
    if (!this.pairMayMatch(first, second, absent)) return 1;
    let surface = `${first} ${second}`;
    for (let n = 3; n <= limit; n++) {
      surface += ` ${words[start + n - 1]}`;
      if (!this.mayMatch(surface, absent)) return n - 1;
    }
    return limit;
  }

  /**
   * `mayMatch` of two words, remembered by word and word: the words' own strings are the keys
   * (hashed once each), not a surface built for every capitalised word of the text.
   */
  private pairMayMatch(first: string, second: string, absent: string[]): boolean {
    let after = this.pairMemo.get(first);
    let may = after?.get(second);
    if (may === undefined) {
      may = this.anyKeyBegins(`${first} ${second}`, absent);
      if (this.pairCount++ >= MEMO_LIMIT) {
        this.pairMemo.clear();
        this.pairCount = 1;
        after = undefined;
      }
      if (!after) {
        after = new Map();
        this.pairMemo.set(first, after);
      }
      after.set(second, may);
    }
    return may;
  }

  /** Whether some key begins with a part every query key of `surface` and its extensions begin with. */
  private mayMatch(surface: string, absent: string[]): boolean {
    return (
      this.prefixMemo.get(surface) ??
      remember(this.prefixMemo, surface, this.anyKeyBegins(surface, absent), MEMO_LIMIT)
    );
  }

  private anyKeyBegins(surface: string, absent: string[]): boolean {
    const folded = foldName(surface);
    if (this.hasKeyPrefix(folded, absent)) return true;
    const bare = bareName(folded);
    const fixed = bare.slice(0, Math.max(0, bare.lastIndexOf(' ')));
    if (!fixed) return true;
    // the same leading words come back with every next word: remember their answer
    return (
      this.fixedMemo.get(fixed) ??
      remember(this.fixedMemo, fixed, this.fixedMayMatch(fixed, absent), MEMO_LIMIT)
    );
  }

  private fixedMayMatch(fixed: string, absent: string[]): boolean {
    return this.hasKeyPrefix(`${fixed} `, absent) || this.hasKeyPrefix(skeletonPrefix(fixed), absent);
  }

  /**
   * Whether some key begins with `prefix`. `absent` holds beginnings no key has (found so far
   * for one run of words): a prefix extending one needs no search, and a new miss joins them.
   */
  private hasKeyPrefix(prefix: string, absent: string[]): boolean {
    if (startsWithAny(prefix, absent)) return false;
    const has = this.keys.hasPrefix(prefix);
    if (!has) absent.push(prefix);
    return has;
  }

  getPlace(id: string): Place | undefined {
    if (id.startsWith(OFFSET_ID)) {
      const offset = Number.parseInt(id.slice(OFFSET_ID.length), 36);
      return offset >= this.rows.firstLine && offset < this.rows.byteLength
        ? this.placeAt(offset)
        : undefined;
    }
    // A ref almost always names a place a look-up decoded already: no need to scan the file.
    const seen = this.seenIds.get(id);
    if (seen !== undefined) return this.placeAt(seen);
    // Rare (other lookups by GeoNames id): one scan of the file, then a map.
    if (!this.offsetOfId) {
      this.offsetOfId = new Map();
      for (let at = this.rows.firstLine; at >= 0; at = this.rows.nextLine(at)) {
        const raw = fieldOf(this.rows.lineAt(at), Col.Id);
        if (raw) this.offsetOfId.set(decodeId(raw, at), at);
      }
    }
    const offset = this.offsetOfId.get(id);
    return offset === undefined ? undefined : this.placeAt(offset);
  }

  getAncestors(place: Place): Place[] {
    const out: Place[] = [];
    let parent = this.parentAt.get(place) ?? -1;
    if (parent < 0 && place.parent) {
      const p = this.getPlace(place.parent);
      parent = p ? (this.offsetOfPlace(p) ?? -1) : -1;
    }
    for (; parent >= 0 && out.length < 8; ) {
      const p = this.placeAt(parent);
      out.push(p);
      parent = this.parentAt.get(p) ?? -1;
    }
    return out;
  }

  capitalOf(country: string): Place | undefined {
    const offset = this.offsetsOf(capitalKey(country))[0];
    return offset === undefined ? undefined : this.placeAt(offset);
  }

  private offsetOfPlace(p: Place): number | undefined {
    for (const [offset, q] of this.cache) if (q === p) return offset;
    return undefined;
  }

  private placeAt(offset: number): Place {
    const cached = this.cache.get(offset);
    if (cached) return cached;
    const f = this.rows.lineAt(offset).split('\t');
    const { kind, precision } = decodeKind(f[Col.Kind] ?? '');
    const parent = decodeOffset(f[Col.Parent] ?? '');
    const place: Place = {
      id: decodeId(f[Col.Id] ?? '', offset),
      name: f[Col.Name] ?? '',
      kind,
      precision,
      lat: Number(f[Col.Lat]),
      lon: Number(f[Col.Lon]),
      country: f[Col.Country] ?? '',
    };
    const alt = f[Col.Alt];
    if (alt) place.alt = alt.split('|');
    const pop = Number(f[Col.Population]);
    if (pop > 0) place.population = pop;
    if (parent >= 0) place.parent = decodeId(this.rows.fieldAt(parent, Col.Id), parent);
    if (f[Col.Flags]?.includes(FLAG_CAPITAL)) place.capital = true;
    const admin1 = f[Col.Admin1] || (kind === 'admin1' ? place.name : this.impliedAdmin1(parent));
    if (admin1) place.admin1 = admin1;
    this.parentAt.set(place, parent);
    if (this.seenIds.size >= PLACE_CACHE_LIMIT) this.seenIds.clear();
    this.seenIds.set(place.id, offset);
    if (this.cache.size >= PLACE_CACHE_LIMIT) this.cache.clear();
    this.cache.set(offset, place);
    return place;
  }

  private impliedAdmin1(offset: number): string {
    // ancestors are read field by field: their lines end in long lists of alternate names
    for (let n = 0; offset >= 0 && n < 8; n++) {
      if (this.rows.fieldAt(offset, Col.Kind).startsWith('1')) return this.rows.fieldAt(offset, Col.Name);
      offset = decodeOffset(this.rows.fieldAt(offset, Col.Parent));
    }
    return '';
  }
}
