// PostgreSQL's dialect of the shared filter builder: `$n` parameters, ILIKE, the articles'
// tsvector (GIN index) for text, the GiST index on point(lon, lat) for boxes.
import { type SqlDialect, SqlParams } from '../event-filter.ts';

/** The text-search configuration of the `search` column (see migrations.ts). */
export const TS_CONFIG = 'simple';

export const postgresDialect: SqlDialect = {
  placeholder: (n) => `$${n}`,
  contains: (column, pattern) => `${column} ILIKE ${pattern} ESCAPE '\\'`,
  jsonText: (column) => `${column}::text`,
  // plainto_tsquery ANDs the words and reads no operators: the words are data, never syntax
  textMatches: (words, params) =>
    `e.id IN (SELECT es.event_id FROM event_sources es JOIN articles a ON a.id = es.article_id
      WHERE a.search @@ plainto_tsquery('${TS_CONFIG}', ${params.add(words.join(' '))}))`,
  inBox: (west, south, east, north) =>
    `point(e.lon, e.lat) <@ box(point(${west}, ${south}), point(${east}, ${north}))`,
};

export const postgresParams = (): SqlParams => new SqlParams(postgresDialect.placeholder);
