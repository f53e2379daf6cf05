// `npm start`: builds the CLI if needed, ingests the bundled demo articles (demo/articles,
// written for Marsad) into a fresh demo database and serves the web app on
// http://localhost:8787 (PORT overrides).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'marsad.js');
const db = join(root, '.demo', 'marsad-demo.sqlite');

if (!existsSync(join(root, 'dist', 'marsad.mjs'))) {
  spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
mkdirSync(dirname(db), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

const ingest = spawnSync(process.execPath, [cli, 'ingest', '--db', db, join(root, 'demo', 'articles')], {
  stdio: 'inherit',
});
if (ingest.status !== 0) process.exit(ingest.status ?? 1);

const port = process.env.PORT ?? '8787';
const server = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', port], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
