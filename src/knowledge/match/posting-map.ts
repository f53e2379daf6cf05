// A compact multimap from string keys to entry numbers. Most keys have one entry, so a single
// number is stored inline and an array only appears on collision (a 200k-name gazetteer keeps
// a few hundred thousand keys; arrays for each would double the memory).

const NONE: readonly number[] = [];

export class PostingMap {
  private readonly map = new Map<string, number | number[]>();

  get size(): number {
    return this.map.size;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Adds `id` under `key` unless `sameAs(last id of key)` says it is already represented. */
  add(key: string, id: number, sameAs?: (other: number) => boolean): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, id);
    else if (typeof cur === 'number') {
      if (cur !== id && !sameAs?.(cur)) this.map.set(key, [cur, id]);
    } else if (!cur.includes(id) && !cur.some((c) => sameAs?.(c))) cur.push(id);
  }

  get(key: string): readonly number[] {
    const cur = this.map.get(key);
    if (cur === undefined) return NONE;
    return typeof cur === 'number' ? [cur] : cur;
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}
