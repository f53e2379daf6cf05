// STUB (skeleton): hinted places only. The NER model + dictionary scan replace this.
import type { Mention, Stage } from '../document.ts';

export const recognizeEntities: Stage = {
  name: 'recognize',
  reads: ['text', 'tokens', 'sentences'],
  writes: ['mentions'],
  run(doc) {
    const mentions: Mention[] = [];
    for (const h of doc.article.hints?.places ?? []) {
      if (h.end <= h.start || h.end > doc.text.length) continue;
      mentions.push({
        start: h.start,
        end: h.end,
        text: doc.text.slice(h.start, h.end),
        kind: 'location',
        source: 'hint',
        pinned: true,
      });
    }
    return { ...doc, mentions };
  },
};
