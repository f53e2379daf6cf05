// A second process for the concurrency test and bench: reads the store in a loop while
// another process ingests, and reports how many reads it made and whether any failed.
// Usage: node --import tsx test/ingest/read-loop.ts DB_FILE STOP_FILE
import { existsSync } from 'node:fs';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';

const [dbPath, stopFile] = process.argv.slice(2);
if (!dbPath || !stopFile) throw new Error('usage: read-loop.ts DB_FILE STOP_FILE');

const store = openSqliteStore(dbPath);
let reads = 0;
let errors = 0;
let maxArticles = 0;
let firstError: string | null = null;
const latencies: number[] = [];
const deadline = Date.now() + 120_000;
while (!existsSync(stopFile) && Date.now() < deadline) {
  const t = performance.now();
  try {
    const s = await store.stats();
    await store.listEvents({ limit: 50 });
    await store.listArticles({ limit: 20 });
    // the count only grows: a reader never sees a half-written article disappear
    if (s.articles < maxArticles)
      throw new Error(`article count went back from ${maxArticles} to ${s.articles}`);
    maxArticles = s.articles;
    reads++;
  } catch (e) {
    errors++;
    firstError ??= (e as Error).message;
  }
  latencies.push(performance.now() - t);
}
await store.close();
latencies.sort((a, b) => a - b);
const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({ reads, errors, firstError, maxArticles, p50ms: p(0.5), p99ms: p(0.99), maxMs: p(1) })}\n`,
);
