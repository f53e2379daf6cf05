// EventFilter and ArticleFilter → one parameterised WHERE clause, for every SQL adapter. User
// text only ever travels as a parameter, never inside the SQL or a full-text query syntax.
// What differs between databases (placeholders, case-insensitive LIKE, full-text match, JSON
// as text, the point-in-box test) is a small dialect each adapter supplies.
import type { ArticleFilter, EventFilter } from './store.ts';

export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 100;

/** Parameters in the order they were added; `add` returns the placeholder to write. */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(private readonly placeholder: (n: number) => string) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.placeholder(this.values.length);
  }
}

export interface SqlDialect {
  /** the placeholder of the n-th parameter (1-based) */
  placeholder(n: number): string;
  /** `column` contains the (escaped) LIKE `pattern`, whatever the letter case */
  contains(column: string, pattern: string): string;
  /** a JSON column as text a LIKE can search */
  jsonText(column: string): string;
  /** events `e` cited by an article whose title or text has every word (never empty) */
  textMatches(words: readonly string[], params: SqlParams): string;
  /** the place of event `e` inside a box that does not cross the antimeridian */
  inBox(west: string, south: string, east: string, north: string): string;
}

/** Words of a free-text query (at most 20), the same for every full-text engine. */
export const queryWords = (q: string): string[] => (q.match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, 20);

const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function eventWhere(f: EventFilter, d: SqlDialect, params: SqlParams): string {
  const where: string[] = [];
  if (f.from) where.push(`e.date_end >= ${params.add(f.from)}`);
  if (f.to) where.push(`e.date_start <= ${params.add(f.to)}`);
  if (f.type) where.push(`e.type = ${params.add(f.type)}`);
  if (f.subtype) where.push(`e.subtype = ${params.add(f.subtype)}`);
  if (f.actor) {
    const pattern = likePattern(f.actor);
    const columns = ['e.actor1_name', 'e.actor1_ref', 'e.actor2_name', 'e.actor2_ref'];
    const any = [...columns, d.jsonText('e.assoc_actors')].map((c) => d.contains(c, params.add(pattern)));
    where.push(`(${any.join(' OR ')})`);
  }
  if (f.place) {
    const pattern = likePattern(f.place);
    where.push(`(${d.contains('e.location_name', params.add(pattern))} OR ${d.contains('e.admin1', params.add(pattern))}
      OR e.country = ${params.add(f.place.toUpperCase())})`);
  }
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    const box = (w: number, e: number) =>
      d.inBox(params.add(w), params.add(south), params.add(e), params.add(north));
    // a box crossing the antimeridian has west > east: the two boxes either side of it
    where.push(west <= east ? box(west, east) : `(${box(west, 180)} OR ${box(-180, east)})`);
  }
  if (f.q !== undefined) {
    const words = queryWords(f.q);
    // an empty query matches nothing rather than everything
    where.push(words.length ? d.textMatches(words, params) : '1 = 0');
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

export function articleWhere(f: ArticleFilter, params: SqlParams): string {
  const where: string[] = [];
  if (f.from !== undefined) where.push(`published >= ${params.add(f.from)}`);
  if (f.to !== undefined) where.push(`published <= ${params.add(f.to)}`);
  if (f.outlet !== undefined) where.push(`outlet = ${params.add(f.outlet)}`);
  if (f.clusterId !== undefined) where.push(`cluster_id = ${params.add(f.clusterId)}`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

export function pageOf(f: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(f.limit ?? DEFAULT_LIMIT)));
  return { limit, offset: Math.max(0, Math.floor(f.offset ?? 0)) };
}

/** `LIMIT … OFFSET …` of a page, its values added to `params`. */
export function pageSql(f: { limit?: number; offset?: number }, params: SqlParams): string {
  const { limit, offset } = pageOf(f);
  return `LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
}
