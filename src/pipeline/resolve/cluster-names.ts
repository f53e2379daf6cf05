// Clustering the person and organisation names of one article. A name joins an earlier cluster
// when both are linked to the same actor, when it is an acronym the article defined, when it
// is the same name up to spelling (folding, transliteration skeleton, one typo, a dropped
// middle name), or when it is a bare surname of an earlier full name. Two clusters linked to
// different actors never merge by spelling.

import { editDistance } from '../../knowledge/match/edit-distance.ts';
import { skeletonKey } from '../../knowledge/match/skeleton-key.ts';
import type { ActorIndex } from '../../knowledge/types.ts';
import {
  addName,
  type Cluster,
  describeName,
  liveCluster,
  mergeCluster,
  type NameInfo,
  newCluster,
} from './cluster.ts';
import { findCountryByWord } from './country-words.ts';
import {
  chooseLink,
  findActorCandidates,
  type Link,
  type LinkContext,
  rankCandidates,
} from './link-actors.ts';
import { NameLookup } from './name-lookup.ts';

function refConflict(info: NameInfo, c: Cluster): boolean {
  return !!info.link && !!c.link && info.link.actor.id !== c.link.actor.id;
}

function kindsMeet(info: NameInfo, c: Cluster): boolean {
  return info.mention.kind === c.kind || (info.mention.kind !== 'location' && c.kind !== 'location');
}

function sameName(info: NameInfo, c: Cluster): boolean {
  if (!info.key) return false;
  if (c.keys.has(info.key) || c.compacts.has(info.compact)) return true;
  return info.words.length >= 2 && c.skeletons.has(info.skeleton);
}

/** One word differs by one edit ("Peach"/"Peace"), or a middle name is missing. */
function variantNames(a: readonly string[], b: readonly string[], person: boolean): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      // a short surname one letter off is often another family ("Saleh"/"Salem")
      const min = person && i === a.length - 1 ? 6 : 4;
      if (a[i]!.length < min || editDistance(a[i]!, b[i]!) > 1) return false;
      diff++;
    }
    return diff === 1;
  }
  if (!person) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

function isVariant(info: NameInfo, c: Cluster): boolean {
  if (info.mention.kind !== c.kind) return false;
  const person = c.kind === 'person';
  // distinct spellings only: a name repeated a hundred times is compared once
  for (const key of c.keys) if (variantNames(info.words, key.split(' '), person)) return true;
  return false;
}

function surnameMatches(word: string, c: Cluster): boolean {
  if (c.surnames.has(word)) return true;
  if (word.length < 5) return false;
  const sk = skeletonKey(word);
  for (const s of c.surnames) if (s.length >= 5 && skeletonKey(s) === sk) return true;
  return false;
}

/** A lone word that can be a surname: a person mention, or an "al-X" form tagged otherwise. */
function isBareSurname(info: NameInfo): boolean {
  if (info.words.length !== 1) return false;
  return info.mention.kind === 'person' || /^(al|el)-/i.test(info.surface);
}

/** One word, not a place: possibly a surname standing alone. */
function mayBeSurname(info: NameInfo): boolean {
  return info.words.length === 1 && info.mention.kind !== 'location';
}

function latestBefore(c: Cluster, pos: number): number {
  if (c.lastStart < pos) return c.lastStart;
  let at = -1;
  for (const n of c.names) if (n.mention.start < pos && n.mention.start > at) at = n.mention.start;
  return at;
}

/**
 * The person cluster with this surname named most recently before `info`; failing that, the
 * only person cluster with it. Never a guess between two later ones.
 */
export function findSurnameOwner(
  info: NameInfo,
  clusters: readonly Cluster[],
  latest: (c: Cluster, pos: number) => number = latestBefore,
): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  let only: Cluster | undefined;
  let owners = 0;
  for (const c of clusters) {
    if (c.mergedInto || c.kind !== 'person' || !surnameMatches(info.words[0]!, c)) continue;
    owners++;
    only = c;
    const at = latest(c, info.mention.start);
    if (at > bestAt) {
      best = c;
      bestAt = at;
    }
  }
  return best ?? (owners === 1 ? only : undefined);
}

function findTarget(info: NameInfo, lookup: NameLookup): Cluster | undefined {
  const live = lookup.candidates(info);
  if (info.link) {
    const linked = live.find((c) => c.link?.actor.id === info.link!.actor.id);
    if (linked) return linked;
  }
  if (info.definedBy?.cluster) return liveCluster(info.definedBy.cluster);
  // a lone word that is the surname of a person named before is that person, whatever the
  // recogniser called it
  const owner = mayBeSurname(info) ? findSurnameOwner(info, live) : undefined;
  if (owner) return owner;
  const same = live.find((c) => kindsMeet(info, c) && !refConflict(info, c) && sameName(info, c));
  if (same) return same;
  // a short form matching several full names ("Mohammed al-Hakim") takes the nearest before it
  let variant: Cluster | undefined;
  for (const c of live) {
    if (refConflict(info, c) || !isVariant(info, c)) continue;
    if (!variant || latestBefore(c, info.mention.start) > latestBefore(variant, info.mention.start))
      variant = c;
  }
  if (variant) return variant;
  return undefined;
}

