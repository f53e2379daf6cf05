// Undo a recorded merge: the merged source becomes an event of its own again (with the id it
// would have had), and both events are recomputed from their remaining sources.
import type Database from 'better-sqlite3';
import { fail, ok, type Result } from '../../domain/errors.ts';
import { shortId } from '../content-hash.ts';
import type { EventSnapshot } from '../event-snapshot.ts';
import { stmt } from './statement-cache.ts';

export function undoMergeTx(
  db: Database.Database,
  mergeId: string,
  recompute: (db: Database.Database, eventId: string) => void,
): Result<{ eventId: string }> {
  const m = stmt(db, 'SELECT * FROM merges WHERE id = ?').get(mergeId) as
    | { event_id: string; article_id: string; local_event_id: string; undone_at: string | null }
    | undefined;
  if (!m) return fail('not_found', `no merge ${mergeId}`);
  if (m.undone_at) return fail('invalid_input', `merge ${mergeId} was already undone`);
  const src = stmt(db, 'SELECT snapshot FROM event_sources WHERE article_id = ? AND local_event_id = ?').get(
    m.article_id,
    m.local_event_id,
  ) as { snapshot: string } | undefined;
  if (!src) return fail('not_found', `the source of merge ${mergeId} is gone`);
  const s = JSON.parse(src.snapshot) as EventSnapshot;
  const newId = shortId('e', m.article_id, m.local_event_id);
  const now = new Date().toISOString();
  stmt(
    db,
    `INSERT INTO events (id, type, subtype, date_start, date_end, date_precision, certainty, created_at)
     VALUES (?,?,?,?,?,?,?,?)`,
  ).run(newId, s.type, s.subtype, s.date.start, s.date.end, s.date.precision, s.certainty, now);
  stmt(
    db,
    'UPDATE event_sources SET event_id = ?, merge_id = NULL, seq = 1 WHERE article_id = ? AND local_event_id = ?',
  ).run(newId, m.article_id, m.local_event_id);
  stmt(db, 'UPDATE merges SET undone_at = ? WHERE id = ?').run(now, mergeId);
  recompute(db, m.event_id);
  recompute(db, newId);
  return ok({ eventId: newId });
}
