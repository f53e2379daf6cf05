// A stored event is a function of its sources' snapshots: recompute its fields and counts
// after any source is added or split off.
import type Database from 'better-sqlite3';
import { combineSnapshots, type EventSnapshot } from '../event-snapshot.ts';
import { eventColumns } from '../rows.ts';
import { stmt } from './statement-cache.ts';

export function recomputeEvent(db: Database.Database, eventId: string): void {
  const rows = stmt(db, 'SELECT snapshot FROM event_sources WHERE event_id = ? ORDER BY seq').all(
    eventId,
  ) as { snapshot: string }[];
  if (rows.length === 0) {
    stmt(db, 'DELETE FROM events WHERE id = ?').run(eventId);
    return;
  }
  const cols = eventColumns(combineSnapshots(rows.map((r) => JSON.parse(r.snapshot) as EventSnapshot)));
  const counts = stmt(
    db,
    `SELECT COUNT(DISTINCT es.article_id) AS n, COUNT(DISTINCT a.cluster_id) AS k
       FROM event_sources es JOIN articles a ON a.id = es.article_id WHERE es.event_id = ?`,
  ).get(eventId) as { n: number; k: number };
  const names = Object.keys(cols);
  stmt(
    db,
    `UPDATE events SET ${names.map((n) => `${n} = @${n}`).join(', ')},
     source_count = @source_count, independent_source_count = @independent_source_count WHERE id = @id`,
  ).run({ ...cols, source_count: counts.n, independent_source_count: counts.k, id: eventId });
}
