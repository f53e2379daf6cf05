// Names repeat within and across articles, so pure functions of a name are worth remembering.
// The memo is bounded: when full it starts again (news moves on; no eviction bookkeeping).

/** `fn` with its results remembered per argument (at most `limit` at a time). */
export function memoizeString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let hit = memo.get(s);
    if (hit === undefined && !memo.has(s)) {
      if (memo.size >= limit) memo.clear();
      hit = fn(s);
      memo.set(s, hit);
    }
    return hit as T;
  };
}
