// Ingestion through the job queue: what `marsad enqueue` sends and what `marsad worker` does
// with each job. A job is one input; its outcome is the ingest summary of that input.
import { isAbsolute, resolve } from 'node:path';
import type { IngestJob } from '../queue/ingest-queue.ts';
import type { IngestStore } from '../store/store.ts';
import { type Extract, type IngestSummary, ingestInputs } from './ingest-service.ts';

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** A job per input; paths made absolute, since a worker may run in another directory. */
export function ingestJobs(inputs: readonly string[], allowPrivate = false): IngestJob[] {
  return inputs.map((input) => ({
    input: isUrl(input) || isAbsolute(input) ? input : resolve(input),
    ...(allowPrivate ? { allowPrivate } : {}),
  }));
}

/** Ingest one job's input. Throws (so the queue retries, then keeps the job as failed) when
 * nothing at all could be read; some bad articles among good ones are only reported. */
export async function runIngestJob(
  job: IngestJob,
  store: IngestStore,
  extract: Extract,
): Promise<IngestSummary> {
  const summary = await ingestInputs([job.input], store, extract, {
    allowPrivate: job.allowPrivate ?? false,
  });
  if (summary.new + summary.duplicates === 0 && summary.failed.length > 0) {
    throw new Error(summary.failed.map((f) => `${f.origin}: ${f.message}`).join('; '));
  }
  return summary;
}
