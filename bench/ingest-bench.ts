// Ingest + store throughput on generated 3–5 KB articles (every fifth a syndicated copy), while
// a second process reads the same database: the store alone (stub extraction, and the real
// extractions replayed), ingestion with the real pipeline in-process and on the extraction
// pool, and the whole CLI (`marsad ingest`, start-up included).
//
// Two inputs: 'news' codes ~3.6 events per article, like real 3–5 KB reports (the annotated
// corpora code 2–8); 'dense' is all event sentences (~21 events per article), the store's
// worst case. BENCH_DENSITY=news|dense picks one; BENCH_ONLY=store,extract,pool,reader,cli.
// CPU time is the process's (all threads): on a shared machine it is steadier than wall time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractionPool, defaultWorkerCount } from '../src/app/extraction-pool.ts';
import { type Extract, ingestInputs } from '../src/app/ingest-service.ts';
import { findPackageRoot } from '../src/app/paths.ts';
import { createPipelineContext, readConfig } from '../src/app/runtime.ts';
import type { Extraction } from '../src/domain/contract.ts';
import { extractArticle } from '../src/pipeline/pipeline.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { stubExtract } from '../test/ingest/stub-extract.ts';
import { type EventDensity, writeSyntheticJsonl } from '../test/ingest/synthetic-feed.ts';

const root = findPackageRoot();
const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-bench-'));
const STORE_COUNT = Number(process.env.BENCH_ARTICLES ?? 1000);
// the pipeline is the slow part; a smaller set keeps the bench short
const EXTRACT_COUNT = Number(process.env.BENCH_EXTRACT_ARTICLES ?? 300);
const only = process.env.BENCH_ONLY ?? 'store,extract,pool,reader,cli';
const densities = (process.env.BENCH_DENSITY ?? 'news,dense').split(',') as EventDensity[];
const workers = Number(process.env.BENCH_WORKERS ?? defaultWorkerCount());
const config = readConfig();

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
    { cwd: root },
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

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** CPU ms of the main thread alone (Linux /proc; 10 ms ticks), or undefined elsewhere. */
function mainThreadMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in USER_HZ = 100
  } catch {
    return undefined;
  }
}

/** Extractions made in-process, replayed to time the store on real extractions alone. */
const recorded = new Map<string, Map<string, Extraction>>();

async function run(label: string, file: string, extract: Extract, withReader = false): Promise<void> {
  const mb = statSync(file).size / 1e6;
  const db = join(dir, `${label.replace(/\W+/g, '-')}.sqlite`);
  const store = openSqliteStore(db);
  const reader = withReader ? startReader(db) : undefined;
  if (reader) await new Promise((r) => setTimeout(r, 1500)); // the reader's start-up
  const c0 = process.cpuUsage();
  const m0 = mainThreadMs();
  const t0 = performance.now();
  const s = await ingestInputs([file], store, extract);
  const secs = (performance.now() - t0) / 1000;
  const cpu = cpuMs(c0);
  const m1 = mainThreadMs();
  const main = m0 === undefined || m1 === undefined ? undefined : m1 - m0;
  const stats = await store.stats();
  await store.close();
  console.log(
    `ingest (${label}): ${s.read} articles (${mb.toFixed(1)} MB) in ${secs.toFixed(2)} s → ` +
      `${Math.round(s.read / secs)} articles/s, CPU ${(cpu / s.read).toFixed(2)} ms/article` +
      `${main === undefined ? '' : ` (main thread ${(main / s.read).toFixed(2)})`}; ${s.new} new, ` +
      `${s.nearDuplicates} clustered as copies, ${stats.clusters} clusters, ${stats.events} events ` +
      `(${((s.eventsCreated + s.eventsMerged) / Math.max(1, s.new)).toFixed(1)} per article, ${s.eventsMerged} merged), ${s.failed.length} failed`,
  );
  if (main !== undefined && cpu > main * 1.05) {
    // what the machine's cores would give if this run had them to itself
    const bound = Math.min(1000 / (main / s.read), (availableParallelism() * 1000) / (cpu / s.read));
    console.log(
      `  on ${availableParallelism()} free cores at most ${Math.round(bound)} articles/s (by CPU time)`,
    );
  }
  if (reader) {
    const r = await reader.stop();
    console.log(
      `  second process reading meanwhile: ${r.reads} reads, ${r.errors} errors, ` +
        `latency p50 ${r.p50ms.toFixed(1)} ms, p99 ${r.p99ms.toFixed(1)} ms, max ${r.maxMs.toFixed(1)} ms`,
    );
  }
}

