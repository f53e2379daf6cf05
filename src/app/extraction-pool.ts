// Extraction on worker threads, so ingestion reads and stores on the main thread while the
// pipeline runs on the other cores. Each worker loads the knowledge once (~250 ms, ~200 MB)
// and extracts one article per message; results come back in any order and the caller puts
// them in order. A worker that dies fails only the article it was running: the articles
// queued behind it go to a fresh worker.
import { availableParallelism, freemem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, Extraction } from '../domain/contract.ts';

export interface ExtractionPool {
  extract(article: ArticleInput): Promise<Extraction>;
  /** terminates the workers; pending extractions are rejected */
  close(): Promise<void>;
}

export interface PoolOptions {
  workers: number;
  /** handed to each worker as workerData (the real worker reads `knowledgeDir`) */
  workerData: unknown;
  /** the worker module; the extraction worker by default (tests pass a stand-in) */
  script?: URL;
}

/** What a worker posts: 'ready' once its knowledge is loaded, then one reply per task. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; extraction: Extraction }
  | { kind: 'failed'; id: number; message: string };

export interface WorkerTask {
  id: number;
  article: ArticleInput;
}

/** A worker holds ~200 MB of knowledge: no more workers than cores, nor than free memory allows. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / 400e6)));
}

/** The worker module next to this one: .ts under tsx, the bundled .mjs in dist/. */
export function extractionWorkerScript(): URL {
  const ts = import.meta.url.endsWith('.ts');
  return new URL(ts ? './extraction-worker.ts' : './extraction-worker.mjs', import.meta.url);
}

/** A .ts worker (tests, benches under tsx) registers tsx first: Node 20 does not hand the
 * parent's loader hooks to a worker. */
function startWorker(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** Tasks waiting on every worker before another one is started. */
const SPAWN_BACKLOG = 8;

interface Task extends WorkerTask {
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** tasks posted to this worker, oldest first: the first is the one it is running */
  tasks: Task[];
  ready: boolean;
}

export function createExtractionPool(options: PoolOptions): ExtractionPool {
  const size = Math.max(1, Math.min(options.workers, availableParallelism()));
  const script = options.script ?? extractionWorkerScript();
  const slots: Slot[] = [];
  let nextId = 0;
  let broken: Error | undefined;
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: startWorker(script, options.workerData),
      tasks: [],
      ready: false,
    };
    slot.worker.on('message', (m: WorkerReply) => onReply(slot, m));
    slot.worker.on('error', (e) => onDeath(slot, e));
    slot.worker.on('exit', (code) => onDeath(slot, new Error(`the worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  };

  const onReply = (slot: Slot, m: WorkerReply): void => {
    if (m.kind === 'ready') {
      slot.ready = true;
      return;
    }
    const i = slot.tasks.findIndex((t) => t.id === m.id);
    const [task] = i < 0 ? [] : slot.tasks.splice(i, 1);
    if (!task) return;
    if (m.kind === 'done') task.resolve(m.extraction);
    else task.reject(new Error(m.message));
  };

  const onDeath = (slot: Slot, e: Error): void => {
    const at = slots.indexOf(slot);
    if (at < 0) return; // 'error' and then 'exit': handled once
    slots.splice(at, 1);
    const [running, ...queued] = slot.tasks;
    slot.tasks = [];
    if (closing) {
      for (const t of [running, ...queued]) t?.reject(new Error('the extraction pool was closed'));
      return;
    }
    if (!slot.ready) {
      // it died loading the knowledge: so would every other worker
      broken = new Error(`an extraction worker failed to start: ${e.message}`);
      for (const s of slots.splice(0)) {
        queued.push(...s.tasks);
        void s.worker.terminate();
      }
      for (const t of [running, ...queued]) t?.reject(broken);
      return;
    }
    running?.reject(new Error(`the extraction worker crashed: ${e.message}`));
    for (const t of queued) dispatch(t);
  };

  /** To the least busy worker; a new one while the pool is not full and every worker has a
   * backlog (a worker's warm-up costs ~1.5 s of CPU: a handful of articles is not worth it). */
  const dispatch = (task: Task): void => {
    if (broken) {
      task.reject(broken);
      return;
    }
    let slot = slots.reduce<Slot | undefined>(
      (a, s) => (!a || s.tasks.length < a.tasks.length ? s : a),
      undefined,
    );
    if (!slot || (slot.tasks.length >= SPAWN_BACKLOG && slots.length < size)) slot = spawn();
    slot.tasks.push(task);
    slot.worker.postMessage({ id: task.id, article: task.article } satisfies WorkerTask);
  };

  return {
    extract: (article) =>
      new Promise<Extraction>((resolve, reject) => {
        if (closing) reject(new Error('the extraction pool was closed'));
        else dispatch({ id: nextId++, article, resolve, reject });
      }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
