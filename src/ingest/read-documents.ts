// One input (a file's bytes or a fetched body) → the articles in it. The format comes from
// the extension or content type, checked against the content (a .xml may be a feed, a .txt
// may be HTML).
import { extname } from 'node:path';
import { fail, ok, type Result } from '../domain/errors.ts';
import { decodeText } from './decode-text.ts';
import type { ParsedArticle } from './parsed-article.ts';
import { isFeed, readFeed } from './read-feed.ts';
import { readHtml } from './read-html.ts';
import { readJson, readJsonl } from './read-json.ts';
import { readText } from './read-text.ts';

export type InputFormat = 'html' | 'text' | 'markdown' | 'json' | 'jsonl' | 'feed';

export interface ReadOutcome {
  articles: ParsedArticle[];
  /** items inside the input that could not be read (a bad JSONL line, an empty feed item) */
  failures: { origin: string; message: string }[];
  /** set when the bytes were not UTF-8 */
  encoding?: string;
}

const BY_EXTENSION: Record<string, InputFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const isSupportedFile = (path: string): boolean => extname(path).toLowerCase() in BY_EXTENSION;

function formatOf(origin: string, text: string, contentType?: string): InputFormat | undefined {
  const head = text.trimStart().slice(0, 512);
  if (isFeed(head)) return 'feed';
  const ct = contentType?.toLowerCase() ?? '';
  if (/json/.test(ct)) return 'json';
  if (/html/.test(ct)) return 'html';
  if (/xml/.test(ct)) return 'feed';
  if (/text\/plain/.test(ct)) return 'text';
  let path = origin;
  if (/^https?:/i.test(origin)) path = new URL(origin).pathname;
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExt === 'text' && /^<(!doctype html|html)[\s>]/i.test(head)) return 'html';
  if (byExt) return byExt;
  if (/^<(!doctype html|html)[\s>]/i.test(head)) return 'html';
  // a file named without an extension and given by name is read as plain text
  return extname(path) === '' && !/^https?:/i.test(origin) ? 'text' : undefined;
}

export function readDocuments(origin: string, bytes: Uint8Array, contentType?: string): Result<ReadOutcome> {
  try {
    return readDecoded(origin, bytes, contentType);
  } catch (e) {
    // a parser bug on a hostile input is that input's failure, not the run's
    return fail('unreadable_input', `could not read ${origin}: ${(e as Error).message}`);
  }
}

function readDecoded(origin: string, bytes: Uint8Array, contentType?: string): Result<ReadOutcome> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  const extra = encoding === 'utf-8' ? {} : { encoding };
  const format = formatOf(origin, text, contentType);
  const pageUrl = /^https?:/i.test(origin) ? origin : null;
  const one = (r: Result<ParsedArticle>): Result<ReadOutcome> =>
    r.ok ? ok({ articles: [r.value], failures: [], ...extra }) : r;
  switch (format) {
    case 'html':
      return one(readHtml(text, origin, pageUrl));
    case 'text':
      return one(readText(text, origin));
    case 'markdown':
      return one(readText(text, origin, true));
    case 'json': {
      const r = readJson(text, origin);
      return r.ok ? ok({ ...r.value, ...extra }) : r;
    }
    case 'jsonl': {
      const r = readJsonl(text, origin);
      return r.ok ? ok({ ...r.value, ...extra }) : r;
    }
    case 'feed': {
      const r = readFeed(text, origin);
      return r.ok ? ok({ ...r.value, ...extra }) : r;
    }
    case undefined:
      return fail('unsupported_format', `cannot tell the format of ${origin}`);
  }
}
