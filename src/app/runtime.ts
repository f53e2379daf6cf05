// The composition root: the one place that reads configuration (process.env) and wires
// knowledge, pipeline and store together. CLI and HTTP call this; nothing else reads env.
import { join } from 'node:path';
import { MarsadFailure } from '../domain/errors.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { PipelineContext } from '../pipeline/document.ts';
import { extractArticle } from '../pipeline/pipeline.ts';
import { type IngestQueue, openIngestQueue } from '../queue/ingest-queue.ts';
import { openPostgresStore, redacted } from '../store/postgres/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import type { IngestStore } from '../store/store.ts';
import type { Extract } from './ingest-service.ts';
import { knowledgeDir } from './paths.ts';

export interface Config {
  /** a SQLite file, or a postgres:// URL for the PostgreSQL adapter */
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

/** The extraction ingestion runs; knowledge loads on the first new article, so re-ingesting
 * known inputs does not pay for it. */
export function createExtract(config: Config): Extract {
  let ctx: PipelineContext | undefined;
  return (article) => {
    ctx ??= createPipelineContext(config);
    return extractArticle(article, ctx);
  };
}

const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** Opens the configured store, migrating its schema: PostgreSQL for a postgres:// URL, else
 * the SQLite file. Rejects with a store_failed MarsadFailure when the database cannot be opened. */
export async function openStore(config: Config): Promise<IngestStore> {
  return isPostgresUrl(config.dbPath) ? openPostgresStore(config.dbPath) : openSqliteStore(config.dbPath);
}

/** The configured database for messages: the file, or the URL without its password. */
export const storeLabel = (config: Config): string =>
  isPostgresUrl(config.dbPath) ? redacted(config.dbPath) : config.dbPath;

/** The ingest job queue, which lives in the PostgreSQL database (pg-boss); `supervise` for a
 * worker, which also runs the queue's maintenance. */
export async function openQueue(config: Config, supervise = false): Promise<IngestQueue> {
  if (!isPostgresUrl(config.dbPath)) {
    throw new MarsadFailure({
      code: 'invalid_input',
      message: 'the job queue lives in PostgreSQL: give --db postgres://… or MARSAD_DB=postgres://…',
    });
  }
  return openIngestQueue({ connectionString: config.dbPath, supervise });
}
