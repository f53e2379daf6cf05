// The ingest, articles and events commands through the CLI entry point, on a database filled
// through the store (so the test does not depend on extraction accuracy).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { article, handMadeExtraction } from '../../src/store/store-contract.ts';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');
const marsad = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

test('marsad articles / events read the database named by --db or MARSAD_DB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  const db = join(dir, 'x.sqlite');
  const store = openSqliteStore(db);
  for (const [v, k] of [
    ['wire', 1],
    ['daily', 1],
  ] as const) {
    const a = article(v, k);
    await store.saveArticleOrThrow(a, handMadeExtraction(a.text));
  }
  await store.close();

  const articles = marsad(['articles', '--db', db]);
  assert.equal(articles.status, 0, articles.stderr);
  const lines = articles.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.equal(lines[0].cluster, lines[1].cluster);

  const csv = marsad(['events', '--format', 'csv', '--type', 'Violence against civilians'], {
    MARSAD_DB: db,
  });
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stdout.trim().split('\r\n').length, 2);
  const bad = marsad(['events', '--db', db, '--from', 'yesterday']);
  assert.equal(bad.status, 65);
  assert.match(bad.stderr, /--from expects YYYY-MM-DD/);
});

test('marsad ingest reports unreadable inputs and exits non-zero when nothing was read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = marsad(['ingest', '--db', join(dir, 'x.sqlite'), join(dir, 'empty.txt')]);
  assert.equal(r.status, 66);
  assert.match(r.stderr, /0 new .* 1 failed/);
  assert.match(r.stderr, /empty\.txt: unreadable_input: empty input/);
});
