// stdout with back-pressure; a closed pipe (EPIPE) ends the process quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

export function writeOut(chunk: string): Promise<void> {
  if (process.stdout.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

// \r\n, \n or a lone \r ends a line, as for node:readline. A \r\n split across two chunks
// yields an extra empty line, which callers skip like any blank line.
const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The lines of a text stream, a batch per chunk read (the last line may lack its break).
 * Faster than node:readline, and a batch lets the caller answer it with one write while a
 * line typed at a terminal still gets its answer at once.
 */
export async function* readLineBatches(input: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  input.setEncoding('utf8');
  let rest = '';
  for await (const chunk of input) {
    const lines = (rest + (chunk as string)).split(LINE_BREAK);
    rest = lines.pop() ?? '';
    if (lines.length) yield lines;
  }
  if (rest) yield [rest];
}
