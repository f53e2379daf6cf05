// The `--db` option of every command that opens the store: a SQLite file or a PostgreSQL URL.
import type { Config } from '../app/runtime.ts';

export const DB_OPTION = [
  '--db <file|url>',
  'SQLite file or postgres:// URL (default: marsad.sqlite in the working directory, or MARSAD_DB)',
] as const;

/** The config override for a given `--db`, none when it was not given. */
export const dbOverride = (db: string | undefined): Partial<Config> => (db ? { dbPath: db } : {});
