// A stand-in extraction worker for the pool tests: the stub extractor, a random delay so
// results come back out of order, an article that throws and one that kills the worker.
// workerData.failToStart makes it die before it is ready (as a missing knowledge dir would).
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from '../../src/app/extraction-pool.ts';
import { stubExtract } from './stub-extract.ts';

const port = parentPort;
if (!port) throw new Error('stub-worker.ts runs as a worker thread');
if ((workerData as { failToStart?: boolean }).failToStart) throw new Error('no knowledge here');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
port.on('message', ({ id, article }: WorkerTask) => {
  sleep((id * 7919) % 5);
  if (article.text.includes('KILL-THE-WORKER')) process.exit(3);
  try {
    if (article.text.includes('THROW-IN-EXTRACTION')) throw new Error('the extractor tripped');
    port.postMessage({ kind: 'done', id, extraction: stubExtract(article) } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ kind: 'failed', id, message: (e as Error).message } satisfies WorkerReply);
  }
});
