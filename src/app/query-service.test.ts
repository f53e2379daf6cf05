import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/index.ts';
import { article, handMadeExtraction } from '../store/store-contract.ts';
import { articleLine, CSV_COLUMNS, csvField, exportEvents, iterateEvents } from './query-service.ts';

async function storeWithEvents() {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'marsad-query-')), 'db.sqlite'));
  for (const [v, k] of [
    ['wire', 1],
    ['daily', 1],
    ['other', 2],
  ] as const) {
    const a = article(v, k);
    await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
  }
  const b = article('protest', 3, { text: 'Students marched in Basra, demanding "jobs".\nend' });
  await store.saveArticleOrThrow(
    b,
    handMadeExtraction(b.text, { type: 'Protests', subtype: 'Peaceful protest' }),
  );
  return store;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}
const text = async (chunks: AsyncIterable<string>) => (await collect(chunks)).join('');

test('events export as JSONL, ACLED-named CSV and GeoJSON', async () => {
  const store = await storeWithEvents();
  const jsonl = (await text(exportEvents(store, 'jsonl')))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(jsonl.length, 2);
  const attack = jsonl.find((e) => e.subtype === 'Attack');
  assert.equal(attack.source_count, 3);
  assert.equal(attack.independent_source_count, 2);
  assert.equal(attack.sources.length, 3);

  const csv = (await text(exportEvents(store, 'csv'))).split('\r\n');
  assert.equal(csv[0], CSV_COLUMNS.join(','));
  assert.equal(csv.length, 4); // header, two rows, final empty string
  for (const col of [
    'event_date',
    'event_type',
    'sub_event_type',
    'actor1',
    'admin1',
    'latitude',
    'fatalities',
  ])
    assert.ok(CSV_COLUMNS.includes(col as (typeof CSV_COLUMNS)[number]), col);
  assert.match(csv[1]!, /^IQ-e/);

  const geo = JSON.parse(await text(exportEvents(store, 'geojson')));
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, 2);
  assert.deepEqual(geo.features[0].geometry.coordinates, [44.34, 33.38]);
  assert.equal(
    await text(exportEvents(store, 'geojson', { type: 'Riots' })),
    '{"type":"FeatureCollection","features":[\n\n]}\n',
  );
  await store.close();
});

test('paging returns every event once, limits respected', async () => {
  const store = await storeWithEvents();
  assert.equal((await collect(iterateEvents(store))).length, 2);
  assert.equal((await collect(iterateEvents(store, { limit: 1 }))).length, 1);
  assert.equal((await collect(iterateEvents(store, { offset: 1 }))).length, 1);
  const line = JSON.parse(articleLine((await store.listArticles())[0]!));
  assert.deepEqual(Object.keys(line), [
    'id',
    'url',
    'title',
    'outlet',
    'published',
    'cluster',
    'original_source',
  ]);
  await store.close();
});

test('CSV fields are quoted and formulas neutralised', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "x"'), '"say ""x"""');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField(-3), '-3');
  assert.equal(csvField(null), '');
});
