// SQLite's dialect of the shared filter builder: named `@pN` parameters, LIKE (already
// case-insensitive for ASCII), FTS5 for text, the (lat, lon) index for boxes.
import { type SqlDialect, SqlParams } from '../event-filter.ts';

/** Words as quoted FTS5 terms (all must match): no FTS5 syntax gets through. */
export const ftsQuery = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(' ');

export const sqliteDialect: SqlDialect = {
  placeholder: (n) => `@p${n}`,
  contains: (column, pattern) => `${column} LIKE ${pattern} ESCAPE '\\'`,
  jsonText: (column) => column,
  textMatches: (words, params) =>
    `e.id IN (SELECT es.event_id FROM event_sources es JOIN articles a ON a.id = es.article_id
      WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${params.add(ftsQuery(words))}))`,
  inBox: (west, south, east, north) =>
    `(e.lat BETWEEN ${south} AND ${north} AND e.lon BETWEEN ${west} AND ${east})`,
};

export const sqliteParams = (): SqlParams => new SqlParams(sqliteDialect.placeholder);

/** better-sqlite3 binds named parameters from an object: `@p1` ← `{ p1 }`. */
export const bound = (params: SqlParams): Record<string, unknown> =>
  Object.fromEntries(params.values.map((v, i) => [`p${i + 1}`, v]));
