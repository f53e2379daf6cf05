// Loads knowledge/actors/*.json into the actor index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameIndex } from '../match/name-index.ts';
import type { Actor, ActorIndex } from '../types.ts';

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

export function loadActorIndex(knowledgeDir: string): ActorIndex {
  const dir = join(knowledgeDir, 'actors');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const actors = files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Actor[]);
  return new SimpleActorIndex(actors);
}
