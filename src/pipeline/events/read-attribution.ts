// Whom the outlet cites: "according to X", "X said/told …". An anonymous source that told a
// named outlet ("Eyewitnesses told IranWire") is attributed to that outlet, the nearest
// accountable source we can name; a named person or organisation is attributed to itself.

import { perSentence } from './doc-view.ts';
import type { ActorRef } from './find-actors.ts';
import { actorCandidates } from './find-actors.ts';
import { getLexicon } from './lexicon.ts';

export const readAttribution = perSentence((view, s): ActorRef | undefined => {
  const { tokenStart, tokenEnd } = view.doc.sentences[s]!;
  const cue = getLexicon().cues.reportVerbs;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const m = cue.find(view, i, tokenEnd);
    if (!m) continue;
    if (view.words[i] === 'according' && view.words[i + 1] === 'to') {
      return actorCandidates(view, i + 2, Math.min(tokenEnd, i + 8))[0];
    }
    const before = actorCandidates(view, Math.max(tokenStart, i - 6), i);
    const speaker = before.at(-1);
    if (speaker?.kind === 'entity') return speaker;
    if (view.words[i] === 'told') {
      const outlet = actorCandidates(view, i + 1, Math.min(tokenEnd, i + 4))[0];
      if (outlet?.kind === 'entity') return outlet;
    }
    if (speaker) return speaker;
  }
  return undefined;
});
