// A stand-in for the pipeline in ingestion tests: events from keyword cues, with real offsets,
// so the tests check counting, clustering and merging and not extraction accuracy.
import type { ArticleInput, Entity, Event, Extraction, IsoDate } from '../../src/domain/contract.ts';

interface Cue {
  words: RegExp;
  type: string;
  subtype: string;
  place: { name: string; lat: number; lon: number; admin1: string };
  /** days before publication the event happened */
  daysBefore: number;
}

const CUES: Cue[] = [
  {
    words: /rockets? (?:struck|landed|hit)|salvo of rockets/i,
    type: 'Explosions/Remote violence',
    subtype: 'Shelling/artillery/missile attack',
    place: { name: 'Ain al-Asad', lat: 33.8, lon: 42.44, admin1: 'Anbar' },
    daysBefore: 1,
  },
  {
    words: /protest|sit-in|marched/i,
    type: 'Protests',
    subtype: 'Peaceful protest',
    place: { name: 'Basra', lat: 30.51, lon: 47.78, admin1: 'Basra' },
    daysBefore: 0,
  },
];

const minusDays = (d: IsoDate, n: number): IsoDate =>
  new Date(Date.parse(`${d}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10) as IsoDate;

export function stubExtract(article: ArticleInput): Extraction {
  const entities: Entity[] = [];
  const events: Event[] = [];
  const published = article.published ?? ('2024-03-06' as IsoDate);
  for (const cue of CUES) {
    const m = cue.words.exec(article.text);
    if (!m) continue;
    const start = article.text.lastIndexOf('\n', m.index) + 1;
    const endAt = article.text.indexOf('\n', m.index);
    const end = endAt < 0 ? article.text.length : endAt;
    const placeId = `T${entities.length + 1}`;
    entities.push({
      id: placeId,
      kind: 'location',
      name: cue.place.name,
      mentions: [],
      geo: {
        lat: cue.place.lat,
        lon: cue.place.lon,
        country: 'IQ',
        admin1: cue.place.admin1,
        precision: 'city',
      },
    });
    const day = minusDays(published, cue.daysBefore);
    events.push({
      id: `E${events.length + 1}`,
      type: cue.type,
      subtype: cue.subtype,
      date: { start: day, end: day, precision: 'day' },
      location: placeId,
      certainty: 'reported',
      evidence: [{ start, end, text: article.text.slice(start, end) }],
    });
  }
  return { id: article.id, entities, events, quotes: [], relations: [] };
}
