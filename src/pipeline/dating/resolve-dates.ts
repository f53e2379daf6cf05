// The date stage: every date expression of the article, resolved against the publication
// day (`doc.published`; when it is unknown only dates written with their year resolve).
import type { Stage } from '../document.ts';
import { findTimes } from './find-times.ts';

export const resolveDates: Stage = {
  name: 'dates',
  reads: ['clean', 'published'],
  writes: ['times'],
  run: (doc) => ({ ...doc, times: findTimes(doc.text, doc.published, doc.clean) }),
};
