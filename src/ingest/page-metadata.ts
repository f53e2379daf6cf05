// Title, outlet, byline, date and canonical URL of a news page from its meta tags, JSON-LD
// and visible text, most reliable first.
import type { IsoDate } from '../domain/contract.ts';
import { parseDate } from './parse-date.ts';

interface DocLike {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(
    sel: string,
  ): ArrayLike<{ textContent: string | null; getAttribute(n: string): string | null }>;
}

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: IsoDate | null;
  url: string | null;
}

const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="og:published_time"]',
];

const attr = (doc: DocLike, sel: string, name = 'content'): string | null =>
  doc.querySelector(sel)?.getAttribute(name)?.trim() || null;

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: unknown;
  publisher?: unknown;
  url?: string;
}

const nameOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v && typeof v.name === 'string') return v.name;
  return null;
};

/** The first JSON-LD object that looks like an article (top level, arrays and @graph). */
function jsonLdArticle(doc: DocLike): JsonLdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common; the meta tags still count
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
        const type = String(o['@type'] ?? '');
        if (/Article|Posting|Report/.test(type)) return o as JsonLdArticle;
      }
    }
  }
  return null;
}

const hostOf = (url: string | null): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

export function pageMetadata(doc: DocLike, visibleText: string, pageUrl: string | null): PageMetadata {
  const ld = jsonLdArticle(doc);
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]') ?? pageUrl;
  const title =
    attr(doc, 'meta[property="og:title"]') ??
    ld?.headline ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.querySelector('title')?.textContent?.trim() ??
    null;
  let published: IsoDate | null = null;
  for (const sel of DATE_METAS) published ??= parseDate(attr(doc, sel));
  published ??= parseDate(ld?.datePublished);
  published ??= parseDate(attr(doc, 'time[datetime]', 'datetime'));
  // visible text last: the first date near the top of the page is usually the dateline
  published ??= parseDate(visibleText.slice(0, 400));
  return {
    title: title || null,
    outlet:
      attr(doc, 'meta[property="og:site_name"]') ??
      nameOf(ld?.publisher) ??
      attr(doc, 'meta[name="application-name"]') ??
      hostOf(url),
    byline: attr(doc, 'meta[name="author"]') ?? nameOf(ld?.author),
    published,
    url,
  };
}
