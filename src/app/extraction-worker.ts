// One extraction worker of the pool (extraction-pool.ts): loads the knowledge once, then
// extracts each article it is sent. An article that throws is answered as failed; the
// worker goes on with the next.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.ts';
import type { PipelineContext } from '../pipeline/document.ts';
import { extractArticle } from '../pipeline/pipeline.ts';
import type { WorkerReply, WorkerTask } from './extraction-pool.ts';

export interface ExtractionWorkerData {
  knowledgeDir: string;
}

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs as a worker thread of the extraction pool');
const { knowledgeDir } = workerData as ExtractionWorkerData;
const ctx: PipelineContext = { knowledge: loadKnowledge(knowledgeDir) };
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
port.on('message', ({ id, article }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { kind: 'done', id, extraction: extractArticle(article, ctx) };
  } catch (e) {
    reply = { kind: 'failed', id, message: (e as Error).message };
  }
  port.postMessage(reply);
});
