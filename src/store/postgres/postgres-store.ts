// The PostgreSQL adapter of the Store port (node-postgres with a pool), for a team that outgrew
// one machine: several ingest processes and servers can share one database. Every article is
// written in one transaction holding a write lock (clustering and merging see all committed
// articles, as with SQLite's single writer); reads never wait for it. Store failures come
// back as `store_failed` results, or reject with a MarsadFailure from the reads.
import type { Pool } from 'pg';
import type { Extraction } from '../../domain/contract.ts';
import { MarsadFailure, ok, type Result, valueOrThrow } from '../../domain/errors.ts';
import { articleWhere, eventWhere, pageOf, pageSql, queryWords } from '../event-filter.ts';
import { groupBy } from '../fact-rows.ts';
import {
  type ArticleRow,
  type EventRow,
  eventFromRow,
  inIdOrder,
  isoTime,
  type MergeRow,
  mergeFromRow,
  type SourceRow,
  summaryFromRow,
} from '../rows.ts';
import type {
  ArticleFilter,
  ArticleHit,
  ArticleSummary,
  ArticleToSave,
  EventFilter,
  IncomingArticle,
  IngestLogEntry,
  IngestStore,
  MergeRecord,
  SaveOptions,
  SaveReport,
  StoredArticle,
  StoredEvent,
  StoreStats,
} from '../store.ts';
import { readEntities, readQuotes, readRelations } from './article-facts.ts';
import {
  createPool,
  inTransaction,
  type PoolSettings,
  query,
  queryOne,
  redacted,
  storeError,
  WRITE_LOCK_SQL,
} from './connection.ts';
import { postgresDialect, postgresParams, TS_CONFIG } from './event-query.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { saveArticleTx } from './save-article.ts';
import { undoMergeTx } from './undo-merge.ts';

export type PostgresStoreOptions = Omit<PoolSettings, 'connectionString'>;

/** Connect, migrate the schema and return the store; rejects with a store_failed MarsadFailure
 * naming the server (never its password) when it cannot. */
export async function openPostgresStore(
  connectionString: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const pool = createPool({ connectionString, ...options });
  try {
    await migrate(pool, options.schema ?? 'public');
  } catch (e) {
    await pool.end().catch(() => {});
    throw new MarsadFailure(storeError(`opening PostgreSQL at ${redacted(connectionString)}`, e));
  }
  return new PostgresStore(pool);
}

const SUMMARY_COLS = 'id, url, title, outlet, published, cluster_id, original_source';

const SOURCES_SQL = `SELECT es.event_id, es.article_id, es.evidence, a.url, a.outlet, a.published, a.cluster_id
  FROM event_sources es JOIN articles a ON a.id = es.article_id
  WHERE es.event_id = ANY($1::text[]) ORDER BY es.event_id, es.seq`;

export class PostgresStore implements IngestStore {
  constructor(readonly pool: Pool) {}

