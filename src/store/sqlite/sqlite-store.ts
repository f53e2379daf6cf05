// The SQLite adapter of the Store port (better-sqlite3). WAL + busy timeout so a server can
// read while ingestion writes; every article is written in one IMMEDIATE transaction. The
// driver is synchronous: each method does its whole work (a transaction included) before its
// promise settles, so no other call interleaves with it.
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import type { Extraction } from '../../domain/contract.ts';
import { fail, ok, type Result, valueOrThrow } from '../../domain/errors.ts';
import { articleWhere, eventWhere, pageOf, pageSql, queryWords } from '../event-filter.ts';
import {
  type EntityRow,
  entitiesFromRows,
  groupBy,
  type MentionRow,
  type QuoteRow,
  quoteFromRow,
  type RelationRow,
  relationFromRow,
} from '../fact-rows.ts';
import {
  type ArticleRow,
  type EventRow,
  eventFromRow,
  inIdOrder,
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
  StoredEntity,
  StoredEvent,
  StoreStats,
} from '../store.ts';
import { bound, ftsQuery, sqliteDialect, sqliteParams } from './event-query.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { recomputeEvent } from './recompute-event.ts';
import { saveArticleTx } from './save-article.ts';
import { stmt } from './statement-cache.ts';
import { undoMergeTx } from './undo-merge.ts';

export interface SqliteStoreOptions {
  /** milliseconds a writer or reader waits for a lock held by another process */
  busyTimeoutMs?: number;
}

// loaded on first open: commands that never touch the database (extract) do not pay for it
const require = createRequire(import.meta.url);

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const DatabaseClass = require('better-sqlite3') as typeof Database;
  const db = new DatabaseClass(path, { timeout: options.busyTimeoutMs ?? 10_000 });
  db.pragma('journal_mode = WAL');
  // NORMAL is crash-safe under WAL (a power cut may lose the last commits, never corrupt)
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

const SOURCES_SQL = `SELECT es.event_id, es.article_id, es.evidence, a.url, a.outlet, a.published, a.cluster_id
  FROM event_sources es JOIN articles a ON a.id = es.article_id
  WHERE es.event_id IN (SELECT value FROM json_each(?)) ORDER BY es.event_id, es.seq`;

const SUMMARY_COLS = 'id, url, title, outlet, published, cluster_id, original_source';

export class SqliteStore implements IngestStore {
  constructor(readonly db: Database.Database) {}

  async saveArticle(
    article: IncomingArticle,
    extraction: Extraction,
    options?: SaveOptions,
  ): Promise<Result<SaveReport>> {
    try {
      return ok(this.db.transaction(() => saveArticleTx(this.db, article, extraction, options)).immediate());
    } catch (e) {
      return fail('store_failed', `saving the article failed: ${(e as Error).message}`);
    }
  }

