// `marsad articles --format jsonl`: the stored articles (id, url, title, outlet, published,
// cluster, original_source).
import { type Command, Option } from 'commander';
import { articleLine, iterateArticles } from '../../app/query-service.ts';
import { openStore, readConfig } from '../../app/runtime.ts';
import { DB_OPTION, dbOverride } from '../db-option.ts';
import { writeOut } from '../io.ts';

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('print stored articles with their cluster (near-duplicates share one)')
    .option(...DB_OPTION)
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .option('--outlet <name>', 'only articles of this outlet')
    .option('--cluster <id>', 'only articles of this cluster')
    .action(async (flags: { db?: string; outlet?: string; cluster?: string }) => {
      const store = await openStore(readConfig(dbOverride(flags.db)));
      try {
        const filter = {
          ...(flags.outlet ? { outlet: flags.outlet } : {}),
          ...(flags.cluster ? { clusterId: flags.cluster } : {}),
        };
        for await (const a of iterateArticles(store, filter)) await writeOut(`${articleLine(a)}\n`);
      } finally {
        await store.close();
      }
    });
}
