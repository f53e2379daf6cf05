// A .txt or .md article: the first line is the title; a date line near the top (a dateline,
// "Published: 10 February 2021") gives the publication date.
import { fail, ok, type Result } from '../domain/errors.ts';
import { detectOriginalSource } from './original-source.ts';
import { parseDate } from './parse-date.ts';
import type { ParsedArticle } from './parsed-article.ts';

const MARKDOWN_HEADING = /^#{1,6}\s+/;
const BYLINE = /^(?:by|written by)\s+(.{3,80})$/i;
// header lines some exports put under the title: "Source: Shafaq News", "URL: https://…"
const OUTLET_LINE = /^(?:source|outlet|publisher)\s*:\s*(.{2,80})$/i;
const URL_LINE = /^(?:url|link)\s*:\s*(https?:\/\/\S+)$/i;

export function readText(raw: string, origin: string, markdown = false): Result<ParsedArticle> {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const firstIdx = lines.findIndex((l) => l.trim().length > 0);
  if (firstIdx < 0) return fail('unreadable_input', 'no text');
  const titleLine = lines[firstIdx]!.trim();
  const title = (markdown ? titleLine.replace(MARKDOWN_HEADING, '') : titleLine).slice(0, 300);
  let published = null;
  let byline: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  for (const line of lines.slice(firstIdx + 1, firstIdx + 6)) {
    const l = line.trim();
    outlet ??= OUTLET_LINE.exec(l)?.[1] ?? null;
    url ??= URL_LINE.exec(l)?.[1] ?? null;
    // a short line near the top that is mostly a date is a dateline, not a sentence
    if (!published && l.length > 0 && l.length <= 60) published = parseDate(l);
    byline ??= BYLINE.exec(l)?.[1] ?? null;
  }
  if (text.trim().length < 20) return fail('unreadable_input', 'text too short to be an article');
  return ok({
    text,
    title,
    url,
    outlet,
    byline,
    published,
    originalSource: detectOriginalSource(text),
    origin,
  });
}
