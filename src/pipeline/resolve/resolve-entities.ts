// Entity resolution within the article and linking to the knowledge base. Mentions from the
// recogniser are clustered into entities (names, acronyms, surnames, spelling variants),
// linked to actors, given description and pronoun mentions, and read for relations.
import type { Relation } from '../../domain/contract.ts';
import type { Knowledge } from '../../knowledge/types.ts';
import type { Doc, EntityDraft, Mention, Stage } from '../document.ts';
import { addName, type Cluster, describeName, newCluster } from './cluster.ts';
import { clusterNames, trimDescriptiveWord } from './cluster-names.ts';
import { findCountryByWord } from './country-words.ts';
import { defineAcronyms, tokenIndexAtOrAfter } from './define-acronyms.ts';
import { extractRelations, type PendingRelation, type RelationScene } from './extract-relations.ts';
import { findCountryFocus } from './find-country-focus.ts';
import { attachCoreference } from './find-descriptions.ts';
import { addRepeatedNames } from './find-repeats.ts';
import { isTitleOnly, trimPossessive } from './name-forms.ts';
import { toDrafts } from './to-drafts.ts';

/** A hinted place must come back as a place: it wins any other mention of its span. */
function pinRank(m: Mention): number {
  return m.pinned ? (m.kind === 'location' ? 2 : 1) : 0;
}

/** Valid mentions with exact text, possessives trimmed, one per span (a pinned hint wins). */
export function prepareMentions(doc: Doc): Mention[] {
  // spans keyed as one number (start, end < text length + 1)
  const width = doc.text.length + 1;
  const bySpan = new Map<number, Mention>();
  for (const m of doc.mentions) {
    if (m.start < 0 || m.end > doc.text.length || m.end <= m.start) continue;
    const raw = doc.text.slice(m.start, m.end);
    const exact = raw === m.text;
    // the mention's own string is usually the same text, and already hashed for the memo
    const end = m.pinned ? m.end : m.start + trimPossessive(exact ? m.text : raw);
    const fixed: Mention = end === m.end && exact ? m : { ...m, end, text: doc.text.slice(m.start, end) };
    const key = m.start * width + end;
    const prev = bySpan.get(key);
    if (!prev || pinRank(fixed) > pinRank(prev)) bySpan.set(key, fixed);
  }
  const out = [...bySpan.values()];
  // the recogniser's mentions mostly come in order: the (stable) sort then has nothing to do
  for (let i = 1; i < out.length; i++) if (byPosition(out[i - 1]!, out[i]!) > 0) return out.sort(byPosition);
  return out;
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/** One location entity per distinct folded place name. */
function clusterPlaces(places: readonly Mention[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const m of places) {
    const info = describeName(m);
    const key = info.key || m.text.toLowerCase();
    const c = byKey.get(key);
    if (c) addName(c, info);
    else byKey.set(key, newCluster(info));
  }
  return [...byKey.values()];
}

/**
 * A span that is only a title ("Prime", "Mr.") is kept as a mention of the person named right
 * after it, never as a name or an entity of its own; with no such person it is dropped.
 */
function attachTitles(doc: Doc, titles: readonly Mention[], clusters: readonly Cluster[]): void {
  if (!titles.length) return;
  const byStart = new Map<number, Cluster>();
  for (const c of clusters) for (const n of c.names) byStart.set(n.mention.start, c);
  for (const t of titles) {
    let k = tokenIndexAtOrAfter(doc.tokens, t.end);
    for (const stop = k + 3; k < stop && k < doc.tokens.length; k++) {
      const owner = byStart.get(doc.tokens[k]!.start);
      if (owner) {
        owner.corefs.push(t);
        break;
      }
    }
  }
}

function makeCountryEntity(clusters: Cluster[], knowledge: Knowledge) {
  return (word: string, at: Mention): Cluster | undefined => {
    const country = findCountryByWord(word);
    if (!country) return undefined;
    const government = knowledge.actors
      .findCandidates(`Government of ${country.name}`, 3)
      .find((c) => c.how === 'exact' && c.item.kind === 'organization');
    const existing = clusters.find((c) =>
      government
        ? c.link?.actor.id === government.item.id
        : c.kind === 'location' && c.keys.has(country.name.toLowerCase()),
    );
    if (existing) return existing;
    const kind = government ? 'organization' : 'location';
    const c = newCluster(describeName({ ...at, kind }));
    c.names = [];
    c.corefs.push({ ...at, kind });
    c.synthetic = { name: government?.item.name ?? country.name, country: country.code };
    if (government) c.link = { actor: government.item, score: government.score };
    clusters.push(c);
    return c;
  };
}

function toRelations(pending: readonly PendingRelation[], ids: Map<Cluster, string>, doc: Doc): Relation[] {
  const out: Relation[] = [];
  for (const r of pending) {
    const subject = ids.get(r.subject);
    const object = typeof r.object === 'string' ? r.object : ids.get(r.object);
    const s = doc.sentences[r.sentence];
    if (!subject || !object || !s) continue;
    out.push({
      type: r.type,
      subject,
      object,
      evidence: [{ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }],
    });
  }
  return out;
}

export function resolveDoc(
  doc: Doc,
  knowledge: Knowledge,
): { entities: EntityDraft[]; relations: Relation[] } {
  const mentions = prepareMentions(doc);
  let places = mentions.filter((m) => m.kind === 'location');
  const titles = mentions.filter((m) => m.kind === 'person' && isTitleOnly(m.text));
  const isTitle = new Set(titles);
  const names = mentions
    .filter((m) => m.kind !== 'location' && !isTitle.has(m))
    .map((m) => trimDescriptiveWord(describeName(m), knowledge.actors));
  const infos = [...names, ...defineAcronyms(doc, names)].sort((a, b) => a.mention.start - b.mention.start);
  const focus = findCountryFocus(doc, knowledge.gazetteer, places);
  const linkCtx = { country: focus?.code, date: doc.published ?? undefined };
  const named = clusterNames(infos, knowledge.actors, linkCtx);
  const replaced = addRepeatedNames(doc, named, [...places, ...infos.map((i) => i.mention)]);
  if (replaced.size) places = places.filter((m) => !replaced.has(m));
  attachTitles(doc, titles, named);
  const clusters = [...named, ...clusterPlaces(places)];
  attachCoreference(doc, clusters, focus ? [focus.capital, ...(focus.capitalAlt ?? [])].filter(Boolean) : []);
  const owners = new Map<number, Cluster>();
  const enders = new Map<number, Cluster>();
  for (const c of clusters) {
    if (c.kind === 'location') continue;
    for (const n of c.names) {
      owners.set(n.mention.start, c);
      enders.set(n.mention.end, c);
    }
  }
  const scene: RelationScene = {
    doc,
    clusters,
    owners,
    enders,
    countryEntity: makeCountryEntity(clusters, knowledge),
  };
  const pending = extractRelations(scene);
  const { entities, ids } = toDrafts(clusters, doc.text);
  return { entities, relations: toRelations(pending, ids, doc) };
}

export const resolveEntities: Stage = {
  name: 'resolve',
  reads: ['mentions', 'tokens', 'sentences', 'published'],
  writes: ['entities', 'relations'],
  run(doc, ctx) {
    return { ...doc, ...resolveDoc(doc, ctx.knowledge) };
  },
};
