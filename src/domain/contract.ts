// The extraction contract (../shared/spec/extraction.md): what `marsad extract --jsonl` reads
// and writes. Keep it stable; extend only with optional fields.
import { z } from 'zod';

/** UTF-16 code-unit offset into the article text, `end` exclusive. */
export type CharOffset = number & { readonly __brand: 'CharOffset' };
/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };
export type EntityId = string & { readonly __brand: 'EntityId' };
export type EventId = string & { readonly __brand: 'EventId' };

export const MAX_TEXT_CHARS = 5_000_000;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date YYYY-MM-DD')
  .transform((s) => s.slice(0, 10) as IsoDate);

export const spanHintSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const articleInputSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z
    .string({ error: 'text must be a string' })
    .max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS} characters`),
  title: z.string().optional(),
  published: isoDateSchema.optional().catch(undefined),
  url: z.string().optional(),
  source: z.string().optional(),
  hints: z.object({ places: z.array(spanHintSchema).optional() }).optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export type EntityKind = 'person' | 'organization' | 'location';
export type GeoPrecision = 'point' | 'district' | 'city' | 'admin2' | 'admin1' | 'country';

/** Finest first: a lower rank is a more specific place. */
const GEO_PRECISION_RANK: Record<GeoPrecision, number> = {
  point: 0,
  district: 1,
  city: 2,
  admin2: 3,
  admin1: 4,
  country: 5,
};

/** Rank of a geo precision, finest 0; unknown ranks after every known one. */
export const geoPrecisionRank = (p: GeoPrecision | null | undefined): number =>
  p ? GEO_PRECISION_RANK[p] : 9;
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type Certainty = 'reported' | 'alleged' | 'claimed' | 'denied' | 'historical';

export interface Span {
  start: number;
  end: number;
  text: string;
  /** A mention that is not a name (pronoun, "the armed group", "the capital"). */
  coref?: boolean;
}

export interface Geo {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  admin1?: string;
  precision: GeoPrecision;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  subtype?: string;
  name: string;
  ref?: string | null;
  aliases?: string[];
  mentions: Span[];
  geo?: Geo;
  /** Optional extension: how sure the linker is of `ref` (0..1). */
  confidence?: number;
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
  precision: DatePrecision;
}

export interface Event {
  id: string;
  type: string;
  subtype: string;
  date: DateRange;
  actor1?: string | null;
  assoc_actor1?: string[];
  actor2?: string | null;
  assoc_actor2?: string[];
  location?: string | null;
  fatalities?: number | null;
  certainty: Certainty;
  attributed_to?: string | null;
  evidence: Span[];
  confidence?: number;
}

export interface Quote {
  speaker: string | null;
  text: Span;
  verb?: string;
}

export interface Relation {
  type: string;
  subject: string;
  object: string;
  evidence: Span[];
}

export interface Extraction {
  id: string;
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  relations: Relation[];
}

export interface ExtractionFailure {
  id: string | null;
  error: { code: string; message: string };
}
