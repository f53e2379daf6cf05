// The identity of a stored article: its text (whitespace-insensitive) and URL. One text at two
// URLs is two copies of a story (clustered), the same input twice is one article.
import { createHash } from 'node:crypto';

export function contentHash(a: { text: string; url?: string | null }): string {
  const text = a.text.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${text}\n${a.url ?? ''}`)
    .digest('hex');
}

/** A short stable id of a derived record (event, merge): a prefix and a hash of its parts. */
export const shortId = (prefix: string, ...parts: string[]): string =>
  `${prefix}${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
