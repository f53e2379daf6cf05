// `npm run bench`: builds the CLI, then runs every benchmark in bench/ in turn. Benchmarks
// print their own figures; nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from '../src/app/paths.ts';

const root = findPackageRoot();
const only = process.argv.slice(2);
spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('-bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort((a, b) => (a === 'extract-bench.ts' ? -1 : b === 'extract-bench.ts' ? 1 : a.localeCompare(b)));

for (const f of files) {
  const path = join(root, 'bench', f);
  if (!existsSync(path)) continue;
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) console.log(`(${f} exited ${r.status})`);
}
