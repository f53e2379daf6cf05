// A second process reads the database while ingestion writes to it (WAL + busy timeout):
// no read fails and counts only grow.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestInputs } from '../../src/app/ingest-service.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { stubExtract } from './stub-extract.ts';
import { writeSyntheticJsonl } from './synthetic-feed.ts';

test('a second process reads while ingest writes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-concurrent-'));
  const db = join(dir, 'db.sqlite');
  const input = join(dir, 'articles.jsonl');
  const stop = join(dir, 'stop');
  const count = writeSyntheticJsonl(input, 300);
  const store = openSqliteStore(db);
  const reader = spawn(process.execPath, [
    '--import',
    'tsx',
    join(import.meta.dirname, 'read-loop.ts'),
    db,
    stop,
  ]);
  let out = '';
  reader.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => reader.on('exit', resolve));
  await new Promise((r) => setTimeout(r, 1500)); // let the reader start reading
  const summary = await ingestInputs([input], store, stubExtract);
  writeFileSync(stop, '');
  assert.equal(await exited, 0);
  const report = JSON.parse(out) as {
    reads: number;
    errors: number;
    firstError: string | null;
    maxArticles: number;
  };
  assert.equal(summary.read, count);
  assert.equal(report.errors, 0, report.firstError ?? '');
  assert.ok(report.reads > 0);
  assert.equal((await store.stats()).articles, summary.new);
  await store.close();
});
