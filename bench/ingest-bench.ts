// Ingest + store throughput on generated 3–5 KB articles (every fifth a syndicated copy), with
// the real extraction pipeline and with a stub (store cost alone), while a second process
// reads the same database; then the whole CLI (`marsad ingest`, start-up included).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Extract, ingestInputs } from '../src/app/ingest-service.ts';
import { findPackageRoot } from '../src/app/paths.ts';
import { createPipelineContext, readConfig } from '../src/app/runtime.ts';
import { extractArticle } from '../src/pipeline/pipeline.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { stubExtract } from '../test/ingest/stub-extract.ts';
import { writeSyntheticJsonl } from '../test/ingest/synthetic-feed.ts';

const root = findPackageRoot();
const COUNT = Number(process.env.BENCH_ARTICLES ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-bench-'));
const input = join(dir, 'articles.jsonl');
writeSyntheticJsonl(input, COUNT);

interface ReaderReport {
  reads: number;
  errors: number;
  p50ms: number;
  p99ms: number;
  maxMs: number;
}

function startReader(db: string): { stop: () => Promise<ReaderReport> } {
  const stopFile = `${db}.stop`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'test/ingest/read-loop.ts'), db, stopFile],
    {
      cwd: root,
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    stop: async () => {
      writeFileSync(stopFile, '');
      await exited;
      return JSON.parse(out) as ReaderReport;
    },
  };
}

async function run(label: string, extract: Extract, withReader: boolean, file = input): Promise<void> {
  const mb = statSync(file).size / 1e6;
  const db = join(dir, `${label}.sqlite`);
  const store = openSqliteStore(db);
  const reader = withReader ? startReader(db) : undefined;
  if (reader) await new Promise((r) => setTimeout(r, 1500)); // the reader's start-up
  let extractMs = 0;
  const timed: Extract = (a) => {
    const t = performance.now();
    try {
      return extract(a);
    } finally {
      extractMs += performance.now() - t;
    }
  };
  const t0 = performance.now();
  const s = await ingestInputs([file], store, timed);
  const secs = (performance.now() - t0) / 1000;
  const stats = await store.stats();
  await store.close();
  console.log(
    `ingest (${label}): ${s.read} articles (${mb.toFixed(1)} MB) in ${secs.toFixed(2)} s → ` +
      `${Math.round(s.read / secs)} articles/s; ${s.new} new, ${s.nearDuplicates} clustered as copies, ` +
      `${stats.clusters} clusters, ${stats.events} events (${s.eventsMerged} readings merged), ${s.failed.length} failed; ` +
      `extraction ${(extractMs / 1000).toFixed(2)} s, reading + storing ${Math.round(s.read / (secs - extractMs / 1000))} articles/s`,
  );
  if (reader) {
    const r = await reader.stop();
    console.log(
      `  second process reading meanwhile: ${r.reads} reads, ${r.errors} errors, ` +
        `latency p50 ${r.p50ms.toFixed(1)} ms, p99 ${r.p99ms.toFixed(1)} ms, max ${r.maxMs.toFixed(1)} ms`,
    );
  }
}

function runCli(file: string, count: number): void {
  const cli = join(root, 'bin', 'marsad.js');
  if (!existsSync(join(root, 'dist'))) {
    console.log('ingest (CLI): skipped, run `npm run build` first');
    return;
  }
  const db = join(dir, 'cli.sqlite');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'ingest', '--quiet', '--db', db, file], { encoding: 'utf8' });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.log(`ingest (CLI): failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    return;
  }
  console.log(
    `ingest (CLI, whole process): ${count} articles in ${secs.toFixed(2)} s → ${Math.round(count / secs)} articles/s`,
  );
  const again = spawnSync(process.execPath, [cli, 'ingest', '--quiet', '--db', db, file], {
    encoding: 'utf8',
  });
  console.log(`  re-ingest of the same file: ${again.stderr.trim().split('\n')[0]}`);
}

// the pipeline is the slow part; a smaller set keeps the bench short (BENCH_EXTRACT_ARTICLES)
const extractCount = Number(process.env.BENCH_EXTRACT_ARTICLES ?? 300);
const small = join(dir, 'articles-small.jsonl');
writeSyntheticJsonl(small, extractCount);
const ctx = createPipelineContext(readConfig());
const only = process.env.BENCH_ONLY ?? 'store,extract,reader,cli';
if (only.includes('store')) await run('store only, stub extraction', stubExtract, false);
if (only.includes('reader')) await run('store only, stub extraction, reader', stubExtract, true);
if (only.includes('extract')) await run('with extraction', (a) => extractArticle(a, ctx), false, small);
if (only.includes('extract') && only.includes('reader'))
  await run('with extraction, reader', (a) => extractArticle(a, ctx), true, small);
if (only.includes('cli')) runCli(small, extractCount);
