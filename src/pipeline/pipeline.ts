// The extraction pipeline: one ordered list of pure stages. Read top to bottom, it is what
// Marsad does to an article.
import type { ArticleInput, Extraction } from '../domain/contract.ts';
import { assembleExtraction } from './assemble/assemble.ts';
import { resolveDates } from './dating/resolve-dates.ts';
import { createDoc, type Doc, type PipelineContext, type Stage } from './document.ts';
import { codeEvents } from './events/code-events.ts';
import { geocodePlaces } from './geocode/geocode-places.ts';
import { normalizeText } from './normalize/normalize-text.ts';
import { recognizeEntities } from './recognize/recognize-entities.ts';
import { resolveEntities } from './resolve/resolve-entities.ts';
import { segmentText } from './segment/segment-text.ts';

export const STAGES: readonly Stage[] = [
  normalizeText, // clean: same-length text with invisible characters blanked
  segmentText, // tokens and sentences
  recognizeEntities, // mentions: model + dictionaries + hinted places
  resolveEntities, // entities: mentions clustered in the article, linked to actors; relations
  geocodePlaces, // entities of kind location get geo
  resolveDates, // times: date expressions resolved against the publication date
  codeEvents, // events (codebook) and quotes
];

export function runStages(article: ArticleInput, ctx: PipelineContext, stages = STAGES): Doc {
  let doc = createDoc(article);
  for (const stage of stages) doc = stage.run(doc, ctx);
  return doc;
}

export function extractArticle(article: ArticleInput, ctx: PipelineContext): Extraction {
  return assembleExtraction(runStages(article, ctx));
}
