// Loads the trained NER model from knowledge/build/ner-model.bin. Lazy: the file is read,
// decompressed and decoded on the first sentence tagged, so commands that never tag pay
// nothing at start-up.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { NerModel, NerTokenContext } from '../types.ts';
import { LABELS } from './labels.ts';
import { decodeModel } from './model-format.ts';
import { PerceptronTagger } from './perceptron-tagger.ts';

export const NER_MODEL_FILE = 'ner-model.bin';

export function nerModelPath(knowledgeDir: string): string {
  return join(knowledgeDir, 'build', NER_MODEL_FILE);
}

/** Reads and decodes a model file now. */
export function readNerModel(path: string): PerceptronTagger {
  return new PerceptronTagger(decodeModel(gunzipSync(readFileSync(path))));
}

class LazyNerModel implements NerModel {
  readonly labels: readonly string[] = LABELS;
  private tagger: PerceptronTagger | undefined;

  constructor(private readonly path: string) {}

  get loaded(): PerceptronTagger {
    this.tagger ??= readNerModel(this.path);
    return this.tagger;
  }

  tagSentence(words: readonly string[], context?: NerTokenContext): string[] {
    return this.loaded.tagSentence(words, context);
  }
}

/** The shipped model, or null when none has been trained (the pipeline then uses dictionaries only). */
export function loadNerModel(knowledgeDir: string): NerModel | null {
  const path = nerModelPath(knowledgeDir);
  return existsSync(path) ? new LazyNerModel(path) : null;
}
