// Ingestion as a service: inputs (paths, directories, URLs) → articles → extraction → store.
// Never throws for a bad input: each failure is reported in the summary and the run goes on.
import { readFileSync, statSync } from 'node:fs';
import type { ArticleInput, Extraction } from '../domain/contract.ts';
import { fail, ok, type Result } from '../domain/errors.ts';
import { fetchUrl } from '../ingest/fetch-url.ts';
import { CLUSTER_THRESHOLD, fingerprint } from '../ingest/fingerprint.ts';
import { listInputFiles } from '../ingest/list-input-files.ts';
import { MAX_INPUT_BYTES, type ParsedArticle } from '../ingest/parsed-article.ts';
import { type ReadOutcome, readDocuments } from '../ingest/read-documents.ts';
import { contentHash } from '../store/content-hash.ts';
import type {
  ArticleToSave,
  IncomingArticle,
  IngestLogEntry,
  IngestStore,
  SaveOptions,
  SaveReport,
  Store,
} from '../store/store.ts';

export interface IngestOptions {
  allowPrivate?: boolean;
  /** called after each article or failure (progress display) */
  onProgress?: (p: IngestProgress) => void;
  maxBytes?: number;
  /** extractions in flight at once (ahead of the store); enough to keep a pool busy while a
   * batch is written */
  window?: number;
}

export interface IngestProgress {
  origin: string;
  status: 'new' | 'duplicate' | 'failed';
  done: number;
  /** inputs known so far (grows as directories and feeds are expanded) */
  total: number;
}

export interface IngestSummary {
  /** articles read from the inputs (a feed counts its items) */
  read: number;
  new: number;
  duplicates: number;
  /** new articles that joined an existing cluster (near-duplicates) */
  nearDuplicates: number;
  eventsCreated: number;
  eventsMerged: number;
  failed: { origin: string; message: string }[];
}

/** The pipeline in-process (a value) or on the extraction pool (a promise). */
export type Extract = (article: ArticleInput) => Extraction | Promise<Extraction>;

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export async function ingestInputs(
  inputs: readonly string[],
  store: Store,
  extract: Extract,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    read: 0,
    new: 0,
    duplicates: 0,
    nearDuplicates: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    failed: [],
  };
  const progress = { done: 0, total: inputs.length };
  const log: IngestLogEntry[] = [];
  /** Writes the log once it holds `min` entries (a commit per entry would cost more). */
  const flushLog = async (min = 1) => {
    if (log.length < min) return;
    const entries = log.splice(0);
    if (canBatch(store)) await store.logIngestMany(entries);
    else for (const e of entries) await store.logIngest(e);
  };
  const report = (origin: string, status: IngestProgress['status'], message?: string, articleId?: string) => {
    progress.done++;
    if (status === 'failed') summary.failed.push({ origin, message: message ?? 'failed' });
    log.push({ origin, status, articleId: articleId ?? null, message: message ?? null });
    options.onProgress?.({ origin, status, ...progress });
  };
  const writer = new ArticleWriter(store, extract, summary, report, options.window ?? DEFAULT_WINDOW);
  for (const input of inputs) {
    const sources = isUrl(input) ? [input] : expandPath(input, report);
    progress.total += sources.length - 1;
    for (const source of sources) {
      const outcome = isUrl(source) ? await readUrl(source, options) : readFile(source, options);
      if (!outcome.ok) {
        report(source, 'failed', `${outcome.error.code}: ${outcome.error.message}`);
        continue;
      }
      progress.total += outcome.value.articles.length + outcome.value.failures.length - 1;
      for (const f of outcome.value.failures) report(f.origin, 'failed', f.message);
      for (const parsed of outcome.value.articles) {
        await writer.add(parsed);
        await flushLog(BATCH_SIZE);
      }
    }
    await flushLog(BATCH_SIZE);
  }
  await writer.finish();
  await flushLog();
  return summary;
}

function expandPath(path: string, report: (o: string, s: 'failed', m: string) => void): string[] {
  try {
    return listInputFiles(path);
  } catch (e) {
    report(path, 'failed', `unreadable_input: ${(e as Error).message}`);
    return [];
  }
}

function readFile(path: string, options: IngestOptions): Result<ReadOutcome> {
  try {
    const max = options.maxBytes ?? MAX_INPUT_BYTES;
    const size = statSync(path).size;
    // refuse before reading: a huge file must not be loaded to be rejected
    if (size > max) {
      return { ok: false, error: { code: 'text_too_large', message: `${size} bytes; the limit is ${max}` } };
    }
    return readDocuments(path, readFileSync(path));
  } catch (e) {
    return { ok: false, error: { code: 'unreadable_input', message: (e as Error).message } };
  }
}

async function readUrl(url: string, options: IngestOptions): Promise<Result<ReadOutcome>> {
  const fetched = await fetchUrl(url, {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes,
  });
  if (!fetched.ok) return fetched;
  return readDocuments(fetched.value.url, fetched.value.body, fetched.value.contentType);
}

export function toIncoming(p: ParsedArticle): IncomingArticle {
  return {
    text: p.text,
    title: p.title,
    url: p.url,
    outlet: p.outlet,
    byline: p.byline,
    published: p.published,
    originalSource: p.originalSource,
    origin: p.origin,
    fingerprint: fingerprint(p.text),
  };
}

