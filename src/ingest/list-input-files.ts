// Expand ingest arguments: directories recursively (sorted, hidden entries skipped, only
// supported extensions), files as given (so an odd extension is reported, not ignored).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isSupportedFile } from './read-documents.ts';

export function listInputFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && isSupportedFile(p)) out.push(p);
    }
  };
  walk(path);
  return out;
}
