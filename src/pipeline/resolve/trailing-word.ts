// What a text ends with, read from the end: the relation patterns that end in a role word
// ("… leader,", "… adviser") are tried only when the text ends with one.
const SPACE = /\s/;
const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/**
 * The run of letters and hyphens `text` ends with, before any trailing spaces and one comma
 * (lower-case): what a pattern ending in "(word)\s*,?\s*$" can have matched, found without
 * scanning the text from the front.
 */
export function trailingWord(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  if (text[end - 1] === ',') end--;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && LETTER_OR_HYPHEN.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** Where the comma `text` ends with (before trailing spaces) is, or -1. */
export function trailingComma(text: string): number {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  return text[end - 1] === ',' ? end - 1 : -1;
}
