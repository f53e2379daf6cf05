// STUB (skeleton): plain text only. The ingest work adds HTML, feeds, JSON.
import { basename } from 'node:path';
import type { ArticleInput } from '../domain/contract.ts';
import { ok, type Result } from '../domain/errors.ts';

export function readArticleFile(path: string, bytes: Buffer): Result<ArticleInput> {
  const text = bytes.toString('utf8');
  return ok({ id: basename(path), text, title: text.split('\n', 1)[0] });
}
