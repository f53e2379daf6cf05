// STUB (skeleton): no date expressions yet.
import type { Stage } from '../document.ts';

export const resolveDates: Stage = {
  name: 'dates',
  reads: ['tokens', 'sentences', 'published'],
  writes: ['times'],
  run: (doc) => ({ ...doc, times: [] }),
};
