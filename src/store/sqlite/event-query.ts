// EventFilter → one parameterised WHERE clause. User text never reaches SQL or the FTS5 query
// syntax unquoted.
import type { EventFilter } from '../store.ts';

export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 100;

/** Words of a free-text query as quoted FTS5 terms (all must match); '' when none. */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words
    .slice(0, 20)
    .map((w) => `"${w}"`)
    .join(' ');
}

const like = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function eventWhere(f: EventFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const exact: [keyof EventFilter, string][] = [
    ['from', 'e.date_end >= @from'],
    ['to', 'e.date_start <= @to'],
    ['type', 'e.type = @type'],
    ['subtype', 'e.subtype = @subtype'],
  ];
  for (const [key, cond] of exact) {
    if (!f[key]) continue;
    where.push(cond);
    params[key] = f[key];
  }
  if (f.actor) {
    where.push(`(e.actor1_name LIKE @actor ESCAPE '\\' OR e.actor1_ref LIKE @actor ESCAPE '\\'
      OR e.actor2_name LIKE @actor ESCAPE '\\' OR e.actor2_ref LIKE @actor ESCAPE '\\'
      OR e.assoc_actors LIKE @actor ESCAPE '\\')`);
    params.actor = like(f.actor);
  }
  if (f.place) {
    where.push(`(e.location_name LIKE @place ESCAPE '\\' OR e.admin1 LIKE @place ESCAPE '\\'
      OR e.country = upper(@placeExact))`);
    params.place = like(f.place);
    params.placeExact = f.place;
  }
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    where.push('e.lat BETWEEN @south AND @north');
    // a box crossing the antimeridian has west > east
    where.push(west <= east ? 'e.lon BETWEEN @west AND @east' : '(e.lon >= @west OR e.lon <= @east)');
    Object.assign(params, { west, south, east, north });
  }
  if (f.q !== undefined) {
    const q = ftsQuery(f.q);
    // an empty query matches nothing rather than everything
    where.push(`e.id IN (SELECT es.event_id FROM event_sources es JOIN articles a ON a.id = es.article_id
      WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q))`);
    params.q = q || '""';
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function pageOf(f: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(f.limit ?? DEFAULT_LIMIT)));
  return { limit, offset: Math.max(0, Math.floor(f.offset ?? 0)) };
}