export function toArticleInput(id: string, p: ParsedArticle): ArticleInput {
  const a: ArticleInput = { id, text: p.text };
  if (p.title) a.title = p.title;
  if (p.published) a.published = p.published;
  if (p.url) a.url = p.url;
  if (p.outlet) a.source = p.outlet;
  return a;
}

type Report = (o: string, s: IngestProgress['status'], m?: string, id?: string) => void;

interface Pending {
  parsed: ParsedArticle;
  hash: string;
  extraction: Extraction;
}

/** An extraction under way: its article, and the outcome once known (never rejects). */
interface InFlight {
  parsed: ParsedArticle;
  hash: string;
  outcome: Promise<Result<Extraction>>;
}

/** Several articles per transaction: a commit costs more than storing a 4 KB article. */
export const BATCH_SIZE = 32;

/** Four batches ahead: the pool keeps extracting while the main thread writes one. */
export const DEFAULT_WINDOW = 4 * BATCH_SIZE;

const canBatch = (s: Store): s is IngestStore =>
  typeof (s as Partial<IngestStore>).saveArticles === 'function';

/** One at a time, not all at once: each article's events merge with those saved before it. */
async function saveOneByOne(
  store: Store,
  items: readonly ArticleToSave[],
  options: SaveOptions,
): Promise<Result<SaveReport>[]> {
  const results: Result<SaveReport>[] = [];
  for (const { article, extraction } of items)
    results.push(await store.saveArticle(article, extraction, options));
  return results;
}

const extractionFailed = (e: unknown): Result<Extraction> =>
  fail('internal', `extraction failed: ${(e as Error).message}`);

/** Runs `extract` and settles it as a Result, synchronously when it returns a value. */
function settle(extract: Extract, article: ArticleInput): Result<Extraction> | Promise<Result<Extraction>> {
  try {
    const x = extract(article);
    return x instanceof Promise
      ? x.then((extraction): Result<Extraction> => ok(extraction), extractionFailed)
      : ok(x);
  } catch (e) {
    return extractionFailed(e);
  }
}

/** Extracts new articles (up to `window` at once) and writes them in input order, in batches;
 * known ones are skipped before extraction. */
class ArticleWriter {
  private inFlight: InFlight[] = [];
  private ready: Pending[] = [];
  /** hashes extracting or waiting to be written: a second copy in the same run is a duplicate */
  private pendingHashes = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly extract: Extract,
    private readonly summary: IngestSummary,
    private readonly report: Report,
    private readonly window: number,
  ) {}

  async add(parsed: ParsedArticle): Promise<void> {
    this.summary.read++;
    const hash = contentHash(parsed);
    // a known article is not extracted again: re-ingesting a directory costs only reading it
    const known = await this.store.findArticleByHash(hash);
    if (known || this.pendingHashes.has(hash)) {
      this.summary.duplicates++;
      this.report(parsed.origin, 'duplicate', undefined, known?.id);
      return;
    }
    const outcome = settle(this.extract, toArticleInput(parsed.id ?? hash.slice(0, 16), parsed));
    if (!(outcome instanceof Promise) && !outcome.ok) {
      this.report(parsed.origin, 'failed', `${outcome.error.code}: ${outcome.error.message}`);
      return;
    }
    this.pendingHashes.add(hash);
    this.inFlight.push({ parsed, hash, outcome: Promise.resolve(outcome) });
    while (this.inFlight.length >= this.window) await this.takeOldest();
  }

  async finish(): Promise<void> {
    while (this.inFlight.length > 0) await this.takeOldest();
    await this.flush();
  }

  /** Waits for the oldest extraction (results are stored in input order). */
  private async takeOldest(): Promise<void> {
    const head = this.inFlight.shift();
    if (!head) return;
    const outcome = await head.outcome;
    if (!outcome.ok) {
      this.pendingHashes.delete(head.hash);
      this.report(head.parsed.origin, 'failed', `${outcome.error.code}: ${outcome.error.message}`);
      return;
    }
    this.ready.push({ parsed: head.parsed, hash: head.hash, extraction: outcome.value });
    if (this.ready.length >= BATCH_SIZE) await this.flush();
  }

  private async flush(): Promise<void> {
    const batch = this.ready;
    this.ready = [];
    if (batch.length === 0) return;
    const options = { clusterThreshold: CLUSTER_THRESHOLD };
    const items = batch.map((p) => ({ article: toIncoming(p.parsed), extraction: p.extraction }));
    const results = canBatch(this.store)
      ? await this.store.saveArticles(items, options)
      : await saveOneByOne(this.store, items, options);
    batch.forEach((p, i) => {
      this.pendingHashes.delete(p.hash);
      this.record(p.parsed.origin, results[i]!);
    });
  }

  private record(origin: string, saved: Result<SaveReport>): void {
    if (!saved.ok) {
      this.report(origin, 'failed', `${saved.error.code}: ${saved.error.message}`);
      return;
    }
    const r = saved.value;
    if (!r.isNew) {
      this.summary.duplicates++;
      this.report(origin, 'duplicate', undefined, r.articleId);
      return;
    }
    this.summary.new++;
    if (r.joinedCluster) this.summary.nearDuplicates++;
    this.summary.eventsCreated += r.eventsCreated;
    this.summary.eventsMerged += r.eventsMerged;
    this.report(origin, 'new', undefined, r.articleId);
  }
}
