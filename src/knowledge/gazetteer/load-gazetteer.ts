// Loads the gazetteer. Skeleton: the hand-written supplement only (knowledge/places/*.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameIndex } from '../match/name-index.ts';
import type { Gazetteer, Place } from '../types.ts';

class SimpleGazetteer extends NameIndex<Place> implements Gazetteer {
  private readonly byId: Map<string, Place>;
  constructor(places: Place[]) {
    super(places, (p) => [p.name, ...(p.alt ?? [])]);
    this.byId = new Map(places.map((p) => [p.id, p]));
  }
  getPlace(id: string): Place | undefined {
    return this.byId.get(id);
  }
  getAncestors(place: Place): Place[] {
    const out: Place[] = [];
    for (let p = place.parent ? this.byId.get(place.parent) : undefined; p && out.length < 8; ) {
      out.push(p);
      p = p.parent ? this.byId.get(p.parent) : undefined;
    }
    return out;
  }
}

export function loadGazetteer(knowledgeDir: string): Gazetteer {
  const dir = join(knowledgeDir, 'places');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const places = files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Place[]);
  return new SimpleGazetteer(places);
}
