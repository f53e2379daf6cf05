// The contract: every hinted span comes back as a location entity with a mention at exactly
// that span. Spans an earlier stage left out (or gave to a person or organisation, like the
// demonym in "Iraqi forces") get a location entity of their own, one per surface form.
import type { Doc, EntityDraft, Mention } from '../document.ts';

export function ensurePinnedPlaces(doc: Doc): EntityDraft[] {
  // most articles come without hints: then there is nothing to look at
  if (!doc.mentions.some((m) => m.pinned)) return doc.entities;
  const covered = new Set<string>();
  for (const e of doc.entities)
    if (e.kind === 'location') for (const m of e.mentions) covered.add(`${m.start}:${m.end}`);
  const added = new Map<string, EntityDraft>();
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const m of doc.mentions) {
    if (!m.pinned || covered.has(`${m.start}:${m.end}`)) continue;
    covered.add(`${m.start}:${m.end}`);
    const text = doc.text.slice(m.start, m.end);
    const mention: Mention = { ...m, text, kind: 'location' };
    const key = text.toLowerCase();
    const e = added.get(key);
    if (e) e.mentions.push(mention);
    else {
      let n = ids.size + added.size + 1;
      while (ids.has(`e${n}`)) n++;
      ids.add(`e${n}`);
      added.set(key, { id: `e${n}`, kind: 'location', name: text, aliases: [], mentions: [mention] });
    }
  }
  return added.size ? [...doc.entities, ...added.values()] : doc.entities;
}
