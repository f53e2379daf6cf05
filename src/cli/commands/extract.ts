// `marsad extract --jsonl` (the extraction contract) and `marsad extract FILE...`.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { processLine } from '../../app/extract-line.ts';
import { type Config, createPipelineContext, readConfig } from '../../app/runtime.ts';
import type { IsoDate } from '../../domain/contract.ts';
import { extractArticle } from '../../pipeline/pipeline.ts';
import { writeOut } from '../io.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, events, quotes and relations from articles')
    .argument('[files...]', 'plain-text or HTML files (pretty JSON out)')
    .option('--jsonl', 'read JSONL articles on stdin, write one JSONL extraction per line')
    .option('--published <date>', 'publication date for FILE inputs (YYYY-MM-DD)')
    .option('--stats', 'print a JSON line of run statistics (time, peak memory) on stderr')
    .action(async (files: string[], opts: { jsonl?: boolean; published?: string; stats?: boolean }) => {
      const config = readConfig();
      if (opts.jsonl || files.length === 0) await extractJsonl(config, opts.stats === true);
      else await extractFiles(config, files, opts.published);
    });
}

async function extractJsonl(config: Config, stats: boolean): Promise<void> {
  const t0 = performance.now();
  const ctx = createPipelineContext(config);
  const loadMs = performance.now() - t0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let failed = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    n++;
    const out = processLine(line, ctx);
    if ('error' in out) failed++;
    await writeOut(`${JSON.stringify(out)}\n`);
    if (n % 100 === 0) process.stderr.write(`extract: ${n} lines\r`);
  }
  process.stderr.write(`extract: ${n} lines, ${failed} with errors\n`);
  if (stats) {
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    const totalMs = performance.now() - t0;
    // CPU time of the whole process: on a shared machine wall time also counts other processes
    const usage = process.cpuUsage();
    const cpuMs = (usage.user + usage.system) / 1000;
    process.stderr.write(`stats ${JSON.stringify({ lines: n, failed, loadMs, totalMs, cpuMs, maxRssMb })}\n`);
  }
}

async function extractFiles(config: Config, files: string[], published?: string): Promise<void> {
  const ctx = createPipelineContext(config);
  const { readArticleFile } = await import('../../ingest/read-article-file.ts');
  const results = [];
  for (const file of files) {
    const article = readArticleFile(file, readFileSync(file));
    if (!article.ok) {
      results.push({ id: file, error: article.error });
      continue;
    }
    const input = published
      ? { ...article.value, published: published.slice(0, 10) as IsoDate }
      : article.value;
    results.push(extractArticle(input, ctx));
  }
  await writeOut(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
}
