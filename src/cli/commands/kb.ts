// STUB (skeleton): `marsad kb`.
import type { Command } from 'commander';
import { MarsadFailure } from '../../domain/errors.ts';

export function registerKb(program: Command): void {
  program
    .command('kb')
    .description('kb (not implemented yet)')
    .action(() => {
      throw new MarsadFailure({ code: 'internal', message: 'kb is not implemented yet' });
    });
}
