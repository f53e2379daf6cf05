import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readArticleFile } from './read-article-file.ts';
import { readDocuments } from './read-documents.ts';

const read = (origin: string, body: string, contentType?: string) => {
  const r = readDocuments(origin, Buffer.from(body), contentType);
  return r.ok ? r.value.articles.map((a) => a.title) : r.error.code;
};

test('the format comes from the content first, then the content type, then the extension', () => {
  const page =
    '<!doctype html><html><body><h1>Clashes in Deir ez-Zor</h1><p>Fighting broke out between two tribal groups in Deir ez-Zor on Sunday, residents said, and lasted until the evening.</p></body></html>';
  assert.deepEqual(read('/a/page.txt', page), ['Clashes in Deir ez-Zor']);
  assert.deepEqual(read('https://x.example/story', page, 'text/html; charset=utf-8'), [
    'Clashes in Deir ez-Zor',
  ]);
  assert.deepEqual(read('/a/12345', 'Protest in Najaf\nHundreds gathered in Najaf on Friday.'), [
    'Protest in Najaf',
  ]);
  assert.equal(read('/a/data.csv', 'a,b,c\n1,2,3'), 'unsupported_format');
  const rss =
    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One</title><description>Gunmen attacked a checkpoint near Kirkuk on Monday night.</description></item></channel></rss>';
  assert.deepEqual(read('/a/feed.xml', rss), ['One']);
  assert.deepEqual(read('https://x.example/feed', rss, 'application/rss+xml'), ['One']);
});

test('readArticleFile gives the extract input of a file', () => {
  const r = readArticleFile(
    '/a/story.md',
    Buffer.from('# Drone strike near Sinjar\n\n2024-05-02\n\nA drone hit a car near Sinjar.'),
  );
  assert.ok(r.ok);
  assert.equal(r.value.id, 'story.md');
  assert.equal(r.value.title, 'Drone strike near Sinjar');
  assert.equal(r.value.published, '2024-05-02');
  assert.equal(readArticleFile('/a/empty.txt', Buffer.alloc(0)).ok, false);
});

test('no input makes a reader throw', () => {
  const origins = ['/a/x.html', '/a/x.txt', '/a/x.json', '/a/x.jsonl', '/a/x.rss', '/a/x.md', '/a/x'];
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...origins), (bytes, origin) => {
      const r = readDocuments(origin, bytes);
      if (r.ok) for (const a of r.value.articles) assert.equal(typeof a.text, 'string');
    }),
    { numRuns: 300 },
  );
  const markup = fc.stringMatching(/^[<>a-z/ "=!\-[\]CDAT\n]{0,300}$/);
  fc.assert(
    fc.property(markup, fc.constantFrom(...origins), (s, origin) => {
      readDocuments(origin, Buffer.from(`<html><body>${s}`));
      readDocuments(origin, Buffer.from(`<rss><channel><item>${s}`));
    }),
    { numRuns: 200 },
  );
});
