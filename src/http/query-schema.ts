// Validation at the HTTP edge: query strings in, typed filters out; and the shapes of the
// JSON the API answers with (checked before sending).
import { z } from 'zod';
import type { IsoDate } from '../domain/contract.ts';
import type { EventFilter } from '../store/store.ts';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .transform((s) => s as IsoDate);

const bbox = z
  .string()
  .transform((s) => s.split(',').map(Number))
  .pipe(
    z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .refine(
        ([w, s, e, n]) => [w, s, e, n].every(Number.isFinite) && s <= n,
        'bbox is west,south,east,north',
      ),
  );

export const eventQuerySchema = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    type: z.string().max(100).optional(),
    subtype: z.string().max(100).optional(),
    actor: z.string().max(200).optional(),
    place: z.string().max(200).optional(),
    bbox: bbox.optional(),
    q: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict();

export function toEventFilter(q: z.infer<typeof eventQuerySchema>): EventFilter {
  const f: EventFilter = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') Object.assign(f, { [k]: v });
  return f;
}

const span = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  coref: z.boolean().optional(),
});
const location = z
  .object({
    name: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    country: z.string().nullable(),
    admin1: z.string().nullable(),
    precision: z.string().nullable(),
  })
  .nullable();
const actor = z.object({ name: z.string(), ref: z.string().nullable() }).nullable();

export const eventResponseSchema = z.object({
  id: z.string(),
  type: z.string(),
  subtype: z.string(),
  date: z.object({ start: z.string(), end: z.string(), precision: z.string() }),
  location,
  actor1: actor,
  actor2: actor,
  fatalities: z.number().nullable(),
  certainty: z.string(),
  source_count: z.number().int(),
  independent_source_count: z.number().int(),
  sources: z.array(
    z.object({
      article_id: z.string(),
      url: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      evidence: z.array(span),
    }),
  ),
});

export const eventsResponseSchema = z.object({
  events: z.array(eventResponseSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const articleResponseSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  entities: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      ref: z.string().nullable(),
      mentions: z.array(span),
    }),
  ),
  events: z.array(eventResponseSchema),
});
