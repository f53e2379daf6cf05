// The event stage: codes the article's events (codebook types and sub-types, one per place)
// and statements, and lists its direct quotations. Reads the resolver's entities, the
// geocoder's places and the date resolver's times; adds generic actors to the entities.
import type { Stage } from '../document.ts';
import { dropArrestBackground } from './arrest-background.ts';
import { indexTimes } from './choose-date.ts';
import { codeMaterial } from './code-material.ts';
import { applyClaims, codeStatements } from './code-statements.ts';
import { buildDocView } from './doc-view.ts';
import { emitEvents } from './emit-events.ts';
import { findQuotes } from './find-quotes.ts';
import { findTriggers } from './find-triggers.ts';
import { ActorRegistry, focusCountry } from './generic-actors.ts';

export const codeEvents: Stage = {
  name: 'events',
  reads: ['entities', 'times', 'sentences', 'tokens', 'clean', 'published'],
  writes: ['events', 'quotes', 'entities'],
  run(doc, ctx) {
    const view = buildDocView(doc);
    const times = indexTimes(doc);
    const hits = doc.sentences.map((_, s) => dropArrestBackground(view, findTriggers(view, s)));
    const material = codeMaterial(doc, view, times, hits);
    const statements = codeStatements(doc, view, times, hits);
    applyClaims(material, statements);
    const registry = new ActorRegistry(doc, ctx);
    const events = emitEvents(view, [...material, ...statements], registry);
    const speakers = new Map<number, string>();
    const focus = focusCountry(doc);
    for (const st of statements) {
      const id = registry.idFor(st.actor1, focus);
      if (id) for (const s of st.sentences) if (!speakers.has(s)) speakers.set(s, id);
    }
    const quotes = findQuotes(view, hits, speakers);
    return { ...doc, events, quotes, entities: registry.entities };
  },
};
