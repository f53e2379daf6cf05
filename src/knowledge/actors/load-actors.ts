// Loads knowledge/actors/*.json into the actor index, reusing the name keys precomputed in
// knowledge/build/actor-keys.json (by `marsad kb build-keys`) for the names it has.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MarsadFailure } from '../../domain/errors.ts';
import { type NameKeyCache, parseNameKeys, serializeNameKeys } from '../match/name-keys.ts';
import type { Actor, ActorIndex } from '../types.ts';
import { ActorNameIndex, indexedActorNames } from './actor-index.ts';

/** Where the precomputed keys live, relative to the knowledge directory. */
export const ACTOR_KEYS_FILE = join('build', 'actor-keys.json');

/** The actors of every knowledge/actors/*.json file (each a JSON array), in file-name order. */
export function readActors(knowledgeDir: string): Actor[] {
  const dir = join(knowledgeDir, 'actors');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((f) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (Array.isArray(data)) return data as Actor[];
    const wrapped = (data as { actors?: unknown }).actors;
    if (Array.isArray(wrapped)) return wrapped as Actor[];
    const message = `knowledge/actors/${f} must hold a JSON array of actors (or {"actors": [...]})`;
    throw new MarsadFailure({ code: 'knowledge_missing', message, path: [f] });
  });
}

/** The stored key cache, unless missing or made by another key version (then keys are computed). */
function readKeyCache(knowledgeDir: string): NameKeyCache | undefined {
  const path = join(knowledgeDir, ACTOR_KEYS_FILE);
  return existsSync(path) ? parseNameKeys(readFileSync(path, 'utf8')) : undefined;
}

export function loadActorIndex(knowledgeDir: string): ActorIndex {
  return new ActorNameIndex(readActors(knowledgeDir), readKeyCache(knowledgeDir));
}

/** Precomputes the actors' name keys into knowledge/build/actor-keys.json; returns its path. */
export function writeActorKeys(knowledgeDir: string): string {
  const path = join(knowledgeDir, ACTOR_KEYS_FILE);
  writeFileSync(path, serializeNameKeys(indexedActorNames(readActors(knowledgeDir))));
  return path;
}
