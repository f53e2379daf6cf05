// The keys one name is indexed under, and a cache of them. Computing keys is the bulk of
// building an index, and in a cold process (no optimised code yet) it costs far more than
// reading them back, so builders can store them (`serializeNameKeys`) and loaders reuse them
// when the names and MATCH_KEYS_VERSION are unchanged (`parseNameKeys`).
import { createHash } from 'node:crypto';
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

/** A fingerprint of the names and the key version: a cache is valid only for the same one. */
export function nameKeysFingerprint(names: readonly string[]): string {
  const hash = createHash('sha1').update(MATCH_KEYS_VERSION);
  for (const n of names) hash.update('\u0000').update(n);
  return hash.digest('hex');
}

interface StoredKeys {
  fingerprint: string;
  /** [name, folded, skeleton, initialism, derived] */
  rows: [string, string, string, string, string][];
}

/** The cache as JSON text, for `names` (computed now). */
export function serializeNameKeys(names: readonly string[]): string {
  const unique = [...new Set(names)];
  const rows = unique.map((n): StoredKeys['rows'][number] => {
    const k = computeNameKeys(n);
    return [n, k.folded, k.skeleton, k.initialism ?? '', k.derived ?? ''];
  });
  const stored: StoredKeys = { fingerprint: nameKeysFingerprint(names), rows };
  return JSON.stringify(stored);
}

/** The cache stored in `json` if it was made for exactly these names, else undefined (stale). */
export function parseNameKeys(json: string, names: readonly string[]): NameKeyCache | undefined {
  const stored = JSON.parse(json) as StoredKeys;
  if (stored.fingerprint !== nameKeysFingerprint(names)) return undefined;
  const cache = new Map<string, NameKeys>();
  for (const [name, folded, skeleton, initialism, derived] of stored.rows) {
    const keys: NameKeys = { folded, skeleton };
    if (initialism) keys.initialism = initialism;
    if (derived) keys.derived = derived;
    cache.set(name, keys);
  }
  return cache;
}
