// Loads the trained NER model from knowledge/build/. Skeleton: none yet.
import type { NerModel } from '../types.ts';

export function loadNerModel(_knowledgeDir: string): NerModel | null {
  return null;
}
