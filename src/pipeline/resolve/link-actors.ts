// Linking a name to the actor knowledge base. The matcher proposes candidates with a string
// score; the article decides between them: its country focus, the other actors it names, and
// whether a candidate's roles were held at the publication date.
import type { Actor, ActorIndex, Candidate } from '../../knowledge/types.ts';

export interface LinkContext {
  /** ISO code of the country the article is mostly about */
  country?: string;
  /** publication date, ISO */
  date?: string;
  /** actors already linked elsewhere in the article */
  coActorIds?: ReadonlySet<string>;
  /** a title written next to the name ("Prime Minister"), lower-case */
  title?: string;
}

export interface Link {
  actor: Actor;
  /** 0..1 */
  score: number;
}

/** A role or affiliation is in force at `date` (ISO day or year bounds, open ends). */
export function isActiveAt(
  from: string | undefined,
  to: string | undefined,
  date: string | undefined,
): boolean {
  if (!date) return true;
  if (from && date < from.slice(0, 10)) return false;
  if (to && date.slice(0, to.length) > to.slice(0, 10)) return false;
  return true;
}

function contextBonus(actor: Actor, ctx: LinkContext): number {
  let bonus = 0;
  if (ctx.country && actor.country === ctx.country) bonus += 0.08;
  const affiliated = (actor.affiliations ?? []).filter((a) => ctx.coActorIds?.has(a.target)).length;
  bonus += Math.min(affiliated, 2) * 0.05;
  const roles = actor.roles ?? [];
  if (roles.length && ctx.date) {
    const active = roles.filter((r) => isActiveAt(r.from, r.to, ctx.date));
    if (active.length) bonus += 0.03;
    const title = ctx.title;
    if (title && active.some((r) => r.title.toLowerCase().includes(title))) bonus += 0.1;
    else if (title && roles.some((r) => r.title.toLowerCase().includes(title))) bonus -= 0.05;
  }
  return bonus;
}

/** Candidates re-scored by context, best first (one entry per actor). */
export function rankCandidates(cands: readonly Candidate<Actor>[], ctx: LinkContext): Link[] {
  const best = new Map<string, Link>();
  for (const c of cands) {
    if (c.how === 'partial') continue;
    const score = Math.min(1, c.score + contextBonus(c.item, ctx)) * (c.how === 'exact' ? 1 : 0.97);
    const prev = best.get(c.item.id);
    if (!prev || prev.score < score) best.set(c.item.id, { actor: c.item, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Accept the best candidate only when it is strong and clearly ahead of a different actor. */
export function chooseLink(ranked: readonly Link[], minScore = 0.8): Link | undefined {
  const [top, second] = ranked;
  if (!top || top.score < minScore) return undefined;
  if (second && top.score - second.score < 0.05) return undefined;
  return top;
}

/** Candidates for one surface form, plus the dictionary's proposal when the recogniser made one. */
export function findActorCandidates(
  actors: ActorIndex,
  surface: string,
  proposedRef?: string,
): Candidate<Actor>[] {
  const cands = surface ? actors.findCandidates(surface, 8) : [];
  if (proposedRef && !cands.some((c) => c.item.id === proposedRef)) {
    const actor = actors.getActor(proposedRef);
    if (actor) cands.push({ item: actor, score: 0.9, matched: surface, how: 'exact' });
  }
  return cands;
}
