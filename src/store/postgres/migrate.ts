// Bring a PostgreSQL schema to the newest version: each pending migration runs in its own
// transaction (DDL is transactional) and is recorded in `schema_migrations`. An advisory lock
// makes a second process that opens at the same time wait instead of migrating twice.
import type { Pool } from 'pg';
import type { Migration } from '../migration.ts';
import { type Db, inTransaction, queryOne } from './connection.ts';
import { MIGRATIONS } from './migrations.ts';

// keyed by the schema's name: before the first migration the schema may not exist yet
const LOCK_SQL = 'SELECT pg_advisory_xact_lock(hashtext($1))';

export async function migrate(
  pool: Pool,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  await inTransaction(pool, async (client) => {
    await client.query(LOCK_SQL, [`marsad.migrate.${schema}`]);
    // the schema is a checked plain name (createPool); quoting keeps it one identifier
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`);
  });
  for (const m of migrations) {
    await inTransaction(pool, async (client) => {
      await client.query(LOCK_SQL, [`marsad.migrate.${schema}`]);
      if ((await schemaVersion(client)) >= m.version) return;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
        m.version,
        m.name,
      ]);
    });
  }
  return schemaVersion(pool);
}

export async function schemaVersion(db: Db): Promise<number> {
  const row = await queryOne<{ v: number | null }>(db, 'SELECT MAX(version) AS v FROM schema_migrations');
  return row?.v ?? 0;
}
