// The document that flows through the pipeline. Every stage is a pure function
// (doc, ctx) => doc that fills in its own part; nothing reads the clock or the disk.
import type {
  ArticleInput,
  DateRange,
  EntityKind,
  Event,
  Geo,
  IsoDate,
  Quote,
  Relation,
  Span,
} from '../domain/contract.ts';
import type { Knowledge } from '../knowledge/types.ts';

export interface Token {
  start: number;
  end: number;
  /** the token's text as written (a slice of the original text) */
  text: string;
  /** index of the sentence holding it */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** token index range, `tokenEnd` exclusive */
  tokenStart: number;
  tokenEnd: number;
}

export type MentionSource = 'model' | 'dictionary' | 'hint' | 'pattern' | 'coref' | 'event';

export interface Mention extends Span {
  kind: EntityKind;
  /** model / dictionary label detail, e.g. a KB id proposed by the dictionary */
  source: MentionSource;
  subtype?: string;
  /** knowledge-base id suggested by a dictionary hit */
  ref?: string;
  /** token index range, `tokenEnd` exclusive (absent for mentions not aligned to tokens) */
  tokenStart?: number;
  tokenEnd?: number;
  /** the hinted span must come back exactly (extraction contract) */
  pinned?: boolean;
  confidence?: number;
}

/** An entity being built: the contract's Entity plus what later stages need. */
export interface EntityDraft {
  id: string;
  kind: EntityKind;
  subtype?: string;
  name: string;
  ref?: string | null;
  aliases: string[];
  mentions: Mention[];
  geo?: Geo;
  /** ISO country most associated with the entity (actor's country, place's country) */
  country?: string;
  /** id of the chosen gazetteer place (locations) */
  placeId?: string;
  /** generic ACLED-style actor made up by the event stage, e.g. "Civilians (Iraq)" */
  generic?: boolean;
  confidence?: number;
}

/**
 * point: one day, week, month or year ("on Monday", "last month"); range: from one date to
 * another ("3-5 March", "Monday and Tuesday", "overnight"); since: an open window up to
 * publication ("since October", "over the past week") — aggregates, not an event's date;
 * anniversary: the date of the original event being commemorated.
 */
export type TimeKind = 'point' | 'range' | 'since' | 'anniversary';

export interface TimeExpression extends Span {
  range: DateRange;
  /** the expression talks about the past well before publication (anniversaries, years) */
  historical?: boolean;
  kind?: TimeKind;
}

export interface Doc {
  article: ArticleInput;
  /** the original text: every offset points into it */
  text: string;
  /** same length as `text`, with control, bidi and zero-width characters turned into spaces */
  clean: string;
  /** publication date, the anchor for relative dates (null when unknown) */
  published: IsoDate | null;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: EntityDraft[];
  relations: Relation[];
  times: TimeExpression[];
  events: Event[];
  quotes: Quote[];
}

export interface PipelineContext {
  knowledge: Knowledge;
}

export interface Stage {
  name: string;
  /** fields of Doc this stage reads (documentation and an order check in tests) */
  reads: readonly (keyof Doc)[];
  /** fields of Doc this stage writes */
  writes: readonly (keyof Doc)[];
  run(doc: Doc, ctx: PipelineContext): Doc;
}

export function createDoc(article: ArticleInput): Doc {
  return {
    article,
    text: article.text,
    clean: article.text,
    published: article.published ?? null,
    tokens: [],
    sentences: [],
    mentions: [],
    entities: [],
    relations: [],
    times: [],
    events: [],
    quotes: [],
  };
}
