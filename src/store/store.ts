// The Store port: the one narrow boundary between Marsad and its database. CLI, HTTP and
// ingestion talk to this interface only; `sqlite/` and `postgres/` implement it and
// every adapter runs the shared contract suite in `store-contract.ts`.
//
// Every method is asynchronous (a PostgreSQL client is; SQLite answers at once, wrapped in a
// promise). One call is one unit of work: a save is one transaction however the adapter runs it.
//
// Naming: methods that can fail for a reason the caller should handle return `Result`
// (errors as data); `…OrThrow` methods throw (reject with) a MarsadFailure; plain reads return
// `undefined` for "not found".
import type {
  Certainty,
  DatePrecision,
  EntityKind,
  Extraction,
  GeoPrecision,
  IsoDate,
  Span,
} from '../domain/contract.ts';
import type { Result } from '../domain/errors.ts';

export type ArticleId = string;
export type ClusterId = string;
export type StoredEventId = string;
export type MergeId = string;

/** An article as ingestion hands it to the store (text already extracted from HTML/feeds). */
export interface IncomingArticle {
  /** the main text; every stored offset points into it */
  text: string;
  title?: string | null;
  url?: string | null;
  /** outlet that published this copy (og:site_name, host, feed title) */
  outlet?: string | null;
  byline?: string | null;
  published?: IsoDate | null;
  /** outlet that first published the story when this copy says so ("(Reuters)", "first published by") */
  originalSource?: string | null;
  /** where it was read from: a file path or a URL */
  origin?: string | null;
  /** near-duplicate fingerprint (MinHash signature over word shingles), computed by ingestion */
  fingerprint?: Fingerprint;
}

export interface Fingerprint {
  /** MinHash signature: `k` 32-bit values */
  minhash: number[];
  /** LSH band keys derived from the signature; two articles sharing one are candidates */
  bands: string[];
}

export interface ArticleToSave {
  article: IncomingArticle;
  extraction: Extraction;
}

export interface SaveOptions {
  /** estimated Jaccard similarity at or above which two articles share a cluster */
  clusterThreshold?: number;
  /** events of different articles merge when their places are within this many km */
  mergeDistanceKm?: number;
}

export interface SaveReport {
  articleId: ArticleId;
  /** false when an article with the same content hash was already stored (nothing written) */
  isNew: boolean;
  clusterId: ClusterId;
  /** true when the article joined an existing cluster (a near-duplicate) */
  joinedCluster: boolean;
  eventsCreated: number;
  /** events of this article folded into an already stored event */
  eventsMerged: number;
  contentHash: string;
}

export interface StoredMention extends Span {
  article_id: ArticleId;
}

export interface StoredEntity {
  id: string;
  kind: EntityKind;
  subtype: string | null;
  name: string;
  ref: string | null;
  geo: StoredLocation | null;
  mentions: Span[];
}

export interface StoredLocation {
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  precision: GeoPrecision | null;
}

export interface StoredActor {
  name: string;
  ref: string | null;
}

export interface EventSource {
  article_id: ArticleId;
  url: string | null;
  outlet: string | null;
  published: IsoDate | null;
  cluster_id: ClusterId;
  evidence: Span[];
}

export interface StoredEvent {
  id: StoredEventId;
  type: string;
  subtype: string;
  date: { start: IsoDate; end: IsoDate; precision: DatePrecision };
  location: StoredLocation | null;
  actor1: StoredActor | null;
  actor2: StoredActor | null;
  assoc_actor1: StoredActor[];
  assoc_actor2: StoredActor[];
  fatalities: number | null;
  certainty: Certainty;
  confidence: number | null;
  /** articles citing it (copies count) */
  source_count: number;
  /** distinct clusters citing it (syndicated copies count once) */
  independent_source_count: number;
  sources: EventSource[];
}

export interface StoredQuote {
  speaker: string | null;
  text: Span;
  verb: string | null;
}

export interface StoredRelation {
  type: string;
  subject: string;
  object: string;
  evidence: Span[];
}

/** One row of `listArticles`: no text, no extraction. */
export interface ArticleSummary {
  id: ArticleId;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: IsoDate | null;
  cluster_id: ClusterId;
  original_source: string | null;
}

export interface StoredArticle extends ArticleSummary {
  byline: string | null;
  origin: string | null;
  text: string;
  content_hash: string;
  ingested_at: string;
  entities: StoredEntity[];
  events: StoredEvent[];
  quotes: StoredQuote[];
  relations: StoredRelation[];
}

export interface EventFilter {
  /** events ending on or after this day */
  from?: IsoDate;
  /** events starting on or before this day */
  to?: IsoDate;
  type?: string;
  subtype?: string;
  /** substring of an actor's name or ref (actor1, actor2 or associated) */
  actor?: string;
  /** substring of the location name, admin1, or an ISO country code */
  place?: string;
  /** [west, south, east, north] in degrees */
  bbox?: [number, number, number, number];
  /** full-text query over the texts of the source articles */
  q?: string;
  /** default 100, at most 10 000 */
  limit?: number;
  offset?: number;
}

export interface ArticleFilter {
  from?: IsoDate;
  to?: IsoDate;
  outlet?: string;
  clusterId?: ClusterId;
  limit?: number;
  offset?: number;
}

export interface ArticleHit extends ArticleSummary {
  /** a short excerpt with the match */
  snippet: string;
}

export interface StoreStats {
  articles: number;
  clusters: number;
  events: number;
  entities: number;
  merges: number;
  schemaVersion: number;
}

export interface MergeRecord {
  id: MergeId;
  /** the stored event that absorbed the source */
  eventId: StoredEventId;
  articleId: ArticleId;
  createdAt: string;
  undone: boolean;
}

export interface IngestLogEntry {
  origin: string;
  status: 'new' | 'duplicate' | 'failed';
  articleId?: ArticleId | null;
  message?: string | null;
}

export interface Store {
  /** Store one article and its extraction in one transaction; idempotent by content hash. */
  saveArticle(
    article: IncomingArticle,
    extraction: Extraction,
    options?: SaveOptions,
  ): Promise<Result<SaveReport>>;
  /** Like saveArticle, throwing a MarsadFailure instead of returning an error. */
  saveArticleOrThrow(
    article: IncomingArticle,
    extraction: Extraction,
    options?: SaveOptions,
  ): Promise<SaveReport>;
  findArticleByHash(contentHash: string): Promise<ArticleSummary | undefined>;
  getArticle(id: ArticleId): Promise<StoredArticle | undefined>;
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  searchArticles(q: string, limit?: number): Promise<ArticleHit[]>;
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  getEvent(id: StoredEventId): Promise<StoredEvent | undefined>;
  /** Recorded merges (of one event), in the order they were recorded. */
  listMerges(eventId?: StoredEventId): Promise<MergeRecord[]>;
  /** Split the merged source back into an event of its own. */
  undoMerge(mergeId: MergeId): Promise<Result<{ eventId: StoredEventId }>>;
  logIngest(entry: IngestLogEntry): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A store ingestion can write to in bulk (readers such as the HTTP layer need only Store). */
export interface IngestStore extends Store {
  /** Several articles in one transaction, each all-or-nothing inside it (a savepoint), so a
   * bad one does not undo the others; much faster for bulk ingestion. Reports in input order. */
  saveArticles(items: readonly ArticleToSave[], options?: SaveOptions): Promise<Result<SaveReport>[]>;
  /** Several log entries in one transaction (one commit per entry would cost more than the batch). */
  logIngestMany(entries: readonly IngestLogEntry[]): Promise<void>;
}
