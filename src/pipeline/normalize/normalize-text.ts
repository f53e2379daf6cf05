// Blanks characters that must never break offsets or tokens. The clean text has exactly the
// length of the original, so every offset found in it is an offset into the original.
import type { Stage } from '../document.ts';

// C0/C1 controls except tab, newline and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidi embedding/override/isolate marks and the Arabic letter mark.
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;
// Zero-width and invisible joiners: kept inside words as a joiner the tokenizer skips.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** The one invisible character left in clean text: tokens may contain it, folding removes it. */
export const JOINER = '\u200B';

export function cleanText(text: string): string {
  return text.replace(CONTROL, ' ').replace(BIDI, JOINER).replace(ZERO_WIDTH, JOINER).replace(/\r/g, ' ');
}

export const normalizeText: Stage = {
  name: 'normalize',
  reads: ['text'],
  writes: ['clean'],
  run: (doc) => ({ ...doc, clean: cleanText(doc.text) }),
};
