// What the pipeline knows about the world, as plain runtime indexes. The pipeline receives a
// loaded `Knowledge`; it never reads files itself (loading is in ./load.ts).
import type { EntityKind, GeoPrecision } from '../domain/contract.ts';
import type { DocumentWords } from './ner/document-flags.ts';

export interface DatedRole {
  /** e.g. "Prime Minister" */
  title: string;
  /** actor id of the organisation or state, or a country code */
  of?: string;
  country?: string;
  /** ISO date or year, inclusive; missing = open */
  from?: string;
  to?: string;
}

export interface Affiliation {
  /** leader_of | member_of | affiliated_with | backed_by | adviser_to | splinter_of | part_of | … */
  type: string;
  /** actor id */
  target: string;
  from?: string;
  to?: string;
  note?: string;
}

export interface Actor {
  /** "actor:saraya-al-salam" */
  id: string;
  name: string;
  kind: Exclude<EntityKind, 'location'>;
  /** armed_group, state_force, party, government, media, religious, official, … */
  subtype: string;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  aliases: string[];
  /** names in Arabic, Persian, Hebrew or Turkish script */
  scriptNames?: string[];
  roles?: DatedRole[];
  affiliations?: Affiliation[];
  /** where the facts come from */
  source: string;
}

export type PlaceKind =
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'city'
  | 'town'
  | 'village'
  | 'district'
  | 'neighbourhood'
  | 'base'
  | 'airport'
  | 'crossing'
  | 'oilfield'
  | 'shrine'
  | 'facility'
  | 'region'
  | 'water'
  | 'other';

export interface Place {
  /** "geonames:98182", "ucdp:…", "marsad:kadhimiya" */
  id: string;
  name: string;
  /** alternate names: transliterations, other languages, Arabic script */
  alt?: string[];
  kind: PlaceKind;
  precision: GeoPrecision;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 ("" for places outside any country, e.g. seas) */
  country: string;
  /** name of the first-level division */
  admin1?: string;
  population?: number;
  /** id of the enclosing place (district → city → admin1 → country) */
  parent?: string;
  /** a national capital */
  capital?: boolean;
}

export interface Candidate<T> {
  item: T;
  /** 0..1: how well the surface form matches one of the item's names */
  score: number;
  /** the name of the item that matched */
  matched: string;
  /** how it matched: exact after folding, transliteration skeleton, one typo, initialism, script */
  how: 'exact' | 'skeleton' | 'typo' | 'initialism' | 'script' | 'partial';
}

/** A run of tokens that a dictionary knows. Token indexes, `end` exclusive. */
export interface DictionaryHit<T> {
  startToken: number;
  endToken: number;
  candidates: Candidate<T>[];
}

export interface NameIndexLike<T> {
  readonly size: number;
  /** Candidates for one surface form, best first. Never guesses: a weak match scores low. */
  findCandidates(surface: string, limit?: number): Candidate<T>[];
  /** Longest-match scan over a sentence's word tokens. */
  scanTokens(words: readonly string[]): DictionaryHit<T>[];
}

export interface ActorIndex extends NameIndexLike<Actor> {
  getActor(id: string): Actor | undefined;
}

export interface Gazetteer extends NameIndexLike<Place> {
  getPlace(id: string): Place | undefined;
  /** The chain of enclosing places, nearest first. */
  getAncestors(place: Place): Place[];
  /** The national capital of an ISO 3166-1 alpha-2 country ("the capital"). */
  capitalOf?(country: string): Place | undefined;
}

/** A trained sequence labeller; tags are BILOU/BIO strings like "B-PER". */
export interface NerModel {
  readonly labels: readonly string[];
  tagSentence(words: readonly string[], features?: NerTokenContext): string[];
}

/** Extra per-token evidence the pipeline can give the tagger (dictionary membership, …). */
export interface NerTokenContext {
  dictionary?: readonly (string | undefined)[];
  /** the whole document the sentence belongs to: how its words appear elsewhere is evidence */
  document?: DocumentWords;
}

export interface Knowledge {
  /** version of the knowledge data, echoed into stored extractions */
  version: string;
  actors: ActorIndex;
  gazetteer: Gazetteer;
  /** loaded lazily by the composition root; null when no trained model ships */
  ner: NerModel | null;
}