/** The pipeline in-process, timed and recorded for the replay. */
function inProcess(density: EventDensity): { extract: Extract; report: () => string } {
  const ctx = createPipelineContext(config);
  const seen = new Map<string, Extraction>();
  recorded.set(density, seen);
  let ms = 0;
  let n = 0;
  return {
    extract: (a) => {
      const c0 = process.cpuUsage();
      const x = extractArticle(a, ctx);
      ms += cpuMs(c0);
      n++;
      seen.set(a.id, x);
      return x;
    },
    report: () => `  of which extraction ${(ms / n).toFixed(2)} ms/article CPU (in-process)`,
  };
}

function runCli(file: string, count: number, label: string): void {
  const cli = join(root, 'bin', 'marsad.js');
  if (!existsSync(join(root, 'dist'))) {
    console.log('ingest (CLI): skipped, run `npm run build` first');
    return;
  }
  const db = join(dir, `cli-${label}.sqlite`);
  const args = [cli, 'ingest', '--quiet', '--workers', String(workers), '--db', db, file];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.log(`ingest (CLI, ${label}): failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    return;
  }
  console.log(
    `ingest (CLI, ${label}, --workers ${workers}, whole process): ${count} articles in ${secs.toFixed(2)} s → ` +
      `${Math.round(count / secs)} articles/s`,
  );
  const again = spawnSync(process.execPath, args, { encoding: 'utf8' });
  console.log(`  re-ingest of the same file: ${again.stderr.trim().split('\n')[0]}`);
}

for (const density of densities) {
  console.log(`# ${density}`);
  const big = join(dir, `${density}-${STORE_COUNT}.jsonl`);
  writeSyntheticJsonl(big, STORE_COUNT, 7, density);
  const small = join(dir, `${density}-${EXTRACT_COUNT}.jsonl`);
  writeSyntheticJsonl(small, EXTRACT_COUNT, 7, density);
  if (only.includes('store')) await run(`${density}, store only, stub extraction`, big, stubExtract);
  if (only.includes('store') && only.includes('reader'))
    await run(`${density}, store only, stub extraction, reader`, big, stubExtract, true);
  if (only.includes('extract')) {
    const x = inProcess(density);
    await run(`${density}, with extraction in-process`, small, x.extract);
    console.log(x.report());
    const seen = recorded.get(density);
    if (seen) await run(`${density}, store only, real extractions replayed`, small, (a) => seen.get(a.id)!);
  }
  if (only.includes('pool')) {
    // the built worker, as the CLI runs it: a .ts worker pays for tsx's loader thread and
    // transpiling (`npm run bench` builds first)
    const built = new URL('../dist/extraction-worker.mjs', import.meta.url);
    const script = existsSync(built) ? built : undefined;
    const pool = createExtractionPool({ workers, workerData: { knowledgeDir: config.knowledgeDir }, script });
    try {
      await run(`${density}, with extraction on ${workers} workers`, small, pool.extract);
      if (only.includes('reader'))
        await run(`${density}, with extraction on ${workers} workers, reader`, small, pool.extract, true);
    } finally {
      await pool.close();
    }
  }
  if (only.includes('cli')) runCli(small, EXTRACT_COUNT, density);
}
