// The keys one name is indexed under, and a cache of them. Computing keys is the bulk of
// building an index, and in a cold process (no optimised code yet) it costs far more than
// reading them back, so builders can store them (`serializeNameKeys`) and loaders reuse them
// while MATCH_KEYS_VERSION is unchanged (`parseNameKeys`).
import { foldName } from './fold-name.ts';
import { deriveInitialism, initialismKey } from './initialisms.ts';
import { MATCH_KEYS_VERSION, skeletonOfFolded } from './skeleton-key.ts';

export interface NameKeys {
  folded: string;
  skeleton: string;
  /** the name written as an initialism ("IRGC-QF" → "IRGCQF") */
  initialism?: string;
  /** the initialism of its capitalised words ("Asa'ib Ahl al-Haq" → "AAH") */
  derived?: string;
}

export type NameKeyCache = ReadonlyMap<string, NameKeys>;

export function computeNameKeys(name: string, withDerived = true): NameKeys {
  const folded = foldName(name);
  const keys: NameKeys = { folded, skeleton: skeletonOfFolded(folded) };
  const initialism = initialismKey(name);
  if (initialism) keys.initialism = initialism;
  const derived = withDerived ? deriveInitialism(name) : undefined;
  if (derived) keys.derived = derived;
  return keys;
}

interface StoredKeys {
  /** MATCH_KEYS_VERSION of the code that computed the keys */
  version: string;
  /** [name, folded, skeleton, initialism, derived] */
  rows: [string, string, string, string, string][];
}

/** The cache as JSON text, for `names` (computed now). */
export function serializeNameKeys(names: readonly string[]): string {
  const rows = [...new Set(names)].map((n): StoredKeys['rows'][number] => {
    const k = computeNameKeys(n);
    return [n, k.folded, k.skeleton, k.initialism ?? '', k.derived ?? ''];
  });
  const stored: StoredKeys = { version: MATCH_KEYS_VERSION, rows };
  return JSON.stringify(stored);
}

/**
 * The cache stored in `json`, or undefined when another key version made it. Keys are a pure
 * function of the name, so a cache stays valid as names come and go: names it lacks are
 * computed, names it has that no longer exist are never asked for.
 */
export function parseNameKeys(json: string): NameKeyCache | undefined {
  const stored = JSON.parse(json) as StoredKeys;
  if (stored.version !== MATCH_KEYS_VERSION || !Array.isArray(stored.rows)) return undefined;
  const cache = new Map<string, NameKeys>();
  for (const [name, folded, skeleton, initialism, derived] of stored.rows) {
    const keys: NameKeys = { folded, skeleton };
    if (initialism) keys.initialism = initialism;
    if (derived) keys.derived = derived;
    cache.set(name, keys);
  }
  return cache;
}
