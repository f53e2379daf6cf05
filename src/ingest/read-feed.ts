// RSS, Atom, RDF and JSON Feed files → one article per item (content:encoded preferred over
// the summary). feedsmith parses; this file only picks fields.
import { fail, ok, type Result } from '../domain/errors.ts';
import { htmlToText } from './html-to-text.ts';
import { feedsmith } from './lazy-modules.ts';
import { detectOriginalSource } from './original-source.ts';
import { parseDate } from './parse-date.ts';
import type { ParsedArticle } from './parsed-article.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
/** A string, or the text of an Atom text construct `{ value }`. */
const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  const value = obj(v).value;
  return typeof value === 'string' ? value.trim() || null : null;
};
const first = (...vs: unknown[]): string | null => {
  for (const v of vs) {
    const s = str(v);
    if (s) return s;
  }
  return null;
};
const firstOf = (v: unknown): unknown => (Array.isArray(v) ? v[0] : undefined);

export function isFeed(text: string): boolean {
  const head = text.slice(0, 1024);
  return /<(rss|feed|rdf:RDF)[\s>]/.test(head) || /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head);
}

export function readFeed(
  text: string,
  origin: string,
): Result<{ articles: ParsedArticle[]; failures: { origin: string; message: string }[] }> {
  const { parseFeed } = feedsmith();
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (e) {
    return fail('unsupported_format', `not a feed: ${(e as Error).message.slice(0, 200)}`);
  }
  const feed = obj(parsed.feed);
  const outlet = first(feed.title);
  const items = (
    Array.isArray(feed.items) ? feed.items : Array.isArray(feed.entries) ? feed.entries : []
  ) as unknown[];
  const articles: ParsedArticle[] = [];
  const failures: { origin: string; message: string }[] = [];
  items.forEach((raw, i) => {
    const item = obj(raw);
    const where = `${origin}#${i + 1}`;
    const html = first(
      obj(item.content).encoded,
      item.content_html,
      item.content,
      item.content_text,
      item.description,
      item.summary,
    );
    const body = html ? htmlToText(html) : '';
    if (body.length < 20) {
      failures.push({ origin: where, message: 'feed item without text' });
      return;
    }
    const title = first(item.title);
    const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
    articles.push({
      text,
      title,
      url: first(item.link, item.url, obj(firstOf(item.links)).href, item.id),
      outlet,
      byline: first(firstOf(obj(item.dc).creators), obj(firstOf(item.authors)).name, item.author),
      published: parseDate(
        first(item.pubDate, item.published, item.date_published, item.updated, obj(item.dc).date),
      ),
      originalSource: detectOriginalSource(body),
      origin: where,
    });
  });
  return ok({ articles, failures });
}
