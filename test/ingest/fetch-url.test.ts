// URL ingestion against a local server on 127.0.0.1 only: refused without --allow-private,
// fetched with it; redirects capped, content types and sizes checked.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestInputs } from '../../src/app/ingest-service.ts';
import { fetchUrl } from '../../src/ingest/fetch-url.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { stubExtract } from './stub-extract.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Local page</title>
<meta property="og:site_name" content="Loopback News">
<meta property="article:published_time" content="2024-03-11T08:00:00Z"></head>
<body><article><h1>Protest in Basra over water shortages</h1>
<p>Residents of several Basra neighbourhoods protested on Monday over salty tap water, blocking a road with burning tyres for an hour before police persuaded them to leave.</p>
<p>Officials said a new desalination unit would start working next month.</p></article></body></html>`;

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url?.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` });
      res.end();
    } else if (req.url === '/moved') {
      res.writeHead(301, { location: '/page' });
      res.end();
    } else if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.alloc(100));
    } else if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(5000));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

describe('fetching URLs', () => {
  it('refuses loopback and private addresses unless allowed', async () => {
    for (const url of [
      `${base}/page`,
      'http://localhost:9/x',
      'http://[::1]:9/',
      'http://10.0.0.1/',
      'http://169.254.169.254/latest',
    ]) {
      const r = await fetchUrl(url);
      assert.equal(r.ok, false, url);
      if (!r.ok) assert.equal(r.error.code, 'fetch_refused', url);
    }
    const notHttp = await fetchUrl('file:///etc/passwd');
    assert.equal(!notHttp.ok && notHttp.error.code, 'fetch_refused');
  });

  it('fetches with --allow-private, following a capped number of redirects', async () => {
    const ok = await fetchUrl(`${base}/moved`, { allowPrivate: true });
    assert.equal(ok.ok && ok.value.url, `${base}/page`);
    const loop = await fetchUrl(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 });
    assert.equal(!loop.ok && loop.error.code, 'fetch_failed');
    const image = await fetchUrl(`${base}/image`, { allowPrivate: true });
    assert.equal(!image.ok && image.error.code, 'unsupported_format');
    const big = await fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1000 });
    assert.equal(!big.ok && big.error.code, 'text_too_large');
    const missing = await fetchUrl(`${base}/nothing`, { allowPrivate: true });
    assert.equal(!missing.ok && missing.error.code, 'fetch_failed');
  });

  it('ingests a page by URL', async () => {
    const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'marsad-fetch-')), 'db.sqlite'));
    const refused = await ingestInputs([`${base}/page`], store, stubExtract);
    assert.equal(refused.new, 0);
    assert.match(refused.failed[0]?.message ?? '', /fetch_refused/);
    const summary = await ingestInputs([`${base}/page`], store, stubExtract, { allowPrivate: true });
    assert.equal(summary.new, 1);
    const [a] = await store.listArticles();
    assert.equal(a?.outlet, 'Loopback News');
    assert.equal(a?.published, '2024-03-11');
    assert.equal(a?.url, `${base}/page`);
    await store.close();
  });
});
