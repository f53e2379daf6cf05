// .json (one article object or an array) and .jsonl files in the extract input format.
import { articleInputSchema } from '../domain/contract.ts';
import { fail, ok, type Result } from '../domain/errors.ts';
import { detectOriginalSource } from './original-source.ts';
import type { ParsedArticle } from './parsed-article.ts';

export interface JsonItems {
  articles: ParsedArticle[];
  /** lines or items that were not articles, with why */
  failures: { origin: string; message: string }[];
}

function toArticle(raw: unknown, origin: string): Result<ParsedArticle> {
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid_input', `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}`);
  }
  const a = parsed.data;
  if (!a.text.trim()) return fail('unreadable_input', 'empty text');
  return ok({
    id: a.id,
    text: a.text,
    title: a.title ?? a.text.split('\n', 1)[0]?.slice(0, 300) ?? null,
    url: a.url ?? null,
    outlet: a.source ?? null,
    byline: null,
    published: a.published ?? null,
    originalSource: detectOriginalSource(a.text),
    origin,
  });
}

function collect(items: { raw: unknown; origin: string }[]): JsonItems {
  const out: JsonItems = { articles: [], failures: [] };
  for (const { raw, origin } of items) {
    const r = toArticle(raw, origin);
    if (r.ok) out.articles.push(r.value);
    else out.failures.push({ origin, message: r.error.message });
  }
  return out;
}

export function readJson(text: string, origin: string): Result<JsonItems> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('bad_json', `not valid JSON: ${(e as Error).message.slice(0, 200)}`);
  }
  const list = Array.isArray(data) ? data : [data];
  return ok(
    collect(list.map((raw, i) => ({ raw, origin: list.length > 1 ? `${origin}#${i + 1}` : origin }))),
  );
}

export function readJsonl(text: string, origin: string): Result<JsonItems> {
  const items: { raw: unknown; origin: string }[] = [];
  const failures: JsonItems['failures'] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      items.push({ raw: JSON.parse(line), origin: `${origin}#${i + 1}` });
    } catch (e) {
      failures.push({
        origin: `${origin}#${i + 1}`,
        message: `bad JSON: ${(e as Error).message.slice(0, 120)}`,
      });
    }
  });
  const got = collect(items);
  return ok({ articles: got.articles, failures: [...failures, ...got.failures] });
}
