// STUB (skeleton): one entity per distinct surface form and kind.
import type { EntityDraft, Stage } from '../document.ts';

export const resolveEntities: Stage = {
  name: 'resolve',
  reads: ['mentions', 'sentences'],
  writes: ['entities', 'relations'],
  run(doc) {
    const byKey = new Map<string, EntityDraft>();
    for (const m of doc.mentions) {
      const key = `${m.kind}:${m.text.toLowerCase()}`;
      let e = byKey.get(key);
      if (!e) {
        e = { id: `e${byKey.size + 1}`, kind: m.kind, name: m.text, aliases: [], mentions: [] };
        byKey.set(key, e);
      }
      e.mentions.push(m);
    }
    return { ...doc, entities: [...byKey.values()], relations: [] };
  },
};
