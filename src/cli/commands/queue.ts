// `marsad enqueue --db postgres://… PATH|URL...` and `marsad worker --db postgres://…`: ingestion
// through a job queue in the PostgreSQL database, for several workers on several machines.
import type { Command } from 'commander';
import { ingestJobs, runIngestJob } from '../../app/ingest-jobs.ts';
import { createExtract, openQueue, openStore, readConfig, storeLabel } from '../../app/runtime.ts';
import { MarsadFailure } from '../../domain/errors.ts';
import { DB_OPTION, dbOverride } from '../db-option.ts';
import { writeOut } from '../io.ts';

export function registerQueue(program: Command): void {
  program
    .command('enqueue')
    .description('send ingest jobs (one per input) to the queue in the PostgreSQL database')
    .argument('<inputs...>', 'files, directories or http(s) URLs, as the workers will see them')
    .option(...DB_OPTION)
    .option('--allow-private', 'let workers fetch from private, loopback and link-local addresses')
    .action(async (inputs: string[], flags: { db?: string; allowPrivate?: boolean }) => {
      const queue = await openQueue(readConfig(dbOverride(flags.db)));
      try {
        const ids = await queue.enqueue(ingestJobs(inputs, flags.allowPrivate ?? false));
        await writeOut(`${JSON.stringify({ enqueued: ids.length, waiting: await queue.waiting() })}\n`);
      } finally {
        await queue.stop();
      }
    });

  program
    .command('worker')
    .description('ingest jobs from the queue in the PostgreSQL database into it')
    .option(...DB_OPTION)
    .option('--concurrency <n>', 'jobs at once', (v) => Number.parseInt(v, 10), 1)
    .option('--drain', 'stop once no job is waiting (default: keep waiting for jobs)')
    .action(async (flags: { db?: string; concurrency: number; drain?: boolean }) => {
      if (!Number.isInteger(flags.concurrency) || flags.concurrency < 1)
        throw new MarsadFailure({
          code: 'invalid_input',
          message: '--concurrency expects a whole number ≥ 1',
        });
      const config = readConfig(dbOverride(flags.db));
      const store = await openStore(config);
      const queue = await openQueue(config, !flags.drain);
      const extract = createExtract(config);
      const handle = async (job: Parameters<typeof runIngestJob>[0]) => {
        try {
          const summary = await runIngestJob(job, store, extract);
          const { new: added, duplicates, failed } = summary;
          process.stderr.write(
            `worker: ${job.input}: ${added} new, ${duplicates} duplicates, ${failed.length} failed\n`,
          );
          return summary;
        } catch (e) {
          process.stderr.write(`worker: ${job.input}: failed (retried later): ${(e as Error).message}\n`);
          throw e;
        }
      };
      if (flags.drain) {
        const done = await queue.drain(handle).finally(() => Promise.all([queue.stop(), store.close()]));
        process.stderr.write(`worker: ${done} jobs done → ${storeLabel(config)}\n`);
        return;
      }
      await queue.work(handle, flags.concurrency);
      process.stderr.write(`worker: waiting for jobs → ${storeLabel(config)}\n`);
      const stop = () => {
        void Promise.all([queue.stop(), store.close()]).finally(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
