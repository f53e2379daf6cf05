// Whole `marsad extract --jsonl` on a generated corpus and on real news text read from the
// shared data folder at bench time (never copied into the repo): tokens/s and MB/s by wall
// clock and by the process's own CPU time (one core), start-up time and peak memory, measured
// on the built CLI in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from '../src/app/paths.ts';
import { cleanText } from '../src/pipeline/normalize/normalize-text.ts';
import { tokenize } from '../src/pipeline/segment/tokenize.ts';
import { type BenchArticle, generateCorpus } from './generate-corpus.ts';

const root = findPackageRoot();
const cli = join(root, 'bin', 'marsad.js');
/** folders of plain-text articles: <dir>/<corpus>/texts/*.txt */
const REAL_DIR = process.env.BENCH_REAL_DIR ?? '/work/shared/data/geoparsing';
/** real texts carry no date; a fixed one keeps relative dates resolvable */
const REAL_PUBLISHED = '2020-01-01';

interface CliRun {
  ms: number;
  stats: Record<string, number>;
}

function runCli(input: string): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'extract', '--jsonl', '--stats'], {
    input,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
  const line = r.stderr.split('\n').find((l) => l.startsWith('stats '));
  const stats = line ? (JSON.parse(line.slice(6)) as Record<string, number>) : {};
  return { ms, stats };
}

function realArticles(): BenchArticle[] {
  if (!existsSync(REAL_DIR)) return [];
  return readdirSync(REAL_DIR)
    .map((corpus) => join(REAL_DIR, corpus, 'texts'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .sort()
        .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8'), published: REAL_PUBLISHED })),
    );
}

const rate = (tokens: number, chars: number, secs: number) =>
  `${Math.round(tokens / secs / 1000)} k tokens/s, ${(chars / secs / 1e6).toFixed(2)} MB/s`;

/** One corpus through the CLI; `startup` (the one-line run) is subtracted for the steady rate. */
function benchCorpus(label: string, corpus: readonly BenchArticle[], startup: CliRun): void {
  const input = `${corpus.map((a) => JSON.stringify(a)).join('\n')}\n`;
  const chars = corpus.reduce((s, a) => s + a.text.length, 0);
  const tokens = corpus.reduce((s, a) => s + tokenize(cleanText(a.text)).length, 0);
  const run = runCli(input);
  const secs = run.ms / 1000;
  const head = `extract ${label}: ${corpus.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${tokens} tokens`;
  console.log(`${head} in ${secs.toFixed(2)} s wall → ${rate(tokens, chars, secs)} (start-up included)`);
  // the process's own CPU time: what one core costs, whatever else the machine is running
  const cpuSecs = (run.stats.cpuMs ?? 0) / 1000;
  const steadySecs = cpuSecs - (startup.stats.cpuMs ?? 0) / 1000;
  if (cpuSecs > 0)
    console.log(
      `extract ${label}: ${cpuSecs.toFixed(2)} s CPU → ${rate(tokens, chars, cpuSecs)} (start-up included); ` +
        `${rate(tokens, chars, steadySecs)} of CPU without the start-up`,
    );
  if (run.stats.maxRssMb) console.log(`extract ${label}: peak memory ${run.stats.maxRssMb.toFixed(0)} MB`);
}

export function benchExtract(articles = Number(process.env.BENCH_ARTICLES ?? 1500)): void {
  const startup = runCli(
    `${JSON.stringify({ id: 's', text: 'Rockets hit Baghdad on Monday.', published: '2024-02-07' })}\n`,
  );
  console.log(
    `extract: start-up (one short article, whole process) ${startup.ms.toFixed(0)} ms wall` +
      (startup.stats.cpuMs ? `, ${startup.stats.cpuMs.toFixed(0)} ms CPU` : '') +
      (startup.stats.loadMs !== undefined ? `, knowledge load ${startup.stats.loadMs.toFixed(0)} ms` : ''),
  );
  benchCorpus('generated', generateCorpus(articles), startup);
  const real = realArticles();
  if (real.length) benchCorpus(`real (${REAL_DIR})`, real, startup);
  else console.log(`extract real: skipped, no texts under ${REAL_DIR} (set BENCH_REAL_DIR)`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchExtract();
