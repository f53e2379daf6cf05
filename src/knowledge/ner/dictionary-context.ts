// Dictionary membership for the tagger: which tokens of a sentence lie inside a name the
// actor index or the gazetteer knows. The same function feeds training and the pipeline, so
// the model learns how far to trust each dictionary (the gazetteer knows many places named
// like common words; the actor list is small and precise).
import type { Actor, DictionaryHit, Knowledge, NerTokenContext, Place } from '../types.ts';

export interface DictionaryScan {
  context: NerTokenContext;
  actorHits: DictionaryHit<Actor>[];
  placeHits: DictionaryHit<Place>[];
}

function position(i: number, hit: { startToken: number; endToken: number }): string {
  if (hit.endToken - hit.startToken === 1) return 'U';
  return i === hit.startToken ? 'B' : i === hit.endToken - 1 ? 'L' : 'I';
}

/** Scans one sentence's words with both dictionaries and tags each covered token. */
export function scanDictionaries(
  words: readonly string[],
  knowledge: Pick<Knowledge, 'actors' | 'gazetteer'>,
): DictionaryScan {
  const actorHits = knowledge.actors.size ? knowledge.actors.scanTokens(words) : [];
  const placeHits = knowledge.gazetteer.size ? knowledge.gazetteer.scanTokens(words) : [];
  const dictionary: (string | undefined)[] = new Array(words.length);
  for (const hit of placeHits) {
    for (let i = hit.startToken; i < hit.endToken; i++) dictionary[i] = `place-${position(i, hit)}`;
  }
  for (const hit of actorHits) {
    const kind = hit.candidates[0]?.item.kind ?? 'organization';
    for (let i = hit.startToken; i < hit.endToken; i++) {
      const place = dictionary[i] ? '+place' : '';
      dictionary[i] = `${kind}-${position(i, hit)}${place}`;
    }
  }
  return { context: { dictionary }, actorHits, placeHits };
}
