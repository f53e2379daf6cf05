// The ingest job queue, kept in PostgreSQL by pg-boss beside the store: `marsad enqueue` sends
// one job per input, `marsad worker` processes (any number of them, on any machine that
// reaches the database and the inputs). pg-boss loads on first use like the `pg` driver.
import { createRequire } from 'node:module';
import type PgBoss from 'pg-boss';
import { MarsadFailure } from '../domain/errors.ts';

const require = createRequire(import.meta.url);

export const INGEST_QUEUE = 'marsad-ingest';

/** One input to ingest: a file or directory path (absolute, as workers see it) or an http(s) URL. */
export interface IngestJob {
  input: string;
  allowPrivate?: boolean;
}

export interface QueueSettings {
  connectionString: string;
  /** pg-boss's own schema (default `pgboss`) */
  schema?: string;
  /** run pg-boss's maintenance (expiry, archiving) in this process; a worker does */
  supervise?: boolean;
}

/** Handles one job; what it returns is kept as the job's output. A throw fails the job (retried). */
export type JobHandler = (job: IngestJob) => Promise<object>;

export interface IngestQueue {
  enqueue(jobs: readonly IngestJob[]): Promise<string[]>;
  /** Jobs waiting to be processed. */
  waiting(): Promise<number>;
  /** Process jobs one at a time until none is waiting; resolves with how many were processed. */
  drain(handle: JobHandler): Promise<number>;
  /** Process jobs as they arrive (up to `concurrency` at once) until `stop`. */
  work(handle: JobHandler, concurrency: number): Promise<void>;
  stop(): Promise<void>;
}

const failure = (what: string, e: unknown) =>
  new MarsadFailure({ code: 'store_failed', message: `${what} failed: ${(e as Error).message}` });

export async function openIngestQueue(settings: QueueSettings): Promise<IngestQueue> {
  const PgBossClass = require('pg-boss') as typeof PgBoss;
  const boss = new PgBossClass({
    connectionString: settings.connectionString,
    schema: settings.schema ?? 'pgboss',
    supervise: settings.supervise ?? false,
    schedule: false,
    application_name: 'marsad-queue',
  });
  let lastError: Error | undefined;
  // pg-boss reports background errors as events; the next call that fails says what happened
  boss.on('error', (e: Error) => {
    lastError = e;
  });
  try {
    await boss.start();
    // a failed input is retried twice (a feed or page may be back), then kept as failed
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 2, retryBackoff: true });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw failure('opening the job queue', lastError ?? e);
  }
  return new PgBossIngestQueue(boss);
}

class PgBossIngestQueue implements IngestQueue {
  constructor(private readonly boss: PgBoss) {}

  async enqueue(jobs: readonly IngestJob[]): Promise<string[]> {
    const ids: string[] = [];
    for (const job of jobs) {
      const id = await this.boss.send(INGEST_QUEUE, { ...job });
      if (id) ids.push(id);
    }
    return ids;
  }

  waiting(): Promise<number> {
    return this.boss.getQueueSize(INGEST_QUEUE);
  }

  async drain(handle: JobHandler): Promise<number> {
    let done = 0;
    for (;;) {
      const [job] = await this.boss.fetch<IngestJob>(INGEST_QUEUE);
      if (!job) return done;
      await this.settle(job, handle);
      done++;
    }
  }

  async work(handle: JobHandler, concurrency: number): Promise<void> {
    for (let i = 0; i < concurrency; i++) {
      await this.boss.work<IngestJob>(
        INGEST_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: 2 },
        async (jobs) => {
          for (const job of jobs) await this.settle(job, handle);
        },
      );
    }
  }

  /** Complete or fail the job by hand, so drain and work record outcomes the same way. */
  private async settle(job: PgBoss.Job<IngestJob>, handle: JobHandler): Promise<void> {
    try {
      await this.boss.complete(INGEST_QUEUE, job.id, await handle(job.data));
    } catch (e) {
      await this.boss.fail(INGEST_QUEUE, job.id, { message: (e as Error).message });
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true });
  }
}
