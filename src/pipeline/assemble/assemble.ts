// Turns the finished document into one output line of the extraction contract.
import type { Entity, Extraction, Span } from '../../domain/contract.ts';
import type { Doc, EntityDraft, Mention } from '../document.ts';

function toSpan(m: Mention, text: string): Span {
  const span: Span = { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
  if (m.coref) span.coref = true;
  return span;
}

const byPosition = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end;

/** Mentions in text order; most come in order already, and a stable sort would keep them so. */
function inTextOrder(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i++)
    if (byPosition(mentions[i - 1]!, mentions[i]!) > 0) return [...mentions].sort(byPosition);
  return mentions;
}

/** Distinct aliases in first-seen order, without the name (a short list needs no Set). */
function distinctAliases(aliases: readonly string[], name: string): string[] {
  if (aliases.length > 8) return [...new Set(aliases)].filter((a) => a !== name);
  const out: string[] = [];
  for (const a of aliases) if (a !== name && !out.includes(a)) out.push(a);
  return out;
}

function toEntity(e: EntityDraft, text: string): Entity {
  const mentions = inTextOrder(e.mentions).map((m) => toSpan(m, text));
  const out: Entity = { id: e.id, kind: e.kind, name: e.name, mentions };
  if (e.subtype) out.subtype = e.subtype;
  if (e.ref !== undefined) out.ref = e.ref;
  const aliases = distinctAliases(e.aliases, e.name);
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
