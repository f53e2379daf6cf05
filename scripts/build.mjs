// Bundles the CLI (src/cli/main.ts) into dist/marsad.mjs so start-up does not pay for a
// TypeScript loader. Dependencies stay external: they load from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/marsad.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
