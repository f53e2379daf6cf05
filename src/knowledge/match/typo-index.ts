// One-typo lookup over a vocabulary of words, by deletion neighbourhood (SymSpell-style): a
// word and each of its one-character deletions point back to the word, so a query finds every
// vocabulary word within one insertion, deletion, substitution or adjacent swap with at most
// length+1 map look-ups and no scan of the vocabulary.
import { editDistance, singleDeletions } from './edit-distance.ts';
import { PostingMap } from './posting-map.ts';

export class TypoIndex {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly neighbourhood = new PostingMap();

  constructor(
    vocabulary: Iterable<string>,
    private readonly minLength: number,
  ) {
    for (const w of vocabulary) {
      if (w.length < minLength || this.ids.has(w)) continue;
      const id = this.words.length;
      this.words.push(w);
      this.ids.set(w, id);
      this.neighbourhood.add(w, id);
      for (const d of singleDeletions(w)) this.neighbourhood.add(d, id);
    }
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** Vocabulary words one edit away from `word` (never `word` itself, which may be known too), at most `limit`. */
  corrections(word: string, limit = 8): string[] {
    if (word.length < this.minLength - 1) return [];
    const out = new Set<string>();
    const collect = (key: string): void => {
      for (const id of this.neighbourhood.get(key)) {
        const w = this.words[id] as string;
        if (w !== word && w.length >= this.minLength && isOneEdit(w, word)) out.add(w);
      }
    };
    collect(word);
    for (const d of singleDeletions(word)) {
      if (out.size >= limit) break;
      collect(d);
    }
    return [...out].slice(0, limit);
  }
}

/** One insertion, deletion or substitution, or one swap of neighbouring letters. */
function isOneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (++diffs === 1) first = i;
    }
    if (diffs <= 1) return true;
    return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
  }
  return editDistance(a, b) <= 1;
}
