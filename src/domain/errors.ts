// One catalogue of error codes. Each code has an exit code (CLI) and an HTTP status, so a
// new code without both does not compile.
export const ERROR_CODES = {
  bad_json: { exit: 65, http: 400 },
  invalid_input: { exit: 65, http: 400 },
  text_missing: { exit: 65, http: 400 },
  text_too_large: { exit: 65, http: 413 },
  not_found: { exit: 66, http: 404 },
  unreadable_input: { exit: 66, http: 400 },
  unsupported_format: { exit: 65, http: 415 },
  fetch_refused: { exit: 69, http: 400 },
  fetch_failed: { exit: 69, http: 502 },
  store_failed: { exit: 74, http: 500 },
  knowledge_missing: { exit: 78, http: 500 },
  internal: { exit: 70, http: 500 },
} as const satisfies Record<string, { exit: number; http: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface MarsadError {
  code: ErrorCode;
  message: string;
  /** Where the problem is: a line number, a file, a field path. */
  path?: (string | number)[];
}

export type Result<T, E = MarsadError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: (string | number)[]): Result<never> => ({
  ok: false,
  error: path ? { code, message, path } : { code, message },
});

/** An exception that carries a MarsadError; thrown only at the edges (CLI, HTTP). */
export class MarsadFailure extends Error {
  constructor(readonly error: MarsadError) {
    super(error.message);
    this.name = 'MarsadFailure';
  }
}

/** The value of a result, or a thrown MarsadFailure with its error (for `…OrThrow` methods). */
export function valueOrThrow<T>(r: Result<T>): T {
  if (!r.ok) throw new MarsadFailure(r.error);
  return r.value;
}
