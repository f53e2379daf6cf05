// One JSONL line in, one output object out; never throws. Errors become
// {"id", "error": {"code", "message"}} so a batch goes on (extraction contract).
import {
  articleInputSchema,
  type Extraction,
  type ExtractionFailure,
  MAX_TEXT_CHARS,
} from '../domain/contract.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { PipelineContext } from '../pipeline/document.ts';
import { extractArticle } from '../pipeline/pipeline.ts';

const failure = (id: string | null, code: ErrorCode, message: string): ExtractionFailure => ({
  id,
  error: { code, message },
});

/** Best effort: the id of a line that is not valid JSON, so the error line can be matched. */
function sniffId(line: string): string | null {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.){0,200})"|(-?\d{1,20}))/.exec(line.slice(0, 4096));
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return m[1] ?? null;
  }
}

export function processLine(line: string, ctx: PipelineContext): Extraction | ExtractionFailure {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return failure(
      sniffId(line),
      'bad_json',
      `line is not valid JSON: ${(e as Error).message.slice(0, 200)}`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return failure(null, 'invalid_input', 'line must be a JSON object');
  }
  const obj = raw as Record<string, unknown>;
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : null;
  if (id === null) return failure(null, 'invalid_input', 'id is required (string)');
  if (obj.text === undefined || obj.text === null) return failure(id, 'text_missing', 'text is required');
  if (typeof obj.text !== 'string')
    return failure(id, 'invalid_input', `text must be a string, got ${typeof obj.text}`);
  if (obj.text.length > MAX_TEXT_CHARS) {
    return failure(
      id,
      'text_too_large',
      `text has ${obj.text.length} characters; the limit is ${MAX_TEXT_CHARS}`,
    );
  }
  const parsed = articleInputSchema.safeParse(obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(id, 'invalid_input', `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
  }
  try {
    return extractArticle(parsed.data, ctx);
  } catch (e) {
    return failure(id, 'internal', `extraction failed: ${(e as Error).message}`);
  }
}
