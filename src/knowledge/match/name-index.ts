// First version (skeleton): exact match on folded names. The transliteration-aware matcher
// replaces the internals; the interface (NameIndexLike) stays.
import type { Candidate, DictionaryHit, NameIndexLike } from '../types.ts';
import { foldName } from './fold-name.ts';

export interface NamedItem {
  name: string;
  names: readonly string[];
}

export class NameIndex<T> implements NameIndexLike<T> {
  private readonly byKey = new Map<string, { item: T; matched: string }[]>();
  private maxWords = 1;

  constructor(items: Iterable<T>, namesOf: (item: T) => readonly string[]) {
    for (const item of items) {
      for (const name of namesOf(item)) {
        const key = foldName(name);
        if (!key) continue;
        this.maxWords = Math.max(this.maxWords, key.split(' ').length);
        const list = this.byKey.get(key);
        if (list) list.push({ item, matched: name });
        else this.byKey.set(key, [{ item, matched: name }]);
      }
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  findCandidates(surface: string, limit = 10): Candidate<T>[] {
    const hits = this.byKey.get(foldName(surface)) ?? [];
    return hits.slice(0, limit).map((h) => ({ item: h.item, score: 1, matched: h.matched, how: 'exact' }));
  }

  scanTokens(words: readonly string[]): DictionaryHit<T>[] {
    const out: DictionaryHit<T>[] = [];
    for (let i = 0; i < words.length; ) {
      let found: DictionaryHit<T> | undefined;
      for (let n = Math.min(this.maxWords, words.length - i); n >= 1 && !found; n--) {
        const candidates = this.findCandidates(words.slice(i, i + n).join(' '));
        if (candidates.length) found = { startToken: i, endToken: i + n, candidates };
      }
      if (found) {
        out.push(found);
        i = found.endToken;
      } else i++;
    }
    return out;
  }
}
