// Loads knowledge/actors/*.json into the actor index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MarsadFailure } from '../../domain/errors.ts';
import type { Actor, ActorIndex } from '../types.ts';
import { ActorNameIndex } from './actor-index.ts';

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

export function loadActorIndex(knowledgeDir: string): ActorIndex {
  return new ActorNameIndex(readActors(knowledgeDir));
}
