// Linking a name to the actor knowledge base. The matcher proposes candidates with a string
// score; the article decides between them: its country focus, the other actors it names, and
// whether a candidate's roles were held at the publication date.
import { type ActorContext, rankActorCandidates } from '../../knowledge/actors/rank-actor-candidates.ts';
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

/** A title written beside the name that one of the actor's roles has (held at the date or not). */
function titleBonus(actor: Actor, ctx: LinkContext): number {
  const title = ctx.title;
  if (!title || !actor.roles?.length) return 0;
  const roles = actor.roles.filter((r) => r.title.toLowerCase().includes(title));
  if (!roles.length) return -0.05;
  return roles.some((r) => isActiveAt(r.from, r.to, ctx.date)) ? 0.1 : 0;
}

/** Candidates re-scored by context (the knowledge ranking plus a title check), best first, one per actor. */
export function rankCandidates(cands: readonly Candidate<Actor>[], ctx: LinkContext): Link[] {
  const best = new Map<string, Candidate<Actor>>();
  for (const c of cands) {
    if (c.how === 'partial') continue;
    const prev = best.get(c.item.id);
    if (!prev || prev.score < c.score) best.set(c.item.id, c);
  }
  const context: ActorContext = {
    country: ctx.country,
    date: ctx.date,
    coActorIds: [...(ctx.coActorIds ?? [])],
  };
  return rankActorCandidates([...best.values()], context)
    .map((r) => ({ actor: r.item, score: Math.min(1, r.adjusted + titleBonus(r.item, ctx)) }))
    .sort((a, b) => b.score - a.score);
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
