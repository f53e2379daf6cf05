// Names repeat within and across articles, so pure functions of a name are worth remembering.
// Every memo is bounded: when full it starts again (news moves on; no eviction bookkeeping).

/** Stores `value` under `key`, emptying `map` first when it holds `limit` entries; returns it. */
export function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  if (map.size >= limit) map.clear();
  map.set(key, value);
  return value;
}

/** The value remembered under `key`, else `make()` remembered (undefined is a value too). */
export function recall<K, V>(map: Map<K, V>, key: K, make: () => V, limit: number): V {
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as V;
  return remember(map, key, make(), limit);
}

/** `fn` with its results remembered per argument (at most `limit` at a time). */
export function memoizeString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => recall(memo, s, () => fn(s), limit);
}
