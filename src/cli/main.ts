// The `marsad` command: a thin shell over the app layer. Each command lives in ./commands.
import { Command } from 'commander';
import { ERROR_CODES, MarsadFailure } from '../domain/errors.ts';
import { registerExtract } from './commands/extract.ts';

const program = new Command('marsad')
  .description('Marsad: news to a geocoded, actor-resolved event database')
  .version('0.1.0')
  .showHelpAfterError();

registerExtract(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof MarsadFailure) {
    process.stderr.write(`marsad: ${e.error.code}: ${e.error.message}\n`);
    process.exit(ERROR_CODES[e.error.code].exit);
  }
  process.stderr.write(`marsad: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(ERROR_CODES.internal.exit);
});
