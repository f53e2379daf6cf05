// Two location entities linked to the same place are one place named two ways ("Persia" and
// "Iran", "US" and "America"): merge them into the first, and point relations at it.
import type { Relation } from '../../domain/contract.ts';
import type { EntityDraft } from '../document.ts';

export function mergeSamePlace(
  entities: readonly EntityDraft[],
  relations: readonly Relation[],
): { entities: EntityDraft[]; relations: Relation[] } {
  const keep = new Map<string, EntityDraft>();
  const renamed = new Map<string, string>();
  const out: EntityDraft[] = [];
  for (const e of entities) {
    const first = e.kind === 'location' && e.placeId ? keep.get(e.placeId) : undefined;
    if (!first) {
      if (e.kind === 'location' && e.placeId) keep.set(e.placeId, e);
      out.push(e);
      continue;
    }
    const merged: EntityDraft = {
      ...first,
      mentions: [...first.mentions, ...e.mentions].sort((a, b) => a.start - b.start),
      aliases: [...new Set([...first.aliases, ...e.aliases])].filter((a) => a !== first.name),
      confidence: Math.max(first.confidence ?? 0, e.confidence ?? 0),
    };
    out[out.indexOf(first)] = merged;
    keep.set(e.placeId as string, merged);
    renamed.set(e.id, first.id);
  }
  if (!renamed.size) return { entities: out, relations: [...relations] };
  const id = (x: string): string => renamed.get(x) ?? x;
  return {
    entities: out,
    relations: relations.map((r) => ({ ...r, subject: id(r.subject), object: id(r.object) })),
  };
}
