// Where the package's own files are, whether running from src/ (tsx) or dist/ (bundle).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function findPackageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'knowledge'))) {
      root = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('marsad: cannot find the package root (knowledge/ missing)');
}

export const knowledgeDir = (): string => join(findPackageRoot(), 'knowledge');
