// End to end: ingest the demo articles, serve them, and drive the page in Debian's Chromium:
// markers on the map, an event opened from the list, its article with highlighted entities.
// Screenshots land in test-output/ for a person to look at.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { findPackageRoot } from '../../src/app/paths.ts';

const CHROMIUM = '/usr/bin/chromium';
const root = findPackageRoot();
const cli = join(root, 'bin', 'marsad.js');
const hasBrowser = existsSync(CHROMIUM) && existsSync(join(root, 'dist', 'marsad.mjs'));

function startServer(db: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000);
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (d: string) => {
      err += d;
      const m = /http:\/\/localhost:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: `http://127.0.0.1:${m[1]}/` });
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
}

describe('web app in Chromium', {
  skip: hasBrowser ? false : 'needs /usr/bin/chromium and a built CLI',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-e2e-'));
  const db = join(dir, 'e2e.sqlite');
  const out = join(root, 'test-output');
  let server: { proc: ChildProcess; url: string } | undefined;

  before(async () => {
    const r = spawnSync(process.execPath, [cli, 'ingest', '--db', db, join(root, 'demo', 'articles')], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    server = await startServer(db);
    mkdirSync(out, { recursive: true });
  });

  after(() => {
    server?.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows markers, opens an event and its article', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(server!.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
      const markers = await page.locator('path.event-marker').count();
      assert.ok(markers > 0, 'the map shows event markers');
      await page.screenshot({ path: join(out, 'map.png') });

      await page.locator('#event-list li').first().click();
      await page.waitForSelector('#detail:not([hidden]) .open-article');
      await page.locator('.open-article').first().click();
      await page.waitForSelector('.article-text mark');
      assert.ok((await page.locator('.article-text mark').count()) > 0, 'entities are highlighted');
      assert.ok(
        (await page.locator('.article-text .evidence-active').count()) > 0,
        'the evidence is highlighted',
      );
      await page.screenshot({ path: join(out, 'article.png') });
    } finally {
      await browser.close();
    }
  });
});
