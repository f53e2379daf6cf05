// Undo a recorded merge on PostgreSQL (as src/store/sqlite/undo-merge.ts): the merged source
// becomes an event of its own again, with the id it would have had, and both events are
// recomputed from their remaining sources' snapshots.
import type { PoolClient } from 'pg';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { shortId } from '../content-hash.ts';
import { combineSnapshots, type EventSnapshot } from '../event-snapshot.ts';
import { eventColumns } from '../rows.ts';
import { query, queryOne } from './connection.ts';
import { postgresParams } from './event-query.ts';
import { eventAssignments } from './save-article.ts';

export async function undoMergeTx(db: PoolClient, mergeId: string): Promise<Result<{ eventId: string }>> {
  // FOR UPDATE: a second undo of the same merge waits and then sees it undone
  const m = await queryOne<{
    event_id: string;
    article_id: string;
    local_event_id: string;
    undone_at: Date | null;
  }>(db, 'SELECT * FROM merges WHERE id = $1 FOR UPDATE', [mergeId]);
  if (!m) return fail('not_found', `no merge ${mergeId}`);
  if (m.undone_at) return fail('invalid_input', `merge ${mergeId} was already undone`);
  const src = await queryOne<{ snapshot: string }>(
    db,
    'SELECT snapshot FROM event_sources WHERE article_id = $1 AND local_event_id = $2',
    [m.article_id, m.local_event_id],
  );
  if (!src) return fail('not_found', `the source of merge ${mergeId} is gone`);
  const s = JSON.parse(src.snapshot) as EventSnapshot;
  const newId = shortId('e', m.article_id, m.local_event_id);
  const now = new Date().toISOString();
  await query(
    db,
    `INSERT INTO events (id, type, subtype, date_start, date_end, date_precision, certainty, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [newId, s.type, s.subtype, s.date.start, s.date.end, s.date.precision, s.certainty, now],
  );
  await query(
    db,
    `UPDATE event_sources SET event_id = $1, merge_id = NULL, seq = 1
     WHERE article_id = $2 AND local_event_id = $3`,
    [newId, m.article_id, m.local_event_id],
  );
  await query(db, 'UPDATE merges SET undone_at = $1 WHERE id = $2', [now, mergeId]);
  await recomputeEvent(db, m.event_id);
  await recomputeEvent(db, newId);
  return ok({ eventId: newId });
}

/** A stored event is a function of its sources' snapshots: recompute its fields and counts. */
export async function recomputeEvent(db: PoolClient, eventId: string): Promise<void> {
  const rows = await query<{ snapshot: string }>(
    db,
    'SELECT snapshot FROM event_sources WHERE event_id = $1 ORDER BY seq',
    [eventId],
  );
  if (rows.length === 0) {
    await query(db, 'DELETE FROM events WHERE id = $1', [eventId]);
    return;
  }
  const cols = eventColumns(combineSnapshots(rows.map((r) => JSON.parse(r.snapshot) as EventSnapshot)));
  const params = postgresParams();
  const set = eventAssignments(cols, params);
  await query(
    db,
    `UPDATE events SET ${set},
       (source_count, independent_source_count) = (
         SELECT COUNT(DISTINCT es.article_id), COUNT(DISTINCT a.cluster_id)
         FROM event_sources es JOIN articles a ON a.id = es.article_id WHERE es.event_id = ${params.add(eventId)})
     WHERE id = ${params.add(eventId)}`,
    params.values,
  );
}
