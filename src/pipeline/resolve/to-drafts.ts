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
    if (bySpan.has(key)) return;
    // mentions are never changed once made: one whose text is already exact is kept as it is
    // (copying a mention costs about half a microsecond)
    const exact = text.slice(m.start, m.end);
    bySpan.set(key, m.text === exact ? m : { ...m, text: exact });
  };
  for (const n of c.names) add(n.mention);
  for (const m of c.corefs) add(m);
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

/** The surface forms, then the KB's first aliases, once each, without the name itself. */
function aliasesOf(surfaces: Set<string>, kb: readonly string[] | undefined, name: string): string[] {
  if (kb) for (let i = 0; i < kb.length && i < KB_ALIASES; i++) surfaces.add(kb[i]!);
  const out: string[] = [];
  for (const a of surfaces) if (a !== name) out.push(a);
  return out;
}

function toDraft(c: Cluster, id: string, text: string): EntityDraft {
  const kind = c.kind;
  const distinct = new Set<string>();
  for (const n of c.names) {
    const s = canonicalSurface(n.surface);
    if (s) distinct.add(s);
  }
  const surfaces = [...distinct];
  const actor = c.link?.actor;
  const best = bestName(c.names);
  const name =
    actor?.name ?? c.synthetic?.name ?? (best ? canonicalSurface(best.surface) : (surfaces[0] ?? ''));
  const draft: EntityDraft = {
    id,
    kind,
    name,
    aliases: aliasesOf(distinct, actor?.aliases, name),
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
  const kept: { c: Cluster; at: number }[] = [];
  for (const c of clusters) {
    if (c.mergedInto || !(c.names.length > 0 || c.link || c.synthetic)) continue;
    const at = firstStart(c);
    if (Number.isFinite(at)) kept.push({ c, at });
  }
  kept.sort((a, b) => a.at - b.at);
  const ids = new Map<Cluster, string>();
  const entities = kept.map(({ c }, i) => {
    const id = `e${i + 1}`;
    ids.set(c, id);
    return toDraft(c, id, text);
  });
  return { entities, ids };
}
