// Reading the store for people and other tools: events as JSONL, ACLED-style CSV or GeoJSON,
// articles as JSONL. Pages through the store so a large export never loads all at once.
import type { ArticleFilter, ArticleSummary, EventFilter, Store, StoredEvent } from '../store/store.ts';

export type EventFormat = 'jsonl' | 'csv' | 'geojson';
export const EVENT_FORMATS: readonly EventFormat[] = ['jsonl', 'csv', 'geojson'];

const PAGE = 500;

/** Every row `list` returns for `filter` (all of them when no limit), a page at a time. */
async function* paged<F extends { limit?: number; offset?: number }, T>(
  list: (f: F) => Promise<T[]>,
  filter: F,
): AsyncGenerator<T> {
  const limit = filter.limit ?? Number.POSITIVE_INFINITY;
  let offset = filter.offset ?? 0;
  let seen = 0;
  while (seen < limit) {
    const want = Math.min(PAGE, limit - seen);
    const page = await list({ ...filter, offset, limit: want });
    yield* page;
    seen += page.length;
    offset += page.length;
    if (page.length < want) return;
  }
}

export const iterateEvents = (store: Store, filter: EventFilter = {}): AsyncGenerator<StoredEvent> =>
  paged((f: EventFilter) => store.listEvents(f), filter);

export const iterateArticles = (store: Store, filter: ArticleFilter = {}): AsyncGenerator<ArticleSummary> =>
  paged((f: ArticleFilter) => store.listArticles(f), filter);

/** The `marsad articles` line: the summary with the cluster under its short name. */
export function articleLine(a: ArticleSummary): string {
  return JSON.stringify({
    id: a.id,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    cluster: a.cluster_id,
    original_source: a.original_source,
  });
}

export const eventLine = (e: StoredEvent): string => JSON.stringify(e);

const DISORDER: Record<string, string> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Political violence; Demonstrations',
  'Strategic developments': 'Strategic developments',
};

/** ACLED's 1 = the exact town, 2 = near it or part of a region, 3 = a larger region. */
const GEO_PRECISION: Record<string, number> = {
  point: 1,
  district: 1,
  city: 1,
  admin2: 2,
  admin1: 3,
  country: 3,
};
const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3, year: 3, unknown: 3 };

let regionNames: Intl.DisplayNames | undefined;
function countryName(code: string | null): string {
  if (!code) return '';
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code: keep what the store has
  }
}

/** ACLED's column names where they exist, then Marsad's own (refs, certainty, counts). */
export const CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'iso',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'event_date_end',
  'actor1_ref',
  'actor2_ref',
  'certainty',
  'confidence',
  'source_count',
  'independent_source_count',
  'source_urls',
] as const;

const names = (xs: { name: string }[]): string => xs.map((x) => x.name).join('; ');

export function acledRow(e: StoredEvent): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const loc = e.location;
  const outlets = [...new Set(e.sources.map((s) => s.outlet).filter((o) => o))];
  return {
    event_id_cnty: `${loc?.country ?? 'XX'}-${e.id}`,
    event_date: e.date.start,
    year: Number(e.date.start.slice(0, 4)),
    time_precision: TIME_PRECISION[e.date.precision] ?? 3,
    disorder_type: DISORDER[e.type] ?? e.type,
    event_type: e.type,
    sub_event_type: e.subtype,
    actor1: e.actor1?.name ?? '',
    assoc_actor_1: names(e.assoc_actor1),
    actor2: e.actor2?.name ?? '',
    assoc_actor_2: names(e.assoc_actor2),
    iso: loc?.country ?? '',
    country: countryName(loc?.country ?? null),
    admin1: loc?.admin1 ?? '',
    location: loc?.name ?? '',
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: loc?.precision ? (GEO_PRECISION[loc.precision] ?? 3) : null,
    source: outlets.join('; '),
    notes: e.sources[0]?.evidence.map((s) => s.text).join(' ') ?? '',
    fatalities: e.fatalities ?? 0,
    event_date_end: e.date.end,
    actor1_ref: e.actor1?.ref ?? '',
    actor2_ref: e.actor2?.ref ?? '',
    certainty: e.certainty,
    confidence: e.confidence,
    source_count: e.source_count,
    independent_source_count: e.independent_source_count,
    source_urls: e.sources.map((s) => s.url ?? s.article_id).join(' '),
  };
}

/** RFC 4180: quote fields with commas, quotes or line breaks; neutralise spreadsheet formulas. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = (): string => `${CSV_COLUMNS.join(',')}\r\n`;

export function csvLine(e: StoredEvent): string {
  const row = acledRow(e);
  return `${CSV_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;
}

export function geoJsonFeature(e: StoredEvent): string {
  const { location: loc, sources, ...props } = e;
  const geometry =
    loc && loc.lat !== null && loc.lon !== null ? { type: 'Point', coordinates: [loc.lon, loc.lat] } : null;
  return JSON.stringify({
    type: 'Feature',
    id: e.id,
    geometry,
    properties: { ...props, location: loc, sources },
  });
}

/** The text of an export, chunk by chunk (the caller writes with back-pressure). */
export async function* exportEvents(
  store: Store,
  format: EventFormat,
  filter: EventFilter = {},
): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader();
  if (format === 'geojson') yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const e of iterateEvents(store, filter)) {
    if (format === 'jsonl') yield `${eventLine(e)}\n`;
    else if (format === 'csv') yield csvLine(e);
    else {
      yield `${first ? '' : ',\n'}${geoJsonFeature(e)}`;
      first = false;
    }
  }
  if (format === 'geojson') yield '\n]}\n';
}
