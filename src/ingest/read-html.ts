// A news page → its main text (Readability on linkedom) and metadata.
import { fail, ok, type Result } from '../domain/errors.ts';
import { nodeToText, tidyText } from './html-to-text.ts';
import { linkedom, readability } from './lazy-modules.ts';
import { detectOriginalSource } from './original-source.ts';
import { pageMetadata } from './page-metadata.ts';
import type { ParsedArticle } from './parsed-article.ts';

const MIN_TEXT_CHARS = 40;

export function readHtml(html: string, origin: string, pageUrl: string | null = null): Result<ParsedArticle> {
  const { parseHTML } = linkedom();
  let parsed: ReturnType<typeof parseHTML>;
  // a fragment without <html> leaves linkedom without a document element: give it one
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  try {
    parsed = parseHTML(page);
    if (!parsed.document.documentElement || !parsed.document.body) throw new Error('no body');
  } catch (e) {
    return fail('unreadable_input', `HTML could not be parsed: ${(e as Error).message}`);
  }
  const { document } = parsed;
  const meta = pageMetadata(document, tidyText(document.body.textContent ?? ''), pageUrl);
  let text = '';
  let byline: string | null = null;
  try {
    // Readability mutates the DOM it reads, so metadata is taken first
    const article = new (readability().Readability)(document as unknown as Document, {
      charThreshold: 200,
    }).parse();
    if (article?.content) text = htmlToParagraphs(article.content);
    byline = article?.byline?.trim() || null;
  } catch {
    text = ''; // fall back to the whole body below
  }
  if (text.length < MIN_TEXT_CHARS) text = nodeToText(parseHTML(page).document.body as never);
  if (text.length < MIN_TEXT_CHARS) return fail('unreadable_input', 'no article text found in the HTML');
  return ok({
    text: withTitle(meta.title, text),
    title: meta.title,
    url: meta.url,
    outlet: meta.outlet,
    byline: meta.byline ?? byline,
    published: meta.published,
    originalSource: detectOriginalSource(text),
    origin,
  });
}

function htmlToParagraphs(content: string): string {
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return nodeToText(document.body as never);
}

/** The title is the first line of the stored text (the extraction contract allows it). */
function withTitle(title: string | null, text: string): string {
  if (!title || text.startsWith(title)) return text;
  return `${title}\n${text}`;
}
