// STUB (skeleton): `marsad articles`.
import type { Command } from 'commander';
import { MarsadFailure } from '../../domain/errors.ts';

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('articles (not implemented yet)')
    .action(() => {
      throw new MarsadFailure({ code: 'internal', message: 'articles is not implemented yet' });
    });
}
