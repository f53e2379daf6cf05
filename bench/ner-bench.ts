// Speed of recognition: model load time, the bare tagger (features + scores + Viterbi) in
// tokens/s, and the whole recognize stage (dictionary scans included) in tokens/s, on the
// generated benchmark corpus, or on real text: `bench/ner-bench.ts GeoWebNews` reads the
// articles of /work/shared/data/geoparsing/GeoWebNews/texts (any folder of .txt files works:
// give a path). Target: the stage ≥ 600k tokens/s on one core, the tagger ≤ 0.7 µs/token.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { knowledgeDir } from '../src/app/paths.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { nerModelPath, readNerModel } from '../src/knowledge/ner/load-ner-model.ts';
import type { Doc } from '../src/pipeline/document.ts';
import { normalizeText } from '../src/pipeline/normalize/normalize-text.ts';
import { runStages } from '../src/pipeline/pipeline.ts';
import { recognizeEntities } from '../src/pipeline/recognize/recognize-entities.ts';
import { segmentText } from '../src/pipeline/segment/segment-text.ts';
import { generateCorpus } from './generate-corpus.ts';

const dir = knowledgeDir();
let t = performance.now();
const tagger = readNerModel(nerModelPath(dir));
console.log(`model load: ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const knowledge = loadKnowledge(dir);
console.log(`knowledge load (all): ${(performance.now() - t).toFixed(0)} ms`);
const ctx = { knowledge: { ...knowledge, ner: tagger } };

/** The generated corpus, or the text files of a folder (a name alone means a geoparsing corpus). */
function articlesOf(arg: string | undefined): { id: string; text: string }[] {
  if (!arg) return generateCorpus(60, 42);
  const dir = arg.includes('/') ? arg : join('/work/shared/data/geoparsing', arg, 'texts');
  return readdirSync(dir)
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const articles = articlesOf(process.argv[2]);
const docs: Doc[] = articles.map((a) =>
  runStages({ id: a.id, text: a.text }, ctx, [normalizeText, segmentText]),
);
const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);
const sentences = docs.flatMap((d) =>
  d.sentences.map((s) => d.tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.text)),
);

/** Reports tokens per second of CPU time (the machine may be shared) and of wall time. */
function measure(label: string, rounds: number, body: () => void): void {
  body(); // warm-up
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) body();
  const used = process.cpuUsage(cpu);
  const cpuSecs = (used.user + used.system) / 1e6;
  const wallSecs = (performance.now() - start) / 1000;
  const rate = (secs: number) => `${((tokens * rounds) / secs / 1000).toFixed(0)}k`;
  const perToken = ((cpuSecs * 1e6) / (tokens * rounds)).toFixed(2);
  console.log(`${label}: ${rate(cpuSecs)} tokens/s of CPU = ${perToken} µs/token (${rate(wallSecs)} wall)`);
}

console.log(`${docs.length} articles, ${tokens} tokens`);
measure('tagger only', 5, () => {
  for (const words of sentences) tagger.tagIndexes(words);
});
measure('recognize stage (tagger + dictionaries + merging)', 5, () => {
  for (const d of docs) recognizeEntities.run(d, ctx);
});
const noTagger = { knowledge: { ...knowledge, ner: null } };
measure('recognize stage without tagger (dictionaries only)', 5, () => {
  for (const d of docs) recognizeEntities.run(d, noTagger);
});
