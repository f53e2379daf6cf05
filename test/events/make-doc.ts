// Test documents for the event stage: our own text through the real first stages (normalize,
// segment), plus hand-made entities and times standing in for the later stages, so the
// event coder's behaviour is pinned whatever the other stages do.
import type { DateRange, Event, Geo, IsoDate } from '../../src/domain/contract.ts';
import type { Actor, ActorIndex, Gazetteer, Knowledge, Place } from '../../src/knowledge/types.ts';
import { createDoc, type Doc, type EntityDraft, type PipelineContext } from '../../src/pipeline/document.ts';
import { codeEvents } from '../../src/pipeline/events/code-events.ts';
import { normalizeText } from '../../src/pipeline/normalize/normalize-text.ts';
import { segmentText } from '../../src/pipeline/segment/segment-text.ts';

export interface EntitySpec {
  name: string;
  kind: EntityDraft['kind'];
  forms: string[];
  geo?: Geo;
}

export interface TimeSpec {
  text: string;
  range: [string, string];
  historical?: boolean;
}

const emptyActors: ActorIndex = {
  size: 0,
  findCandidates: () => [],
  scanTokens: () => [],
  getActor: (): Actor | undefined => undefined,
};
const emptyGazetteer: Gazetteer = {
  size: 0,
  findCandidates: () => [],
  scanTokens: () => [],
  getPlace: (): Place | undefined => undefined,
  getAncestors: () => [],
};
const knowledge: Knowledge = { version: 'test', actors: emptyActors, gazetteer: emptyGazetteer, ner: null };
export const testContext: PipelineContext = { knowledge };

function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

export function makeDoc(
  text: string,
  published: string,
  entities: EntitySpec[] = [],
  times: TimeSpec[] = [],
): Doc {
  let doc = createDoc({ id: 'test', text, published: published as IsoDate });
  doc = segmentText.run(normalizeText.run(doc, testContext), testContext);
  const drafts: EntityDraft[] = entities.map((spec, k) => {
    const mentions = spec.forms.flatMap((form) =>
      occurrences(text, form).map((start) => ({
        start,
        end: start + form.length,
        text: form,
        kind: spec.kind,
        source: 'dictionary' as const,
      })),
    );
    const e: EntityDraft = { id: `e${k + 1}`, kind: spec.kind, name: spec.name, aliases: [], mentions };
    if (spec.geo) {
      e.geo = spec.geo;
      e.country = spec.geo.country;
    }
    return e;
  });
  const timeExprs = times.flatMap((t) =>
    occurrences(text, t.text).map((start) => {
      const range: DateRange = { start: t.range[0] as IsoDate, end: t.range[1] as IsoDate, precision: 'day' };
      return {
        start,
        end: start + t.text.length,
        text: t.text,
        range,
        ...(t.historical ? { historical: true } : {}),
      };
    }),
  );
  return { ...doc, entities: drafts, times: timeExprs };
}

export function city(lat: number, lon: number, country: string, admin1: string): Geo {
  return { lat, lon, country, admin1, precision: 'city' };
}

/** A city-level place in Iraq by default. */
export const place = (name: string, lat = 33, lon = 44): EntitySpec => ({
  name,
  kind: 'location',
  forms: [name],
  geo: city(lat, lon, 'IQ', name),
});
export const org = (name: string): EntitySpec => ({ name, kind: 'organization', forms: [name] });
export const person = (name: string): EntitySpec => ({ name, kind: 'person', forms: [name] });

/** Runs the event stage alone on a text published 2021-03-20 with stand-in entities and times. */
export function runEvents(text: string, entities: EntitySpec[] = [], times: TimeSpec[] = []) {
  const doc = codeEvents.run(makeDoc(text, '2021-03-20', entities, times), testContext);
  const name = (id: string | null | undefined) => doc.entities.find((e) => e.id === id)?.name ?? null;
  const material = doc.events.filter((e) => e.type !== 'Statements');
  const statements = doc.events.filter((e) => e.type === 'Statements');
  return { doc, name, material, statements };
}

export const sub = (e: Event | undefined): string => (e ? `${e.type} / ${e.subtype}` : 'none');
