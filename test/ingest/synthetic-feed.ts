// A JSONL file of generated 3–5 KB articles for the concurrency test and the ingest bench;
// every fifth is a syndicated copy of the one before (new boilerplate, same story).
import { writeFileSync } from 'node:fs';
import { generateCorpus } from '../../bench/generate-corpus.ts';

export function writeSyntheticJsonl(path: string, count: number, seed = 7): number {
  const base = generateCorpus(count, seed, 4000);
  const lines: string[] = [];
  base.forEach((a, i) => {
    const prev = base[i - 1];
    if (i % 5 === 4 && prev) {
      const text = `Republished from Wire ${i}\n${prev.text}\nRead more stories at outlet ${i}.`;
      lines.push(JSON.stringify({ id: `copy-${i}`, text, published: prev.published, source: `Outlet ${i}` }));
    } else {
      lines.push(
        JSON.stringify({ id: a.id, text: a.text, published: a.published, source: `Outlet ${i % 7}` }),
      );
    }
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines.length;
}
