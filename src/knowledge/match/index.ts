// Name matching for the knowledge base: folding, transliteration skeletons and the index.
export { editDistance } from './edit-distance.ts';
export { foldName, hasArabicScript } from './fold-name.ts';
export { deriveInitialism, initialismKey } from './initialisms.ts';
export { NameIndex, type NameIndexOptions } from './name-index.ts';
export {
  computeNameKeys,
  type NameKeyCache,
  type NameKeys,
  parseNameKeys,
  serializeNameKeys,
} from './name-keys.ts';
export { nameSimilarity } from './name-similarity.ts';
export { bareName, MATCH_KEYS_VERSION, skeletonKey, skeletonOfFolded, skeletonWord } from './skeleton-key.ts';
export { isStopSurface, STOP_WORDS } from './stop-words.ts';
