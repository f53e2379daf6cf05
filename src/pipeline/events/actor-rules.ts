// Refinements of a material event's actors for news text: "X said its forces …", a nation's
// drone, "air defences of the coalition", "troops" of the force that reports, "clashes between
// X and Y".
import type { DocView } from './doc-view.ts';
import {
  type ActorPair,
  type ActorRef,
  actorCandidates,
  asForce,
  bodyStart,
  clauseStart,
  findEventActorsRaw,
} from './find-actors.ts';
import type { TriggerHit } from './find-triggers.ts';
import { getLexicon } from './lexicon.ts';

const POSSESSIVE = new Set(['its', 'their']);

/**
 * "Hezbollah said its fighters fired …", "the army said its air defences …": the forces of
 * "its" are those of the sentence's first actor, the one who speaks.
 */
function ownForces(view: DocView, hit: TriggerHit, ref: ActorRef | undefined): ActorRef | undefined {
  if (ref?.kind !== 'generic' || !POSSESSIVE.has(view.words[ref.start - 1] ?? '')) return ref;
  const owner = actorCandidates(view, bodyStart(view, hit.sentence), ref.start - 1)[0];
  return owner ?? ref;
}

const WEAPONS = new Set([
  'drone',
  'drones',
  'strike',
  'strikes',
  'missile',
  'missiles',
  'shelling',
  'raid',
  'raids',
]);

/** "A Turkish drone struck …", "an Israeli strike": the nation's military, when nobody else acts. */
function nationalWeapon(view: DocView, hit: TriggerHit): ActorRef | undefined {
  if (hit.entry.group !== 'violence') return undefined;
  const lex = getLexicon();
  const start = bodyStart(view, hit.sentence);
  const from = Math.max(start, clauseStart(view, start, hit.start));
  for (let i = Math.max(from, hit.start - 4); i <= hit.start; i++) {
    const country = lex.nationalities[view.words[i - 1] ?? ''];
    if (!country || i - 1 < from) continue;
    if (i === hit.start || WEAPONS.has(view.words[i]!)) {
      return { kind: 'generic', entry: lex.genericEntries.military, start: i - 1, end: i, country };
    }
  }
  return undefined;
}

/** "Air defences of the U.S.-led coalition": the named owner of a generic force acts. */
function forceOf(view: DocView, ref: ActorRef | undefined): ActorRef | undefined {
  if (ref?.kind !== 'generic' || view.words[ref.end] !== 'of') return ref;
  const owner = actorCandidates(view, ref.end + 1, ref.end + 6)[0];
  return owner?.kind === 'entity' && owner.entity.kind === 'organization' ? owner : ref;
}

/** "troops" in "The Israeli army said troops arrested …": the speaking force's country. */
function speakerCountry(view: DocView, hit: TriggerHit, ref: ActorRef | undefined): ActorRef | undefined {
  if (ref?.kind !== 'generic' || ref.country || ref.countryName) return ref;
  const first = actorCandidates(view, bodyStart(view, hit.sentence), ref.start)[0];
  const same = first?.kind === 'generic' && first.country && first.entry.subtype === ref.entry.subtype;
  return same && first.kind === 'generic' && first.country ? { ...ref, country: first.country } : ref;
}

/** "clashes between X and Y": X and Y are the two sides. */
function betweenSides(view: DocView, hit: TriggerHit): ActorPair | undefined {
  if (hit.entry.group !== 'violence' || view.words[hit.end] !== 'between') return undefined;
  const [a, b] = actorCandidates(view, hit.end + 1, hit.end + 14);
  return a && b ? { actor1: a, actor2: b } : undefined;
}

/** actor1/actor2 of a material event trigger. */
export function findEventActors(view: DocView, hit: TriggerHit): ActorPair {
  const pair = betweenSides(view, hit) ?? findEventActorsRaw(view, hit);
  const own = ownForces(view, hit, forceOf(view, pair.actor1));
  const actor1 = speakerCountry(view, hit, own) ?? nationalWeapon(view, hit);
  return { actor1: asForce(actor1), actor2: asForce(pair.actor2) };
}
