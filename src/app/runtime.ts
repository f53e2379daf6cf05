// The composition root: the one place that reads configuration (process.env) and wires
// knowledge, pipeline and store together. CLI and HTTP call this; nothing else reads env.
import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { PipelineContext } from '../pipeline/document.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import type { IngestStore } from '../store/store.ts';
import { knowledgeDir } from './paths.ts';

export interface Config {
  dbPath: string;
  port: number;
  knowledgeDir: string;
}

export function readConfig(overrides: Partial<Config> = {}, env = process.env): Config {
  return {
    dbPath: overrides.dbPath ?? env.MARSAD_DB ?? join(process.cwd(), 'marsad.sqlite'),
    port: overrides.port ?? (env.PORT ? Number(env.PORT) : 8787),
    knowledgeDir: overrides.knowledgeDir ?? env.MARSAD_KNOWLEDGE ?? knowledgeDir(),
  };
}

let knowledge: Knowledge | undefined;

export function getKnowledge(config: Config): Knowledge {
  knowledge ??= loadKnowledge(config.knowledgeDir);
  return knowledge;
}

export function createPipelineContext(config: Config): PipelineContext {
  return { knowledge: getKnowledge(config) };
}

/** Opens the configured store (SQLite today), migrating its schema. */
export async function openStore(config: Config): Promise<IngestStore> {
  return openSqliteStore(config.dbPath);
}