  async saveArticles(items: readonly ArticleToSave[], options?: SaveOptions): Promise<Result<SaveReport>[]> {
    const saveOne = this.db.transaction((item: ArticleToSave) =>
      saveArticleTx(this.db, item.article, item.extraction, options),
    );
    try {
      return this.db
        .transaction(() =>
          items.map((item): Result<SaveReport> => {
            try {
              return ok(saveOne(item)); // nested: a savepoint inside the batch
            } catch (e) {
              return fail('store_failed', `saving the article failed: ${(e as Error).message}`);
            }
          }),
        )
        .immediate();
    } catch (e) {
      const error = fail('store_failed', `saving the batch failed: ${(e as Error).message}`);
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

  async findArticleByHash(contentHash: string): Promise<ArticleSummary | undefined> {
    const row = stmt(this.db, `SELECT ${SUMMARY_COLS} FROM articles WHERE content_hash = ?`).get(contentHash);
    return row ? summaryFromRow(row as ArticleRow) : undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const row = stmt(this.db, 'SELECT * FROM articles WHERE id = ?').get(id) as
      | (ArticleRow & {
          byline: string | null;
          origin: string | null;
          text: string;
          content_hash: string;
          ingested_at: string;
        })
      | undefined;
    if (!row) return undefined;
    const eventIds = (
      stmt(this.db, 'SELECT DISTINCT event_id FROM event_sources WHERE article_id = ? ORDER BY rowid').all(
        id,
      ) as { event_id: string }[]
    ).map((r) => r.event_id);
    return {
      ...summaryFromRow(row),
      byline: row.byline,
      origin: row.origin,
      text: row.text,
      content_hash: row.content_hash,
      ingested_at: row.ingested_at,
      entities: this.entitiesOf(id),
      events: this.eventsByIds(eventIds),
      quotes: (
        stmt(this.db, 'SELECT * FROM quotes WHERE article_id = ? ORDER BY idx').all(id) as QuoteRow[]
      ).map(quoteFromRow),
      relations: (
        stmt(this.db, 'SELECT * FROM relations WHERE article_id = ? ORDER BY idx').all(id) as RelationRow[]
      ).map(relationFromRow),
    };
  }

  private entitiesOf(articleId: string): StoredEntity[] {
    const mentions = stmt(
      this.db,
      'SELECT entity_id, start, end, text, coref FROM mentions WHERE article_id = ? ORDER BY start',
    ).all(articleId) as MentionRow[];
    const entities = stmt(this.db, 'SELECT * FROM entities WHERE article_id = ?').all(
      articleId,
    ) as EntityRow[];
    return entitiesFromRows(entities, mentions);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const params = sqliteParams();
    const sql = `SELECT ${SUMMARY_COLS} FROM articles ${articleWhere(filter, params)}
      ORDER BY rowid ${pageSql(filter, params)}`;
    return (stmt(this.db, sql).all(bound(params)) as ArticleRow[]).map(summaryFromRow);
  }

  async searchArticles(q: string, limit = 20): Promise<ArticleHit[]> {
    const words = queryWords(q);
    if (words.length === 0) return [];
    const rows = stmt(
      this.db,
      `SELECT a.id, a.url, a.title, a.outlet, a.published, a.cluster_id, a.original_source,
           snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    ).all(ftsQuery(words), pageOf({ limit }).limit) as (ArticleRow & { snippet: string })[];
    return rows.map((r) => ({ ...summaryFromRow(r), snippet: r.snippet }));
  }

  async listEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const params = sqliteParams();
    const where = eventWhere(filter, sqliteDialect, params);
    const rows = stmt(
      this.db,
      `SELECT e.* FROM events e ${where} ORDER BY e.date_start DESC, e.id ${pageSql(filter, params)}`,
    ).all(bound(params)) as EventRow[];
    return this.withSources(rows);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const params = sqliteParams();
    const where = eventWhere(filter, sqliteDialect, params);
    return (stmt(this.db, `SELECT COUNT(*) AS n FROM events e ${where}`).get(bound(params)) as { n: number })
      .n;
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    return this.eventsByIds([id])[0];
  }

  private eventsByIds(ids: string[]): StoredEvent[] {
    if (ids.length === 0) return [];
    const rows = stmt(this.db, 'SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(ids),
    ) as EventRow[];
    return this.withSources(inIdOrder(ids, rows));
  }

  private withSources(rows: EventRow[]): StoredEvent[] {
    if (rows.length === 0) return [];
    const all = stmt(this.db, SOURCES_SQL).all(JSON.stringify(rows.map((r) => r.id))) as SourceRow[];
    const sources = groupBy(all, (s) => s.event_id);
    return rows.map((r) => eventFromRow(r, sources.get(r.id) ?? []));
  }

  async listMerges(eventId?: string): Promise<MergeRecord[]> {
    const rows = stmt(
      this.db,
      `SELECT id, event_id, article_id, created_at, undone_at FROM merges
         ${eventId ? 'WHERE event_id = ?' : ''} ORDER BY rowid`,
    ).all(...(eventId ? [eventId] : [])) as MergeRow[];
    return rows.map(mergeFromRow);
  }

  async undoMerge(mergeId: string): Promise<Result<{ eventId: string }>> {
    try {
      return this.db.transaction(() => undoMergeTx(this.db, mergeId, recomputeEvent)).immediate();
    } catch (e) {
      return fail('store_failed', `undoing merge ${mergeId} failed: ${(e as Error).message}`);
    }
  }

  async logIngest(entry: IngestLogEntry): Promise<void> {
    this.logOne(entry);
  }

  private logOne(entry: IngestLogEntry): void {
    stmt(this.db, 'INSERT INTO ingest_log (at, origin, status, article_id, message) VALUES (?,?,?,?,?)').run(
      new Date().toISOString(),
      entry.origin,
      entry.status,
      entry.articleId ?? null,
      entry.message ?? null,
    );
  }

  async logIngestMany(entries: readonly IngestLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    this.db.transaction(() => {
      for (const e of entries) this.logOne(e);
    })();
  }

  async stats(): Promise<StoreStats> {
    const n = (table: string): number =>
      (stmt(this.db, `SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      articles: n('articles'),
      clusters: (stmt(this.db, 'SELECT COUNT(DISTINCT cluster_id) AS n FROM articles').get() as { n: number })
        .n,
      events: n('events'),
      entities: n('entities'),
      merges: (
        stmt(this.db, 'SELECT COUNT(*) AS n FROM merges WHERE undone_at IS NULL').get() as { n: number }
      ).n,
      schemaVersion: schemaVersion(this.db),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
