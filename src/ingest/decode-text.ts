// Bytes → text, refusing what is not text. UTF-8 first; a declared charset or Windows-1252
// (a superset of Latin-1 in practice) when the bytes are not valid UTF-8.
import { fail, ok, type Result } from '../domain/errors.ts';
import { MAX_INPUT_BYTES } from './parsed-article.ts';

const DECLARED = /<meta[^>]+charset=["']?([\w-]+)|<\?xml[^>]+encoding=["']([\w-]+)/i;

export interface DecodedText {
  text: string;
  /** the encoding used when it was not UTF-8 */
  encoding: string;
}

export function decodeText(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): Result<DecodedText> {
  if (bytes.length === 0) return fail('unreadable_input', 'empty input');
  if (bytes.length > maxBytes)
    return fail('text_too_large', `input has ${bytes.length} bytes; the limit is ${maxBytes}`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (looksBinary(bytes)) return fail('unsupported_format', 'binary data, not text');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return checkText(text, 'utf-8');
  } catch {
    const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
    const m = DECLARED.exec(head);
    const declared = (m?.[1] ?? m?.[2])?.toLowerCase();
    return decodeWith(
      declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'windows-1252',
      bytes,
    );
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): Result<DecodedText> {
  try {
    return checkText(new TextDecoder(encoding).decode(bytes), encoding);
  } catch {
    return checkText(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
  }
}

function checkText(text: string, encoding: string): Result<DecodedText> {
  if (!text.trim()) return fail('unreadable_input', 'no text (only whitespace)');
  return ok({ text, encoding });
}

/** NUL bytes or many control bytes in the first 8 KB: an image, archive or executable. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}
