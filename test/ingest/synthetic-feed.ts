// A JSONL file of generated 3–5 KB articles for the concurrency test and the ingest bench;
// every fifth is a syndicated copy of the one before (new boilerplate, same story). Each
// article also gets sentences of its own, so unrelated articles overlap about as little as
// real ones do (template text alone shares a quarter of its shingles).
import { writeFileSync } from 'node:fs';
import { generateCorpus } from '../../bench/generate-corpus.ts';

export function writeSyntheticJsonl(path: string, count: number, seed = 7): number {
  const base = generateCorpus(count, seed, 2600).map((a, i) => ({
    ...a,
    text: `${a.text}\n${ownSentences(seed * 7919 + i, 1400)}`,
  }));
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

const SYLLABLES = [
  'ka',
  'ran',
  'mu',
  'sal',
  'di',
  'ya',
  'ba',
  'har',
  'zi',
  'tan',
  'qu',
  'lem',
  'no',
  'far',
  'shi',
  'dor',
];

/** Sentences of made-up words, different for every seed. */
function ownSentences(seed: number, chars: number): string {
  let s = seed >>> 0 || 1;
  const next = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const word = () => Array.from({ length: 2 + next(3) }, () => SYLLABLES[next(SYLLABLES.length)]).join('');
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentence = Array.from({ length: 8 + next(10) }, word).join(' ');
    const text = `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
    out.push(text);
    length += text.length + 1;
  }
  return out.join(' ');
}
