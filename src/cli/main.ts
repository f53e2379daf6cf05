// The `marsad` command: a thin shell over the app layer. Each command lives in ./commands.
import { Command, CommanderError } from 'commander';
import { ERROR_CODES, MarsadFailure } from '../domain/errors.ts';
import { registerArticles } from './commands/articles.ts';
import { registerEvents } from './commands/events.ts';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerKb } from './commands/kb.ts';
import { registerQueue } from './commands/queue.ts';
import { registerServe } from './commands/serve.ts';

const program = new Command('marsad')
  .description('Marsad: news to a geocoded, actor-resolved event database')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

/** sysexits(3): EX_USAGE for a command line commander cannot parse. */
const EXIT_USAGE = 64;

registerExtract(program);
registerIngest(program);
registerEvents(program);
registerArticles(program);
registerServe(program);
registerQueue(program);
registerKb(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    const quiet =
      e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
    process.exit(quiet ? 0 : EXIT_USAGE);
  }
  if (e instanceof MarsadFailure) {
    process.stderr.write(`marsad: ${e.error.code}: ${e.error.message}\n`);
    process.exit(ERROR_CODES[e.error.code].exit);
  }
  process.stderr.write(`marsad: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(ERROR_CODES.internal.exit);
});
