// STUB (skeleton): `marsad serve`.
import type { Command } from 'commander';
import { MarsadFailure } from '../../domain/errors.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve (not implemented yet)')
    .action(() => {
      throw new MarsadFailure({ code: 'internal', message: 'serve is not implemented yet' });
    });
}