/** Surname-only clusters left alone (the surname came first) join the one full name that has it. */
function joinEarlySurnames(clusters: readonly Cluster[], lookup: NameLookup): void {
  for (const c of clusters) {
    if (c.mergedInto || !c.names.every(mayBeSurname)) continue;
    const word = c.names[0]!.words[0]!;
    const owners = lookup
      .candidates(c.names[0]!)
      .filter((o) => o !== c && !o.mergedInto && o.kind === 'person' && surnameMatches(word, o));
    if (owners.length === 1 && !(c.link && owners[0]!.link && c.link.actor.id !== owners[0]!.link.actor.id)) {
      mergeCluster(c, owners[0]!);
    }
  }
}

/** Links a cluster from all of its names: full names first, a bare surname only if exact. */
function linkCluster(c: Cluster, actors: ActorIndex, ctx: LinkContext): void {
  if (c.link) return;
  const full = c.names.filter((n) => !isBareSurname(n));
  const names = full.length ? full : c.names;
  const cands = names.flatMap((n) => findActorCandidates(actors, n.surface, n.mention.ref));
  const usable = full.length ? cands : cands.filter((x) => x.how === 'exact');
  const title = names.find((n) => n.title)?.title;
  const link = chooseLink(
    rankCandidates(usable, title ? Object.assign({}, ctx, { title }) : ctx),
    full.length ? 0.8 : 0.9,
  );
  if (link) c.link = link;
}

/** A name links on its own only when it is more than a bare surname and the match is strong. */
function linkName(
  info: NameInfo,
  actors: ActorIndex,
  ctx: LinkContext,
  memo: Map<string, Link | undefined>,
): void {
  if (isBareSurname(info) || !info.surface) return;
  // the recogniser's dictionary names this span exactly: no second look-up needed
  const proposed = info.mention.ref && info.words.length > 1 ? actors.getActor(info.mention.ref) : undefined;
  if (proposed) {
    info.link = { actor: proposed, score: Math.min(1, info.mention.confidence ?? 0.95) };
    return;
  }
  // a name repeated in the article links the same way each time
  const key = `${info.surface}|${info.title}|${info.mention.ref ?? ''}`;
  if (!memo.has(key)) {
    const cands = findActorCandidates(actors, info.surface, info.mention.ref);
    memo.set(
      key,
      chooseLink(
        rankCandidates(cands, info.title ? Object.assign({}, ctx, { title: info.title }) : ctx),
        0.85,
      ),
    );
  }
  const link = memo.get(key);
  if (link) info.link = link;
}

const DESCRIPTIVE =
  /^(shia|shiite|shi'ite|shi’ite|sunni|kurdish|islamist|jihadist|pro-\S+|\S+-backed|\S+-linked|so-called)$/i;

/**
 * "Shia Sadrist Movement": a leading descriptive word the recogniser took into an organisation's
 * span is dropped when the rest is a known actor and the whole is not.
 */
export function trimDescriptiveWord(info: NameInfo, actors: ActorIndex): NameInfo {
  const m = info.mention;
  const first = /^\S+\s+/.exec(m.text);
  if (m.kind !== 'organization' || !first || m.pinned) return info;
  const word = first[0].trim();
  if (!DESCRIPTIVE.test(word) && !findCountryByWord(word)) return info;
  const rest = m.text.slice(first[0].length);
  const exact = (s: string) => actors.findCandidates(s, 3).some((c) => c.how === 'exact');
  if (!exact(rest) || exact(m.text)) return info;
  const start = m.start + first[0].length;
  return describeName({ ...m, start, text: rest, tokenStart: undefined });
}

/** The kind most of a cluster's names were recognised as (the first one on a tie). */
function majorityKind(c: Cluster): Cluster['kind'] {
  const counts = new Map<Cluster['kind'], number>();
  for (const n of c.names) counts.set(n.mention.kind, (counts.get(n.mention.kind) ?? 0) + 1);
  let best = c.kind;
  for (const [k, n] of counts) if (n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/** Clusters the names (in text order) and links each cluster to the knowledge base. */
export function clusterNames(infos: readonly NameInfo[], actors: ActorIndex, ctx: LinkContext): Cluster[] {
  const clusters: Cluster[] = [];
  const lookup = new NameLookup();
  const memo = new Map<string, Link | undefined>();
  for (const info of infos) linkName(info, actors, ctx, memo);
  for (const info of infos) {
    const target = findTarget(info, lookup);
    if (target) addName(target, info);
    else clusters.push(newCluster(info));
    lookup.register(info, info.cluster!);
  }
  for (const info of infos) {
    if (info.definedBy?.cluster && info.cluster) {
      mergeCluster(liveCluster(info.cluster), liveCluster(info.definedBy.cluster));
    }
  }
  joinEarlySurnames(clusters, lookup);
  const coActorIds = new Set(clusters.flatMap((c) => (c.link && !c.mergedInto ? [c.link.actor.id] : [])));
  const withCoActors: LinkContext = Object.assign({}, ctx, { coActorIds });
  for (const c of clusters) if (!c.mergedInto) linkCluster(c, actors, withCoActors);
  // two clusters linked to the same actor are one entity
  const byActor = new Map<string, Cluster>();
  for (const c of clusters) c.kind = c.link ? c.link.actor.kind : majorityKind(c);
  for (const c of clusters) {
    if (c.mergedInto || !c.link) continue;
    const first = byActor.get(c.link.actor.id);
    if (first) mergeCluster(c, first);
    else byActor.set(c.link.actor.id, c);
  }
  return clusters.filter((c) => !c.mergedInto);
}
