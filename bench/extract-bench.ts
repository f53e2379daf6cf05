// Whole `marsad extract --jsonl` on a generated corpus: tokens/s, chars/s, start-up time and
// peak memory, measured on the built CLI in a child process (one core).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findPackageRoot } from '../src/app/paths.ts';
import { cleanText } from '../src/pipeline/normalize/normalize-text.ts';
import { tokenize } from '../src/pipeline/segment/tokenize.ts';
import { generateCorpus } from './generate-corpus.ts';

const root = findPackageRoot();
const cli = join(root, 'bin', 'marsad.js');

function runCli(input: string): { ms: number; stats: Record<string, number> } {
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

export function benchExtract(articles = Number(process.env.BENCH_ARTICLES ?? 1500)): void {
  const corpus = generateCorpus(articles);
  const input = `${corpus.map((a) => JSON.stringify(a)).join('\n')}\n`;
  const chars = corpus.reduce((s, a) => s + a.text.length, 0);
  const tokens = corpus.reduce((s, a) => s + tokenize(cleanText(a.text)).length, 0);

  const startup = runCli(
    `${JSON.stringify({ id: 's', text: 'Rockets hit Baghdad on Monday.', published: '2024-02-07' })}\n`,
  );
  const run = runCli(input);
  const secs = run.ms / 1000;
  console.log(
    `extract: ${articles} articles, ${(chars / 1e6).toFixed(2)} M chars, ${tokens} tokens in ${secs.toFixed(2)} s → ` +
      `${Math.round(tokens / secs / 1000)} k tokens/s, ${(chars / secs / 1e6).toFixed(2)} MB/s (start-up included)`,
  );
  // The process's own CPU time: what one core costs, whatever else the machine is running
  const cpuSecs = (run.stats.cpuMs ?? 0) / 1000;
  if (cpuSecs > 0)
    console.log(
      `extract: ${cpuSecs.toFixed(2)} s of CPU → ${Math.round(tokens / cpuSecs / 1000)} k tokens/s, ` +
        `${(chars / cpuSecs / 1e6).toFixed(2)} MB/s of CPU (start-up included)`,
    );
  console.log(
    `extract: start-up (one short article, whole process) ${startup.ms.toFixed(0)} ms wall` +
      (startup.stats.cpuMs ? `, ${startup.stats.cpuMs.toFixed(0)} ms CPU` : ''),
  );
  if (run.stats.maxRssMb) console.log(`extract: peak memory ${run.stats.maxRssMb.toFixed(0)} MB`);
  if (run.stats.loadMs !== undefined)
    console.log(`extract: knowledge load ${run.stats.loadMs.toFixed(0)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchExtract();
