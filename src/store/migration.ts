/** One versioned schema step of an adapter; `schema_migrations` records which versions ran. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
