// `marsad extract --jsonl` (the extraction contract) and `marsad extract FILE...`.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { processLine } from '../../app/extract-line.ts';
import { type Config, createPipelineContext, readConfig } from '../../app/runtime.ts';
import type { IsoDate } from '../../domain/contract.ts';
import { extractArticle } from '../../pipeline/pipeline.ts';
import { readLineBatches, writeOut } from '../io.ts';

const OUT_CHUNK = 1 << 16;

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
  let n = 0;
  let failed = 0;
  for await (const lines of readLineBatches(process.stdin)) {
    // one write per batch of input (or per OUT_CHUNK characters): fewer, larger stdout writes
    let out = '';
    for (const line of lines) {
      if (!line.trim()) continue;
      n++;
      const result = processLine(line, ctx);
      if ('error' in result) failed++;
      out += `${JSON.stringify(result)}\n`;
      if (out.length >= OUT_CHUNK) {
        await writeOut(out);
        out = '';
      }
      if (n % 100 === 0) process.stderr.write(`extract: ${n} lines\r`);
    }
    if (out) await writeOut(out);
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
