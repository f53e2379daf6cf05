// The contract every Store adapter must keep. Each adapter's test file calls
// `runStoreContract` with a factory that opens a fresh, empty store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity, Event, Extraction, IsoDate } from '../domain/contract.ts';
import type { IncomingArticle, IngestStore, Store } from './store.ts';

const day = (s: string) => s as IsoDate;

/** A story text; `variant` changes only the boilerplate around it. */
export function storyText(variant: string): string {
  return `${variant}\nGunmen on motorcycles attacked a police checkpoint in Kadhimiya, Baghdad, on Monday, killing two officers.\nMore news at ${variant}.`;
}

const kadhimiya: Entity = {
  id: 'T1',
  kind: 'location',
  name: 'Kadhimiya',
  ref: 'geonames:1',
  mentions: [{ start: 0, end: 9, text: 'Kadhimiya' }],
  geo: { lat: 33.38, lon: 44.34, country: 'IQ', admin1: 'Baghdad', precision: 'district' },
};

export function handMadeExtraction(
  text: string,
  overrides: Partial<Event> & { place?: Entity } = {},
): Extraction {
  const placeEntity = overrides.place ?? kadhimiya;
  const at = text.indexOf(placeEntity.name);
  const place: Entity = {
    ...placeEntity,
    mentions: at < 0 ? [] : [{ start: at, end: at + placeEntity.name.length, text: placeEntity.name }],
  };
  const police = text.indexOf('police');
  const police_e: Entity = {
    id: 'T2',
    kind: 'organization',
    name: 'Police Forces of Iraq',
    ref: 'actor:iraq-police',
    mentions: police < 0 ? [] : [{ start: police, end: police + 6, text: 'police' }],
  };
  const sentence = text.indexOf('Gunmen');
  const end = text.indexOf('\n', sentence);
  const { place: _p, ...eventOverrides } = overrides;
  const event: Event = {
    id: 'E1',
    type: 'Violence against civilians',
    subtype: 'Attack',
    date: { start: day('2024-03-04'), end: day('2024-03-04'), precision: 'day' },
    actor1: null,
    actor2: 'T2',
    location: 'T1',
    fatalities: 2,
    certainty: 'reported',
    evidence: sentence < 0 ? [] : [{ start: sentence, end, text: text.slice(sentence, end) }],
    ...eventOverrides,
  };
  return {
    id: 'x',
    entities: [place, police_e],
    events: [event],
    quotes: [{ speaker: 'T2', text: { start: 0, end: 6, text: text.slice(0, 6) }, verb: 'said' }],
    relations: [],
  };
}

/** A fingerprint that puts articles with the same `key` into one cluster. */
const fp = (key: number) => ({
  minhash: Array.from({ length: 16 }, (_, i) => key * 100 + i),
  bands: [`b${key}`],
});

export function article(variant: string, key: number, extra: Partial<IncomingArticle> = {}): IncomingArticle {
  return {
    text: storyText(variant),
    title: `Attack in Kadhimiya (${variant})`,
    url: `https://${variant}.example/a`,
    outlet: variant,
    published: day('2024-03-05'),
    fingerprint: fp(key),
    ...extra,
  };
}

