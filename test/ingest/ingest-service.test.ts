// Ingestion end to end on our own fixtures, with a stub extractor: counts, idempotency,
// clustering of syndicated copies, one event citing every copy, hostile inputs.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestInputs } from '../../src/app/ingest-service.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { stubExtract } from './stub-extract.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const tmp = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
let n = 0;
const freshStore = () => openSqliteStore(join(tmp, `db${n++}.sqlite`));

describe('ingest', () => {
  it('stores each article of a directory once, however often it is ingested', async () => {
    const store = freshStore();
    const first = await ingestInputs([FIXTURES], store, stubExtract);
    // 5 pages + 2 RSS items with text + 1 Atom entry + 2 text files + 2 JSONL articles
    assert.equal(first.read, 12);
    assert.equal(first.new, 12);
    assert.equal(first.duplicates, 0);
    // failures inside inputs: the empty feed item, a non-string text, a line that is not JSON
    assert.equal(first.failed.length, 3, JSON.stringify(first.failed));
    const second = await ingestInputs([FIXTURES], store, stubExtract);
    assert.equal(second.new, 0);
    assert.equal(second.duplicates, 12);
    assert.equal((await store.stats()).articles, 12);
    await store.close();
  });

  it('clusters syndicated copies and a light rewrite; stores their event once citing every copy', async () => {
    const store = freshStore();
    await ingestInputs([join(FIXTURES, 'story'), join(FIXTURES, 'feeds')], store, stubExtract);
    const articles = await store.listArticles();
    const clusterOf = (outlet: string) => articles.find((a) => a.outlet === outlet)?.cluster_id;
    const story = clusterOf('Gulf Wire Service');
    assert.ok(story);
    assert.equal(clusterOf('Euphrates Daily') === story || clusterOf('Anbar Gazette') === story, true);
    assert.equal(articles.filter((a) => a.cluster_id === story).length, 4); // wire, daily, gazette, feed copy
    assert.notEqual(clusterOf('Al-Rafidain Monitor'), story); // an independent report
    const rocket = await store.listEvents({ subtype: 'Shelling/artillery/missile attack' });
    assert.equal(rocket.length, 1);
    assert.equal(rocket[0]?.source_count, 5);
    assert.equal(rocket[0]?.independent_source_count, 2);
    for (const s of rocket[0]!.sources) {
      const text = (await store.getArticle(s.article_id))!.text;
      for (const ev of s.evidence) assert.equal(text.slice(ev.start, ev.end), ev.text);
    }
    await store.close();
  });

  it('reads metadata: titles, dates, outlets, bylines and original sources', async () => {
    const store = freshStore();
    await ingestInputs([FIXTURES], store, stubExtract);
    const byTitle = new Map((await store.listArticles()).map((a) => [a.title, a]));
    const md = byTitle.get('Security forces arrest three suspects in Mosul');
    assert.equal(md?.published, '2024-03-09');
    const txt = byTitle.get('Teachers hold sit-in outside Basra education directorate');
    assert.equal(txt?.published, '2024-03-08');
    assert.equal(txt?.original_source, 'Tigris Observer');
    const daily = (await store.listArticles({ outlet: 'Euphrates Daily' })).find((a) =>
      a.title?.startsWith('Rockets'),
    );
    assert.equal(daily?.original_source, 'Gulf Wire Service');
    assert.equal(daily?.published, '2024-03-06');
    const atom = byTitle.get('Drone strike hits vehicle near Qaim border crossing');
    assert.equal(atom?.outlet, 'Tigris Observer');
    assert.equal(atom?.url, 'https://tigris.example/drone-qaim');
    const jsonl = await store.listArticles({ outlet: 'Zagros Report' });
    assert.equal(jsonl[0]?.published, '2024-03-10');
    await store.close();
  });

  it('reports hostile inputs and keeps everything already stored', async () => {
    const store = freshStore();
    await ingestInputs([join(FIXTURES, 'story')], store, stubExtract);
    const before = await store.stats();
    const dir = mkdtempSync(join(tmp, 'hostile-'));
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    writeFileSync(join(dir, 'image.html'), png);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '\n\n   \n');
    writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>Unclosed <b>tags <i>everywhere');
    writeFileSync(
      join(dir, 'broken-with-text.html'),
      '<html><body><div><p>Security forces in Karbala closed two roads on Friday after a suspicious car was found near a market, police said.<p>Traffic was diverted for hours',
    );
    // Latin-1 bytes (é = 0xE9) are not UTF-8: decoded as Windows-1252, not refused
    writeFileSync(
      join(dir, 'latin1.txt'),
      Buffer.from(
        'Café owners protest in Basra\nOwners of cafés protested new taxes in Basra on Monday.\n',
        'latin1',
      ),
    );
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(2048, 'a'));
    writeFileSync(join(dir, 'not-json.json'), '{"id": 1, "text": ');
    const summary = await ingestInputs([dir, join(dir, 'missing.txt')], store, stubExtract, {
      maxBytes: 1024,
    });
    const failed = new Map(summary.failed.map((f) => [f.origin.split('/').pop(), f.message]));
    assert.match(failed.get('image.html') ?? '', /binary/);
    assert.match(failed.get('empty.txt') ?? '', /empty/);
    assert.match(failed.get('blank.md') ?? '', /no text/);
    assert.match(failed.get('broken.html') ?? '', /no article text/);
    assert.match(failed.get('huge.txt') ?? '', /text_too_large/);
    assert.match(failed.get('not-json.json') ?? '', /bad_json/);
    assert.match(failed.get('missing.txt') ?? '', /ENOENT/);
    assert.equal(summary.new, 2); // broken-with-text.html and latin1.txt
    const cafe = (await store.listArticles()).find((a) => a.title?.startsWith('Caf'));
    assert.equal(cafe?.title, 'Café owners protest in Basra');
    const after = await store.stats();
    assert.equal(after.articles, before.articles + 2);
    assert.ok(after.events >= before.events);
    await store.close();
  });
});
