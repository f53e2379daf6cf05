// An article's extracted facts (entities, mentions, knowledge links, quotes, relations) in one
// statement: each table gets its rows from arrays (`unnest`), so one round trip stores them all.
import type { PoolClient } from 'pg';
import type { Entity, Extraction } from '../../domain/contract.ts';
import { query } from './connection.ts';
import { postgresParams } from './event-query.ts';

const column = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

/** Knowledge ids seen: the first kind stays, the name is the latest (as successive upserts). */
function knowledgeLinks(entities: readonly Entity[]): { ref: string; kind: string; name: string }[] {
  const links = new Map<string, { ref: string; kind: string; name: string }>();
  for (const e of entities) {
    if (!e.ref) continue;
    links.set(e.ref, { ref: e.ref, kind: links.get(e.ref)?.kind ?? e.kind, name: e.name });
  }
  return [...links.values()];
}

export async function insertFacts(
  db: PoolClient,
  articleId: string,
  x: Extraction,
  now: string,
): Promise<void> {
  // an id given twice keeps its last entity (SQLite's INSERT OR REPLACE); every mention stays
  const entities = [...new Map(x.entities.map((e) => [e.id, e])).values()];
  const mentions = x.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, ...m })));
  const links = knowledgeLinks(x.entities);
  const p = postgresParams();
  const article = p.add(articleId);
  const sql = `WITH
  entities_in AS (
    INSERT INTO entities (article_id, local_id, kind, subtype, name, ref, lat, lon, country, admin1,
      geo_precision, confidence)
    SELECT ${article}, * FROM unnest(${p.add(column(entities, (e) => e.id))}::text[],
      ${p.add(column(entities, (e) => e.kind))}::text[], ${p.add(column(entities, (e) => e.subtype ?? null))}::text[],
      ${p.add(column(entities, (e) => e.name))}::text[], ${p.add(column(entities, (e) => e.ref ?? null))}::text[],
      ${p.add(column(entities, (e) => e.geo?.lat ?? null))}::float8[],
      ${p.add(column(entities, (e) => e.geo?.lon ?? null))}::float8[],
      ${p.add(column(entities, (e) => e.geo?.country ?? null))}::text[],
      ${p.add(column(entities, (e) => e.geo?.admin1 ?? null))}::text[],
      ${p.add(column(entities, (e) => e.geo?.precision ?? null))}::text[],
      ${p.add(column(entities, (e) => e.confidence ?? null))}::float8[])),
  mentions_in AS (
    INSERT INTO mentions (article_id, entity_id, start, "end", text, coref)
    SELECT ${article}, * FROM unnest(${p.add(column(mentions, (m) => m.entity))}::text[],
      ${p.add(column(mentions, (m) => m.start))}::int[], ${p.add(column(mentions, (m) => m.end))}::int[],
      ${p.add(column(mentions, (m) => m.text))}::text[], ${p.add(column(mentions, (m) => m.coref === true))}::bool[])),
  quotes_in AS (
    INSERT INTO quotes (article_id, idx, speaker, start, "end", text, verb)
    SELECT ${article}, ord - 1, speaker, s, e, t, verb
    FROM unnest(${p.add(column(x.quotes, (q) => q.speaker))}::text[], ${p.add(column(x.quotes, (q) => q.text.start))}::int[],
      ${p.add(column(x.quotes, (q) => q.text.end))}::int[], ${p.add(column(x.quotes, (q) => q.text.text))}::text[],
      ${p.add(column(x.quotes, (q) => q.verb ?? null))}::text[]) WITH ORDINALITY AS q(speaker, s, e, t, verb, ord)),
  relations_in AS (
    INSERT INTO relations (article_id, idx, type, subject, object, evidence)
    SELECT ${article}, ord - 1, type, subject, object, evidence
    FROM unnest(${p.add(column(x.relations, (r) => r.type))}::text[], ${p.add(column(x.relations, (r) => r.subject))}::text[],
      ${p.add(column(x.relations, (r) => r.object))}::text[],
      ${p.add(column(x.relations, (r) => JSON.stringify(r.evidence)))}::json[])
      WITH ORDINALITY AS r(type, subject, object, evidence, ord))
INSERT INTO knowledge_links (ref, kind, name, first_seen)
SELECT ref, kind, name, ${p.add(now)}::timestamptz
FROM unnest(${p.add(column(links, (l) => l.ref))}::text[], ${p.add(column(links, (l) => l.kind))}::text[],
  ${p.add(column(links, (l) => l.name))}::text[]) AS k(ref, kind, name)
ON CONFLICT (ref) DO UPDATE SET name = excluded.name`;
  await query(db, sql, p.values);
}
