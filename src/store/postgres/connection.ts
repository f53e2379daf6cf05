// The pool, transactions and driver errors of the PostgreSQL adapter. The `pg` package loads
// on first open, so commands that never touch PostgreSQL do not pay for it.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { CustomTypesConfig, Pool, PoolClient, QueryResultRow } from 'pg';
import { type MarsadError, MarsadFailure } from '../../domain/errors.ts';

const require = createRequire(import.meta.url);

export type Db = Pool | PoolClient;

export interface PoolSettings {
  connectionString: string;
  /** the schema every connection works in (created when missing); default `public` */
  schema?: string;
  /** connections kept at most (default 10) */
  max?: number;
}

const OID = { int8: 20, json: 114, jsonb: 3802, date: 1082 } as const;

/** Rows in the shapes of src/store/rows.ts: JSON and days as the text SQLite returns, counts as
 * numbers (they stay far below 2^53). Timestamps stay Date objects and are mapped by the reader. */
function typeParsers(pg: typeof import('pg')): CustomTypesConfig {
  const asText = (v: string) => v;
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === OID.json || oid === OID.jsonb || oid === OID.date) return asText;
      if (oid === OID.int8) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    }) as CustomTypesConfig['getTypeParser'],
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPool(settings: PoolSettings): Pool {
  const schema = settings.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new MarsadFailure({ code: 'invalid_input', message: `not a plain schema name: ${schema}` });
  }
  const pg = require('pg') as typeof import('pg');
  const pool = new pg.Pool({
    connectionString: settings.connectionString,
    max: settings.max ?? 10,
    types: typeParsers(pg),
    application_name: 'marsad',
    connectionTimeoutMillis: 10_000,
    // every connection works in the store's schema (the SQL names tables without one), and
    // plans each statement for its values: a generic plan made while the tables were still
    // small (a fresh database, a bulk ingest) kept scanning article_bands, 26 ms per article
    options: `-c search_path=${schema} -c plan_cache_mode=force_custom_plan`,
  });
  // an idle connection that the server drops must not crash the process; the next query
  // on the pool gets a fresh connection (and a real error if the server is gone)
  pool.on('error', () => {});
  return pool;
}

/** A query with its text prepared once per connection (the name is a hash of the text). */
export async function query<R extends QueryResultRow>(
  db: Db,
  text: string,
  values: readonly unknown[] = [],
): Promise<R[]> {
  const name = `m${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const result = await db.query<R>({ name, text, values: values as unknown[] });
  return result.rows;
}

/** The first row, or undefined. */
export async function queryOne<R extends QueryResultRow>(
  db: Db,
  text: string,
  values: readonly unknown[] = [],
): Promise<R | undefined> {
  return (await query<R>(db, text, values))[0];
}

/** Run `work` in one transaction on one connection: COMMIT when it returns, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const value = await work(client);
    await client.query('COMMIT');
    return value;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Writers take this lock first, so articles are clustered and merged one at a time against
 * everything committed before (SQLite's single writer); readers never wait for it. */
export const WRITE_LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('marsad.write.' || current_schema()))";

/** The connection string without its password, for messages. */
export function redacted(connectionString: string): string {
  try {
    const u = new URL(connectionString);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** A driver or server error as the catalogue's store_failed, with PostgreSQL's code when it has one. */
export function storeError(what: string, e: unknown): MarsadError {
  const err = e as Error & { code?: string };
  const code = typeof err.code === 'string' ? ` [${err.code}]` : '';
  return { code: 'store_failed', message: `${what} failed: ${err.message || String(e)}${code}` };
}