export function runStoreContract(adapter: string, open: () => Promise<IngestStore>): void {
  describe(`Store contract: ${adapter}`, () => {
    it('stores an article with entities, offsets, quotes and events, and reads it back', async () => {
      const store = await open();
      const a = article('wire', 1);
      const report = await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      assert.equal(report.isNew, true);
      assert.equal(report.eventsCreated, 1);
      const got = await store.getArticle(report.articleId);
      assert.ok(got);
      assert.equal(got.text, a.text);
      assert.equal(got.title, a.title);
      assert.equal(got.cluster_id, report.clusterId);
      for (const e of got.entities)
        for (const m of e.mentions) assert.equal(got.text.slice(m.start, m.end), m.text);
      assert.equal(got.events.length, 1);
      const ev = got.events[0]!;
      assert.equal(ev.location?.name, 'Kadhimiya');
      assert.equal(ev.actor2?.ref, 'actor:iraq-police');
      assert.equal(ev.fatalities, 2);
      assert.equal(ev.sources[0]?.article_id, report.articleId);
      const ev0 = ev.sources[0]!.evidence[0]!;
      assert.equal(got.text.slice(ev0.start, ev0.end), ev0.text);
      assert.equal(got.quotes.length, 1);
      assert.deepEqual(await store.getEvent(ev.id), ev);
      await store.close();
    });

    it('is idempotent: the same article twice is stored once', async () => {
      const store = await open();
      const a = article('wire', 1);
      const first = await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      const second = await store.saveArticleOrThrow(
        { ...a, text: `  ${a.text}\n` },
        handMadeExtraction(a.text),
      );
      assert.equal(second.isNew, false);
      assert.equal(second.articleId, first.articleId);
      assert.equal((await store.stats()).articles, 1);
      assert.equal((await store.stats()).events, 1);
      await store.close();
    });

    it('saves a batch in one transaction, in order, duplicates inside it included', async () => {
      const store = await open();
      const items = ['a', 'b', 'a', 'c'].map((v, i) => {
        const a = article(v, i);
        return { article: a, extraction: handMadeExtraction(a.text) };
      });
      const reports = await store.saveArticles(items);
      assert.deepEqual(
        reports.map((r) => r.ok && r.value.isNew),
        [true, true, false, true],
      );
      assert.equal((await store.stats()).articles, 3);
      assert.equal((await store.listEvents())[0]?.source_count, 3);
      assert.deepEqual(await store.saveArticles([]), []);
      await store.close();
    });

    it('clusters copies; their event is stored once citing every copy', async () => {
      const store = await open();
      const reports = [];
      for (const v of ['wire', 'daily', 'gazette']) {
        const a = article(v, 7);
        reports.push(await store.saveArticleOrThrow(a, handMadeExtraction(a.text)));
      }
      assert.equal(new Set(reports.map((r) => r.clusterId)).size, 1);
      assert.deepEqual(
        reports.map((r) => r.joinedCluster),
        [false, true, true],
      );
      const other = article('independent', 9);
      await store.saveArticleOrThrow(other, handMadeExtraction(other.text));
      const events = await store.listEvents();
      assert.equal(events.length, 1);
      assert.equal(events[0]?.source_count, 4);
      assert.equal(events[0]?.independent_source_count, 2);
      assert.equal(events[0]?.sources.length, 4);
      assert.equal((await store.stats()).clusters, 2);
      assert.equal((await store.listMerges()).length, 3);
      await store.close();
    });

    it('keeps apart events at different neighbourhoods, types or dates', async () => {
      const store = await open();
      const a = article('one', 1);
      await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      const adhamiya: Entity = {
        ...kadhimiya,
        id: 'T1',
        name: 'Adhamiyah',
        ref: 'geonames:2',
        geo: { lat: 33.372, lon: 44.364, country: 'IQ', admin1: 'Baghdad', precision: 'district' },
      };
      const b = article('two', 2);
      await store.saveArticleOrThrow(b, handMadeExtraction(b.text, { place: adhamiya }));
      const c = article('three', 3);
      await store.saveArticleOrThrow(
        c,
        handMadeExtraction(c.text, { type: 'Protests', subtype: 'Peaceful protest' }),
      );
      const d = article('four', 4);
      const later = { start: day('2024-03-20'), end: day('2024-03-20'), precision: 'day' as const };
      await store.saveArticleOrThrow(d, handMadeExtraction(d.text, { date: later }));
      assert.equal((await store.stats()).events, 4);
      assert.equal((await store.stats()).merges, 0);
      await store.close();
    });

    it('undoes a merge: the source becomes its own event again', async () => {
      const store = await open();
      const a = article('wire', 1);
      const b = article('daily', 2);
      await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      await store.saveArticleOrThrow(b, handMadeExtraction(b.text, { fatalities: 5 }));
      const [merged] = await store.listEvents();
      assert.equal(merged?.fatalities, 5);
      const [m] = await store.listMerges(merged!.id);
      assert.ok(m);
      const undone = await store.undoMerge(m.id);
      assert.equal(undone.ok, true);
      assert.equal((await store.stats()).events, 2);
      const back = await store.getEvent(merged!.id);
      assert.equal(back?.source_count, 1);
      assert.equal(back?.fatalities, 2);
      assert.equal((await store.undoMerge(m.id)).ok, false);
      assert.equal((await store.undoMerge('nope')).ok, false);
      assert.equal((await store.listMerges())[0]?.undone, true);
      await store.close();
    });

    it('filters events by date, type, actor, place, bbox, text, and pages them', async () => {
      const store = await open();
      const a = article('wire', 1);
      await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      const b = article('protest', 2, { text: 'Students marched in Basra demanding jobs.\nend' });
      const basra: Entity = {
        id: 'T1',
        kind: 'location',
        name: 'Basra',
        mentions: [],
        geo: { lat: 30.5, lon: 47.8, country: 'IQ', admin1: 'Basra', precision: 'city' },
      };
      const date = { start: day('2024-04-01'), end: day('2024-04-02'), precision: 'day' as const };
      await store.saveArticleOrThrow(
        b,
        handMadeExtraction(b.text, {
          type: 'Protests',
          subtype: 'Peaceful protest',
          place: basra,
          date,
          actor2: null,
        }),
      );
      const ids = async (f: Parameters<Store['listEvents']>[0]) =>
        (await store.listEvents(f)).map((e) => e.location?.name);
      assert.deepEqual(await ids({}), ['Basra', 'Kadhimiya']);
      assert.deepEqual(await ids({ from: day('2024-04-02') }), ['Basra']);
      assert.deepEqual(await ids({ to: day('2024-03-31') }), ['Kadhimiya']);
      assert.deepEqual(await ids({ type: 'Protests' }), ['Basra']);
      assert.deepEqual(await ids({ subtype: 'Attack' }), ['Kadhimiya']);
      assert.deepEqual(await ids({ actor: 'iraq-police' }), ['Kadhimiya']);
      assert.deepEqual(await ids({ actor: 'Police Forces' }), ['Kadhimiya']);
      assert.deepEqual(await ids({ place: 'basra' }), ['Basra']);
      assert.deepEqual(await ids({ place: 'IQ' }), ['Basra', 'Kadhimiya']);
      assert.deepEqual(await ids({ bbox: [44, 33, 45, 34] }), ['Kadhimiya']);
      assert.deepEqual(await ids({ q: 'students jobs' }), ['Basra']);
      assert.deepEqual(await ids({ q: '"; DROP TABLE events; --' }), []);
      assert.deepEqual(await ids({ limit: 1, offset: 1 }), ['Kadhimiya']);
      assert.equal(await store.countEvents({ place: 'IQ' }), 2);
      await store.close();
    });

    it('lists and searches articles', async () => {
      const store = await open();
      for (const [v, k] of [
        ['wire', 1],
        ['daily', 2],
      ] as const) {
        const a = article(v, k);
        await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
      }
      assert.deepEqual(
        (await store.listArticles()).map((a) => a.outlet),
        ['wire', 'daily'],
      );
      assert.equal((await store.listArticles({ outlet: 'daily' })).length, 1);
      const hits = await store.searchArticles('motorcycles checkpoint');
      assert.equal(hits.length, 2);
      assert.match(hits[0]!.snippet, /motorcycles/);
      assert.deepEqual(await store.searchArticles('   '), []);
      assert.equal(await store.getArticle('missing'), undefined);
      assert.equal(await store.getEvent('missing'), undefined);
      await store.logIngest({ origin: 'x.txt', status: 'failed', message: 'empty' });
      await store.logIngestMany([
        { origin: 'a.html', status: 'new', articleId: 'a1' },
        { origin: 'b.html', status: 'duplicate' },
      ]);
      await store.logIngestMany([]);
      await store.close();
    });
  });
}
