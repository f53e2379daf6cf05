// STUB (skeleton): `marsad events`.
import type { Command } from 'commander';
import { MarsadFailure } from '../../domain/errors.ts';

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('events (not implemented yet)')
    .action(() => {
      throw new MarsadFailure({ code: 'internal', message: 'events is not implemented yet' });
    });
}
