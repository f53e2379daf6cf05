import type { Sentence, Stage, Token } from '../document.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

export const segmentText: Stage = {
  name: 'segment',
  reads: ['clean'],
  writes: ['tokens', 'sentences'],
  run(doc) {
    const raw = tokenize(doc.clean);
    const bounds = splitSentences(doc.clean, raw);
    const tokens: Token[] = new Array(raw.length);
    const sentences: Sentence[] = bounds.map((b, s) => {
      for (let i = b.tokenStart; i < b.tokenEnd; i++) {
        const r = raw[i]!;
        tokens[i] = { start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), sentence: s };
      }
      return { start: raw[b.tokenStart]!.start, end: raw[b.tokenEnd - 1]!.end, ...b };
    });
    return { ...doc, tokens, sentences };
  },
};
