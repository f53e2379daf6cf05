// Loads the knowledge base from its data files. Only the composition root calls this; the
// pipeline receives the loaded indexes.
import { loadActorIndex } from './actors/load-actors.ts';
import { loadGazetteer } from './gazetteer/load-gazetteer.ts';
import { loadNerModel } from './ner/load-ner-model.ts';
import type { Knowledge } from './types.ts';

export function loadKnowledge(dir: string): Knowledge {
  return {
    version: '0.1.0',
    actors: loadActorIndex(dir),
    gazetteer: loadGazetteer(dir),
    ner: loadNerModel(dir),
  };
}
