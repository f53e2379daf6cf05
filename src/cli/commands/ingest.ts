// `marsad ingest [--db FILE|URL] [--workers N] PATH|URL...`: files, directories, feeds and pages into the store.
import { type Command, InvalidArgumentError } from 'commander';
import { createExtractionPool, defaultWorkerCount, type ExtractionPool } from '../../app/extraction-pool.ts';
import type { ExtractionWorkerData } from '../../app/extraction-worker.ts';
import {
  type Extract,
  type IngestProgress,
  type IngestSummary,
  ingestInputs,
} from '../../app/ingest-service.ts';
import { type Config, createExtract, openStore, readConfig, storeLabel } from '../../app/runtime.ts';
import { ERROR_CODES } from '../../domain/errors.ts';
import { DB_OPTION, dbOverride } from '../db-option.ts';
import { writeOut } from '../io.ts';

interface IngestFlags {
  db?: string;
  allowPrivate?: boolean;
  quiet?: boolean;
  json?: boolean;
  workers?: number;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles (HTML, text, Markdown, JSON/JSONL, RSS/Atom/JSON feeds, http(s) URLs) into the database',
    )
    .argument('<inputs...>', 'files, directories (recursive) or http(s) URLs')
    .option(...DB_OPTION)
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--quiet', 'no progress, only the summary')
    .option('--json', 'print the summary as JSON on stdout')
    .option(
      '--workers <n>',
      `extraction threads (0: on the main thread; default: one per core, here ${defaultWorkerCount()})`,
      parseWorkers,
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const config = readConfig(dbOverride(flags.db));
      const store = await openStore(config);
      const extractor = createExtractor(config, flags.workers ?? defaultWorkerCount());
      const started = Date.now();
      let summary: IngestSummary;
      try {
        summary = await ingestInputs(inputs, store, extractor.extract, {
          allowPrivate: flags.allowPrivate ?? false,
          onProgress: flags.quiet ? undefined : progressPrinter(),
        });
      } finally {
        await store.close();
        await extractor.close();
      }
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(formatSummary(summary, seconds, storeLabel(config)));
      if (flags.json) await writeOut(`${JSON.stringify({ ...summary, seconds })}\n`);
      // nothing readable at all is an error; some bad inputs among good ones are not
      if (summary.new + summary.duplicates === 0 && summary.failed.length > 0) {
        process.exitCode = ERROR_CODES.unreadable_input.exit;
      }
    });
}

function parseWorkers(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number, 0 or more');
  return n;
}

/** The pipeline on `workers` threads, or in-process for 0. Either way the knowledge loads on
 * the first new article: re-ingesting known inputs does not pay for it. */
function createExtractor(config: Config, workers: number): { extract: Extract; close: () => Promise<void> } {
  if (workers > 0) {
    let pool: ExtractionPool | undefined;
    return {
      extract: (a) => {
        pool ??= createExtractionPool({
          workers,
          workerData: { knowledgeDir: config.knowledgeDir } satisfies ExtractionWorkerData,
        });
        return pool.extract(a);
      },
      close: async () => pool?.close(),
    };
  }
  return { extract: createExtract(config), close: async () => {} };
}

/** A one-line counter on a terminal; a line per 100 inputs (and every failure) otherwise. */
function progressPrinter(): (p: IngestProgress) => void {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return (p) => {
    if (tty) {
      const now = Date.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      const width = 24;
      const filled = Math.round((Math.min(p.done, p.total) / Math.max(1, p.total)) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} `);
      if (p.done >= p.total) process.stderr.write('\n');
    } else if (p.done % 100 === 0) {
      process.stderr.write(`ingest: ${p.done}/${p.total}\n`);
    }
  };
}

export function formatSummary(s: IngestSummary, seconds: number, db: string): string {
  const lines = [
    `ingest: ${s.read} read, ${s.new} new (${s.nearDuplicates} near-duplicates clustered), ` +
      `${s.duplicates} duplicates, ${s.failed.length} failed; ` +
      `${s.eventsCreated} events created, ${s.eventsMerged} merged; ${seconds.toFixed(1)} s → ${db}`,
  ];
  for (const f of s.failed.slice(0, 50)) lines.push(`  failed: ${f.origin}: ${f.message}`);
  if (s.failed.length > 50) lines.push(`  … and ${s.failed.length - 50} more failures`);
  return `${lines.join('\n')}\n`;
}
