// Turns the finished document into one output line of the extraction contract.
import type { Entity, Extraction, Span } from '../../domain/contract.ts';
import type { Doc, EntityDraft, Mention } from '../document.ts';

function toSpan(m: Mention, text: string): Span {
  const span: Span = { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
  if (m.coref) span.coref = true;
  return span;
}

function toEntity(e: EntityDraft, text: string): Entity {
  const mentions = [...e.mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => toSpan(m, text));
  const out: Entity = { id: e.id, kind: e.kind, name: e.name, mentions };
  if (e.subtype) out.subtype = e.subtype;
  if (e.ref !== undefined) out.ref = e.ref;
  const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
  if (aliases.length) out.aliases = aliases;
  if (e.geo) out.geo = e.geo;
  if (e.confidence !== undefined) out.confidence = e.confidence;
  return out;
}

export function assembleExtraction(doc: Doc): Extraction {
  return {
    id: doc.article.id,
    entities: doc.entities.map((e) => toEntity(e, doc.text)),
    events: doc.events,
    quotes: doc.quotes,
    relations: doc.relations,
  };
}
