// Turns actor references into entity ids. Named actors are the resolver's entities; generic
// ones ("gunmen" → "Unidentified Armed Group (Iraq)") become organisation entities marked
// `generic`, linked to the knowledge base when it knows the name ("Military Forces of Iraq").
import { recall } from '../../knowledge/match/bounded-memo.ts';
import type { Actor, ActorIndex } from '../../knowledge/types.ts';
import type { Doc, EntityDraft, PipelineContext } from '../document.ts';
import type { ActorRef } from './find-actors.ts';
import { getLexicon } from './lexicon.ts';

const KB_MIN_SCORE = 0.9;

/** The country the article is mostly about: the most mentioned country among its places. */
export function focusCountry(doc: Doc): string | undefined {
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    const c = e.kind === 'location' ? (e.geo?.country ?? e.country) : undefined;
    if (c) counts.set(c, (counts.get(c) ?? 0) + e.mentions.length);
  }
  let best: string | undefined;
  for (const [c, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

// Generic names repeat from article to article ("Military Forces of Iraq"): the names and
// their exact knowledge-base actors are remembered (pure functions of constant data; bounded).
const CACHE_LIMIT = 10_000;
const names = new Map<string, Map<string, string>>();
const exactActors = new WeakMap<ActorIndex, Map<string, Actor | undefined>>();

/** The actor named exactly `name`: fuzzy keys make "Rioters" look like "Reuters". */
function exactActor(actors: ActorIndex, name: string): Actor | undefined {
  let cache = exactActors.get(actors);
  if (!cache) {
    cache = new Map();
    exactActors.set(actors, cache);
  }
  const make = () => {
    const hit = actors.findCandidates(name, 1)[0];
    return hit && hit.how === 'exact' && hit.score >= KB_MIN_SCORE ? hit.item : undefined;
  };
  return recall(cache, name, make, CACHE_LIMIT);
}

export function genericName(template: string, country: string | undefined, countryName?: string): string {
  // a country name as written ("Iran accused …") is rare: made each time
  if (countryName !== undefined) return makeGenericName(template, country, countryName);
  let byCountry = names.get(template);
  if (!byCountry) {
    byCountry = new Map();
    names.set(template, byCountry);
  }
  return recall(byCountry, country ?? '', () => makeGenericName(template, country), CACHE_LIMIT);
}

function makeGenericName(template: string, country: string | undefined, countryName?: string): string {
  const name = (country ? getLexicon().countries[country] : undefined) ?? countryName;
  if (name) return template.replace('{country}', name);
  return template
    .replace(/\s*\(\{country\}\)/, '')
    .replace(/ of \{country\}/, '')
    .trim();
}

const SPAN_KEY = 2 ** 23;

/** Mutable registry of the entities the event stage adds to the document. */
export class ActorRegistry {
  readonly entities: EntityDraft[];
  private readonly byName = new Map<string, EntityDraft>();
  private readonly ids: Set<string>;
  /** event mentions already added, per entity: start · 2^23 + end (offsets < MAX_TEXT_CHARS) */
  private readonly mentioned = new Map<EntityDraft, Set<number>>();
  /** findOrCreate by the name as given (the lower-cased look-up's answer never changes) */
  private readonly byExactName = new Map<string, EntityDraft>();
  private next = 1;

  constructor(
    private readonly doc: Doc,
    private readonly ctx: PipelineContext,
  ) {
    this.entities = [...doc.entities];
    this.ids = new Set(doc.entities.map((e) => e.id));
    for (const e of doc.entities) if (e.kind !== 'location') this.byName.set(e.name.toLowerCase(), e);
  }

  /** The entity id for an actor reference; `country` is the event's country when known. */
  idFor(ref: ActorRef | undefined, country: string | undefined): string | null {
    if (!ref) return null;
    if (ref.kind === 'entity') return ref.entity.id;
    const name = genericName(ref.entry.template, ref.country ?? country, ref.countryName);
    const entity = this.findOrCreate(name, ref.entry.subtype);
    const start = this.doc.tokens[ref.start]!.start;
    const end = this.doc.tokens[ref.end - 1]!.end;
    let spans = this.mentioned.get(entity);
    if (!spans) {
      spans = new Set();
      this.mentioned.set(entity, spans);
    }
    const key = start * SPAN_KEY + end;
    if (!spans.has(key)) {
      spans.add(key);
      const text = this.doc.text.slice(start, end);
      entity.mentions.push({ start, end, text, kind: 'organization', source: 'event', coref: true });
      if (entity.aliases.length < 20 && !entity.aliases.includes(text)) entity.aliases.push(text);
    }
    return entity.id;
  }

  /** A generic actor with no words in the text (a default such as police for arrests). */
  idForName(template: string, subtype: string, country: string | undefined): string {
    return this.findOrCreate(genericName(template, country), subtype).id;
  }

  private findOrCreate(name: string, subtype: string): EntityDraft {
    let entity = this.byExactName.get(name);
    if (!entity) {
      entity = this.lookUpOrCreate(name, subtype);
      this.byExactName.set(name, entity);
    }
    return entity;
  }

  private lookUpOrCreate(name: string, subtype: string): EntityDraft {
    const known = this.byName.get(name.toLowerCase());
    if (known) return known;
    const kb = exactActor(this.ctx.knowledge.actors, name);
    const existing = kb ? this.entities.find((e) => e.ref === kb.id) : undefined;
    if (existing) {
      this.byName.set(name.toLowerCase(), existing);
      return existing;
    }
    let id = `actor-${this.next++}`;
    while (this.ids.has(id)) id = `actor-${this.next++}`;
    this.ids.add(id);
    const entity: EntityDraft = {
      id,
      kind: 'organization',
      subtype: kb?.subtype ?? subtype,
      name: kb?.name ?? name,
      ref: kb?.id ?? null,
      aliases: kb && kb.name !== name ? [name] : [],
      mentions: [],
      generic: true,
      ...(kb?.country ? { country: kb.country } : {}),
    };
    this.entities.push(entity);
    this.byName.set(name.toLowerCase(), entity);
    return entity;
  }
}
