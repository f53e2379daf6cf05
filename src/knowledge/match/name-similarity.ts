// Spelling closeness of two names that share a skeleton key: the key says "same name, maybe",
// this says how close the spellings are, so "Kadhimiya" ranks "Kazimiyah" above "Kadoma".
import { editDistance } from './edit-distance.ts';
import { foldName } from './fold-name.ts';
import { bareName } from './skeleton-key.ts';

/** 0..1: one minus the edit distance of the folded names without articles, per letter. */
export function nameSimilarity(a: string, b: string): number {
  const x = bareName(foldName(a));
  const y = bareName(foldName(b));
  return 1 - Math.min(1, editDistance(x, y) / Math.max(x.length, y.length, 1));
}