  /** A read that fails rejects with a MarsadFailure (store_failed), never a bare driver error. */
  private async read<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw new MarsadFailure(storeError(what, e));
    }
  }

  async saveArticle(
    article: IncomingArticle,
    extraction: Extraction,
    options?: SaveOptions,
  ): Promise<Result<SaveReport>> {
    try {
      return ok(
        await inTransaction(this.pool, async (client) => {
          await client.query(WRITE_LOCK_SQL);
          return saveArticleTx(client, article, extraction, options);
        }),
      );
    } catch (e) {
      return { ok: false, error: storeError('saving the article', e) };
    }
  }

  async saveArticles(items: readonly ArticleToSave[], options?: SaveOptions): Promise<Result<SaveReport>[]> {
    if (items.length === 0) return [];
    try {
      return await inTransaction(this.pool, async (client) => {
        await client.query(WRITE_LOCK_SQL);
        const reports: Result<SaveReport>[] = [];
        for (const item of items) {
          // a savepoint per article: a bad one is undone alone, the batch goes on
          await client.query('SAVEPOINT article');
          try {
            reports.push(ok(await saveArticleTx(client, item.article, item.extraction, options)));
            await client.query('RELEASE SAVEPOINT article');
          } catch (e) {
            await client.query('ROLLBACK TO SAVEPOINT article');
            reports.push({ ok: false, error: storeError('saving the article', e) });
          }
        }
        return reports;
      });
    } catch (e) {
      const error = { ok: false as const, error: storeError('saving the batch', e) };
      return items.map(() => error);
    }
  }

  async saveArticleOrThrow(
    article: IncomingArticle,
    extraction: Extraction,
    options?: SaveOptions,
  ): Promise<SaveReport> {
    return valueOrThrow(await this.saveArticle(article, extraction, options));
  }

  findArticleByHash(contentHash: string): Promise<ArticleSummary | undefined> {
    return this.read('finding an article', async () => {
      const row = await queryOne<ArticleRow>(
        this.pool,
        `SELECT ${SUMMARY_COLS} FROM articles WHERE content_hash = $1`,
        [contentHash],
      );
      return row && summaryFromRow(row);
    });
  }

  getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.read(`reading article ${id}`, async () => {
      const row = await queryOne<
        ArticleRow & {
          byline: string | null;
          origin: string | null;
          text: string;
          content_hash: string;
          ingested_at: Date;
        }
      >(
        this.pool,
        `SELECT ${SUMMARY_COLS}, byline, origin, text, content_hash, ingested_at FROM articles WHERE id = $1`,
        [id],
      );
      if (!row) return undefined;
      const eventIds = await query<{ event_id: string }>(
        this.pool,
        'SELECT event_id FROM event_sources WHERE article_id = $1 GROUP BY event_id ORDER BY MIN(ord)',
        [id],
      );
      const [entities, events, quotes, relations] = await Promise.all([
        readEntities(this.pool, id),
        this.eventsByIds(eventIds.map((r) => r.event_id)),
        readQuotes(this.pool, id),
        readRelations(this.pool, id),
      ]);
      return {
        ...summaryFromRow(row),
        byline: row.byline,
        origin: row.origin,
        text: row.text,
        content_hash: row.content_hash,
        ingested_at: isoTime(row.ingested_at),
        entities,
        events,
        quotes,
        relations,
      };
    });
  }

  listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    return this.read('listing articles', async () => {
      const params = postgresParams();
      const sql = `SELECT ${SUMMARY_COLS} FROM articles ${articleWhere(filter, params)}
        ORDER BY seq ${pageSql(filter, params)}`;
      return (await query<ArticleRow>(this.pool, sql, params.values)).map(summaryFromRow);
    });
  }

  searchArticles(q: string, limit = 20): Promise<ArticleHit[]> {
    const words = queryWords(q);
    if (words.length === 0) return Promise.resolve([]);
    return this.read('searching articles', async () => {
      // the excerpt is cut only for the page of hits, not for every match
      const rows = await query<ArticleRow & { snippet: string }>(
        this.pool,
        `SELECT ${SUMMARY_COLS}, ts_headline('${TS_CONFIG}', text, tsq,
             'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
         FROM (SELECT a.*, tsq, ts_rank(a.search, tsq) AS rank
               FROM articles a, plainto_tsquery('${TS_CONFIG}', $1) tsq
               WHERE a.search @@ tsq ORDER BY rank DESC, a.seq LIMIT $2) hits
         ORDER BY rank DESC, seq`,
        [words.join(' '), pageOf({ limit }).limit],
      );
      return rows.map((r) => ({ ...summaryFromRow(r), snippet: r.snippet }));
    });
  }

  listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return this.read('listing events', async () => {
      const params = postgresParams();
      const where = eventWhere(filter, postgresDialect, params);
      const rows = await query<EventRow>(
        this.pool,
        `SELECT e.* FROM events e ${where} ORDER BY e.date_start DESC, e.id ${pageSql(filter, params)}`,
        params.values,
      );
      return this.withSources(rows);
    });
  }

  countEvents(filter: EventFilter = {}): Promise<number> {
    return this.read('counting events', async () => {
      const params = postgresParams();
      const where = eventWhere(filter, postgresDialect, params);
      const row = await queryOne<{ n: number }>(
        this.pool,
        `SELECT COUNT(*) AS n FROM events e ${where}`,
        params.values,
      );
      return row?.n ?? 0;
    });
  }

  getEvent(id: string): Promise<StoredEvent | undefined> {
    return this.read(`reading event ${id}`, async () => (await this.eventsByIds([id]))[0]);
  }

  private async eventsByIds(ids: string[]): Promise<StoredEvent[]> {
    if (ids.length === 0) return [];
    const rows = await query<EventRow>(this.pool, 'SELECT * FROM events WHERE id = ANY($1::text[])', [ids]);
    return this.withSources(inIdOrder(ids, rows));
  }

  private async withSources(rows: EventRow[]): Promise<StoredEvent[]> {
    if (rows.length === 0) return [];
    const all = await query<SourceRow>(this.pool, SOURCES_SQL, [rows.map((r) => r.id)]);
    const sources = groupBy(all, (s) => s.event_id);
    return rows.map((r) => eventFromRow(r, sources.get(r.id) ?? []));
  }

  listMerges(eventId?: string): Promise<MergeRecord[]> {
    return this.read('listing merges', async () => {
      const rows = await query<MergeRow>(
        this.pool,
        `SELECT id, event_id, article_id, created_at, undone_at FROM merges
         ${eventId ? 'WHERE event_id = $1' : ''} ORDER BY ord`,
        eventId ? [eventId] : [],
      );
      return rows.map(mergeFromRow);
    });
  }

  async undoMerge(mergeId: string): Promise<Result<{ eventId: string }>> {
    try {
      return await inTransaction(this.pool, async (client) => {
        await client.query(WRITE_LOCK_SQL);
        return undoMergeTx(client, mergeId);
      });
    } catch (e) {
      return { ok: false, error: storeError(`undoing merge ${mergeId}`, e) };
    }
  }

  logIngest(entry: IngestLogEntry): Promise<void> {
    return this.logIngestMany([entry]);
  }

  logIngestMany(entries: readonly IngestLogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return this.read('writing the ingest log', async () => {
      await query(
        this.pool,
        `INSERT INTO ingest_log (at, origin, status, article_id, message)
         SELECT now(), origin, status, article_id, message
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY
           AS l(origin, status, article_id, message, ord) ORDER BY ord`,
        [
          entries.map((e) => e.origin),
          entries.map((e) => e.status),
          entries.map((e) => e.articleId ?? null),
          entries.map((e) => e.message ?? null),
        ],
      );
    });
  }

  stats(): Promise<StoreStats> {
    return this.read('reading store statistics', async () => {
      const row = await queryOne<Omit<StoreStats, 'schemaVersion'>>(
        this.pool,
        `SELECT (SELECT COUNT(*) FROM articles) AS articles,
                (SELECT COUNT(DISTINCT cluster_id) FROM articles) AS clusters,
                (SELECT COUNT(*) FROM events) AS events,
                (SELECT COUNT(*) FROM entities) AS entities,
                (SELECT COUNT(*) FROM merges WHERE undone_at IS NULL) AS merges`,
      );
      return {
        articles: 0,
        clusters: 0,
        events: 0,
        entities: 0,
        merges: 0,
        ...row,
        schemaVersion: await schemaVersion(this.pool),
      };
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
