// Lookup keys of a place name, computed with the shared matcher (src/knowledge/match). The
// builder stores them in the gazetteer keys file and the runtime computes the same keys for a
// surface form, so both sides agree as long as the files are rebuilt with the current matcher
// (the file header records MATCH_KEYS_VERSION).
import { foldName } from '../match/fold-name.ts';
import { bareAndSkeleton } from '../match/skeleton-key.ts';

/** Skeleton keys live in their own namespace so a skeleton never meets a real spelling. */
export const SKELETON = '~';

export interface QueryKey {
  key: string;
  score: number;
  how: 'exact' | 'skeleton';
}

/** The keys a surface form is looked up under, best first. */
export function queryKeys(surface: string): QueryKey[] {
  return queryKeysOfFolded(foldName(surface));
}

/** `queryKeys` of a surface whose `foldName` is `folded`: the keys depend on nothing else. */
export function queryKeysOfFolded(folded: string): QueryKey[] {
  if (!folded) return [];
  const out: QueryKey[] = [{ key: folded, score: 1, how: 'exact' }];
  const { bare, skeleton } = bareAndSkeleton(folded);
  if (bare && bare !== folded) out.push({ key: bare, score: 0.95, how: 'exact' });
  if (skeleton) out.push({ key: SKELETON + skeleton, score: 0.85, how: 'skeleton' });
  return out;
}

/** All keys a place name is filed under, without duplicates; `skeleton: false` keeps only exact ones. */
export function placeKeys(name: string, skeleton = true): string[] {
  const keys = queryKeys(name).filter((k) => skeleton || k.how === 'exact');
  return [...new Set(keys.map((k) => k.key))];
}
