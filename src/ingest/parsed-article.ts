// What a reader (HTML, text, JSON, feed) makes of one input: an article's text and metadata.
import type { IsoDate } from '../domain/contract.ts';

export interface ParsedArticle {
  /** id given by the input (JSON lines); otherwise the store makes one */
  id?: string;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  byline: string | null;
  published: IsoDate | null;
  /** who first published the story, when the copy says so */
  originalSource: string | null;
  /** file path or URL it was read from (with #n for the n-th item of a feed or JSONL file) */
  origin: string;
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
