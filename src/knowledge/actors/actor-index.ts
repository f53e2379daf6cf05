// The actor index: the name matcher over actors (names, aliases, script names; surnames of
// persons as weak partial names; initialisms derived from organisation names), plus look-up by id.
import { NameIndex } from '../match/name-index.ts';
import type { NameKeyCache } from '../match/name-keys.ts';
import type { Actor, ActorIndex } from '../types.ts';
import { COUNTRY_STOP_NAMES } from './country-stop-names.ts';

export { type ActorContext, type RankedActor, rankActorCandidates } from './rank-actor-candidates.ts';

/** "Muqtada al-Sadr" → "al-Sadr": the last word with its article, for a person of 2+ words. */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || /[()]/.test(name)) return undefined;
  const last = words[words.length - 1] as string;
  const before = words[words.length - 2] as string;
  const article = /^(al|el|ad|as|ash|at|ar|az|an|bin|ibn|abu)$/i.test(before);
  return article && words.length > 2 ? `${before} ${last}` : last;
}

function partialNamesOf(a: Actor): string[] {
  if (a.kind !== 'person') return [];
  const out = new Set<string>();
  for (const n of [a.name, ...a.aliases]) {
    const s = surnameOf(n);
    if (s && s.replace(/^(al|el)[-\s]/i, '').length >= 4) out.add(s);
  }
  return [...out];
}

/** Honorifics and offices written before a person's name ("Prime Minister Mustafa al-Kadhimi"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  `sheikh shaykh sheik sayyid sayed seyyed said ayatollah grand hojatoleslam imam mullah president prime
  minister deputy foreign defence defense interior general gen lieutenant lt major maj brigadier brig colonel
  col commander cmdr dr mr mrs ms king prince crown emir amir sultan cleric leader spokesman spokeswoman
  speaker mp senator judge chief supreme former late haji hajji mufti`.split(/\s+/),
);

/** Nationalities dropped only together with a title ("Iraqi Prime Minister …", never "Iraqi Army"). */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  `iraqi iranian syrian lebanese yemeni saudi israeli palestinian turkish jordanian kuwaiti qatari emirati
  bahraini omani egyptian kurdish american us british russian french then current`.split(/\s+/),
);

const namesOf = (a: Actor): string[] => [a.name, ...a.aliases, ...(a.scriptNames ?? [])];

/** Every name the index keys, in indexing order (what a key cache must cover). */
export function indexedActorNames(actors: readonly Actor[]): string[] {
  return actors.flatMap((a) => [...namesOf(a), ...partialNamesOf(a)]);
}

export class ActorNameIndex extends NameIndex<Actor> implements ActorIndex {
  private readonly byId = new Map<string, Actor>();

  /** `keyCache`: keys precomputed at build time for these actors (see name-keys.ts). */
  constructor(actors: readonly Actor[], keyCache?: NameKeyCache) {
    super(actors, namesOf, {
      partialNamesOf,
      deriveInitialisms: true,
      stopNames: COUNTRY_STOP_NAMES,
      titleWords: TITLE_WORDS,
      qualifierWords: QUALIFIER_WORDS,
      ...(keyCache ? { keyCache } : {}),
    });
    for (const a of actors) this.byId.set(a.id, a);
  }

  getActor(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  /** Every actor, in load order. */
  allActors(): IterableIterator<Actor> {
    return this.byId.values();
  }
}
