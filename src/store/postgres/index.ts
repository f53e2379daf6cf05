export { redacted } from './connection.ts';
export { openPostgresStore, PostgresStore, type PostgresStoreOptions } from './postgres-store.ts';
