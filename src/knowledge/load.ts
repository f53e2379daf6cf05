// Loads the knowledge base from its data files. Only the composition root calls this; the
// pipeline receives the loaded indexes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameIndex } from './match/name-index.ts';
import type { Actor, ActorIndex, Gazetteer, Knowledge, Place } from './types.ts';

function readJsonFiles<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T[]);
}

class SimpleActorIndex extends NameIndex<Actor> implements ActorIndex {
  private readonly byId: Map<string, Actor>;
  constructor(actors: Actor[]) {
    super(actors, (a) => [a.name, ...a.aliases, ...(a.scriptNames ?? [])]);
    this.byId = new Map(actors.map((a) => [a.id, a]));
  }
  getActor(id: string): Actor | undefined {
    return this.byId.get(id);
  }
}

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

export function loadKnowledge(dir: string): Knowledge {
  const actors = readJsonFiles<Actor>(join(dir, 'actors'));
  const places = readJsonFiles<Place>(join(dir, 'places'));
  return {
    version: 'skeleton',
    actors: new SimpleActorIndex(actors),
    gazetteer: new SimpleGazetteer(places),
    ner: null,
  };
}
