// Reading an article's extracted facts back (entities with their mentions, quotes, relations).
import {
  type EntityRow,
  entitiesFromRows,
  type MentionRow,
  type QuoteRow,
  quoteFromRow,
  type RelationRow,
  relationFromRow,
} from '../fact-rows.ts';
import type { StoredEntity, StoredQuote, StoredRelation } from '../store.ts';
import { type Db, query } from './connection.ts';

export async function readEntities(db: Db, articleId: string): Promise<StoredEntity[]> {
  const [entities, mentions] = await Promise.all([
    query<EntityRow>(db, 'SELECT * FROM entities WHERE article_id = $1', [articleId]),
    query<MentionRow>(
      db,
      'SELECT entity_id, start, "end", text, coref FROM mentions WHERE article_id = $1 ORDER BY start',
      [articleId],
    ),
  ]);
  return entitiesFromRows(entities, mentions);
}

export async function readQuotes(db: Db, articleId: string): Promise<StoredQuote[]> {
  const rows = await query<QuoteRow>(
    db,
    'SELECT speaker, start, "end", text, verb FROM quotes WHERE article_id = $1 ORDER BY idx',
    [articleId],
  );
  return rows.map(quoteFromRow);
}

export async function readRelations(db: Db, articleId: string): Promise<StoredRelation[]> {
  const rows = await query<RelationRow>(
    db,
    'SELECT type, subject, object, evidence FROM relations WHERE article_id = $1 ORDER BY idx',
    [articleId],
  );
  return rows.map(relationFromRow);
}
