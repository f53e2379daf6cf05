// STUB (skeleton): `marsad ingest`.
import type { Command } from 'commander';
import { MarsadFailure } from '../../domain/errors.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest (not implemented yet)')
    .action(() => {
      throw new MarsadFailure({ code: 'internal', message: 'ingest is not implemented yet' });
    });
}
