// One file → one article in the extraction input format (used by `marsad extract FILE`).
// A feed or JSON file with several articles gives its first.
import { basename } from 'node:path';
import type { ArticleInput } from '../domain/contract.ts';
import { fail, ok, type Result } from '../domain/errors.ts';
import { readDocuments } from './read-documents.ts';

export function readArticleFile(path: string, bytes: Buffer): Result<ArticleInput> {
  const r = readDocuments(path, bytes);
  if (!r.ok) return r;
  const a = r.value.articles[0];
  if (!a) return fail('unreadable_input', r.value.failures[0]?.message ?? `no article in ${path}`);
  const input: ArticleInput = { id: a.id ?? basename(path), text: a.text };
  if (a.title) input.title = a.title;
  if (a.published) input.published = a.published;
  if (a.url) input.url = a.url;
  if (a.outlet) input.source = a.outlet;
  return ok(input);
}
