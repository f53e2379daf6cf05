// STUB (skeleton): no events yet.
import type { Stage } from '../document.ts';

export const codeEvents: Stage = {
  name: 'events',
  reads: ['entities', 'times', 'sentences', 'tokens'],
  writes: ['events', 'quotes', 'entities'],
  run: (doc) => ({ ...doc, events: [], quotes: [] }),
};
