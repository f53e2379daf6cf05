// Clusters become entity drafts: the linked actor's canonical name, subtype and country, or
// the best name the article gives; every surface form as an alias; ids in order of first
// mention. A cluster with only descriptions or pronouns is dropped unless it is linked.
import type { EntityDraft, Mention } from '../document.ts';
import { type Cluster, firstStart, type NameInfo } from './cluster.ts';
import { canonicalSurface, nameQuality } from './name-forms.ts';

/** KB aliases shown beside the surface forms (the first few, which the KB lists best first). */
const KB_ALIASES = 6;

function bestName(names: readonly NameInfo[]): NameInfo | undefined {
  let best: NameInfo | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.surface)) continue;
    seen.add(n.surface);
    const score = nameQuality(n.surface) * 100 + n.surface.length;
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}

function uniqueMentions(c: Cluster, text: string): Mention[] {
  // spans keyed as one number (start, end < text length + 1)
  const width = text.length + 1;
  const bySpan = new Map<number, Mention>();
  const add = (m: Mention): void => {
    const key = m.start * width + m.end;
    if (!bySpan.has(key)) bySpan.set(key, { ...m, text: text.slice(m.start, m.end) });
  };
  for (const n of c.names) add(n.mention);
  for (const m of c.corefs) add(m);
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

function toDraft(c: Cluster, id: string, text: string): EntityDraft {
  const kind = c.kind;
  const surfaces = [...new Set(c.names.map((n) => canonicalSurface(n.surface)).filter(Boolean))];
  const actor = c.link?.actor;
  const best = bestName(c.names);
  const name =
    actor?.name ?? c.synthetic?.name ?? (best ? canonicalSurface(best.surface) : (surfaces[0] ?? ''));
  const draft: EntityDraft = {
    id,
    kind,
    name,
    aliases: [...new Set([...surfaces, ...(actor?.aliases.slice(0, KB_ALIASES) ?? [])])].filter(
      (a) => a !== name,
    ),
    mentions: uniqueMentions(c, text),
  };
  if (actor) {
    draft.ref = actor.id;
    draft.subtype = actor.subtype;
    if (actor.country) draft.country = actor.country;
    draft.confidence = Math.round(c.link!.score * 100) / 100;
  } else if (kind !== 'location') {
    draft.ref = null;
  }
  if (!actor && c.synthetic?.country) draft.country = c.synthetic.country;
  return draft;
}

/** Drafts in order of first mention, and the id given to each kept cluster. */
export function toDrafts(
  clusters: readonly Cluster[],
  text: string,
): { entities: EntityDraft[]; ids: Map<Cluster, string> } {
  const kept = clusters
    .filter((c) => !c.mergedInto && (c.names.length > 0 || c.link || c.synthetic))
    .map((c) => ({ c, at: firstStart(c) }))
    .filter((x) => Number.isFinite(x.at))
    .sort((a, b) => a.at - b.at);
  const ids = new Map<Cluster, string>();
  const entities = kept.map(({ c }, i) => {
    const id = `e${i + 1}`;
    ids.set(c, id);
    return toDraft(c, id, text);
  });
  return { entities, ids };
}
