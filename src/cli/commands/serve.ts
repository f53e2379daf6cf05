// `marsad serve`: the HTTP API and the web app over a store.
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { findPackageRoot } from '../../app/paths.ts';
import { openStore, readConfig, storeLabel } from '../../app/runtime.ts';
import { createApp } from '../../http/app.ts';
import { DB_OPTION, dbOverride } from '../db-option.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app and the HTTP API (GET /api/events, /api/events/:id, /api/articles/:id)')
    .option(...DB_OPTION)
    .option('--port <n>', 'port (default: 8787, or PORT)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (opts: { db?: string; port?: number; host: string }) => {
      const config = readConfig({
        ...dbOverride(opts.db),
        ...(opts.port ? { port: opts.port } : {}),
      });
      const store = await openStore(config);
      const app = createApp({ store, root: findPackageRoot() });
      const server = serve({ fetch: app.fetch, port: config.port, hostname: opts.host }, (info) => {
        process.stderr.write(`marsad: serving ${storeLabel(config)} on http://localhost:${info.port}/\n`);
      });
      const stop = () => {
        server.close();
        void store.close().finally(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
