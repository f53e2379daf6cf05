// Bundles the CLI (src/cli/main.ts) into dist/marsad.mjs so start-up does not pay for a
// TypeScript loader, and the ingest extraction worker beside it (the pool loads it from the
// bundle's directory). Dependencies stay external: they load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { marsad: 'src/cli/main.ts', 'extraction-worker': 'src/app/extraction-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
