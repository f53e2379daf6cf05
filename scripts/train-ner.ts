// `npm run train:ner`: trains the NER tagger (averaged structured perceptron, BILOU, Viterbi)
// from ../shared/data/gmb/gmb-train.conll, picks the epoch by span F1 on gmb-dev.conll, and
// writes knowledge/build/ner-model.bin. Reproducible: fixed seed, deterministic order.
//   options: --epochs N  --bits B  --seed S  --caps-rate R  --name-rate R  --min-weight W  --strip-titles  --no-dict  --no-write  --dict-cache FILE  --data DIR  --show-pruning  --out FILE
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { knowledgeDir } from '../src/app/paths.ts';
import { parseConll } from '../src/knowledge/ner/conll.ts';
import { scanDictionaries } from '../src/knowledge/ner/dictionary-context.ts';
import { labelsToSpans } from '../src/knowledge/ner/labels.ts';
import { nerModelPath } from '../src/knowledge/ner/load-ner-model.ts';
import { decodeModel, encodeModel } from '../src/knowledge/ner/model-format.ts';
import { PerceptronTagger } from '../src/knowledge/ner/perceptron-tagger.ts';
import { countSpans, emptyCounts, formatScores, summarize } from '../src/knowledge/ner/span-scores.ts';
import { buildTrainingSet, trainPerceptron } from '../src/knowledge/ner/train-perceptron.ts';
import { type PreparedSentence, prepareSentences } from '../src/knowledge/ner/training-data.ts';
import type { Knowledge } from '../src/knowledge/types.ts';
import { tokenize } from '../src/pipeline/segment/tokenize.ts';

const EMPTY_INDEX = { size: 0, findCandidates: () => [], scanTokens: () => [] };

/** The knowledge the pipeline loads; `--no-dict` (or a knowledge base that fails to load) trains without. */
async function loadDictionaries(dir: string): Promise<Pick<Knowledge, 'actors' | 'gazetteer'>> {
  const empty = {
    actors: { ...EMPTY_INDEX, getActor: () => undefined },
    gazetteer: { ...EMPTY_INDEX, getPlace: () => undefined, getAncestors: () => [] },
  };
  if (flag('no-dict')) return empty;
  try {
    const { loadKnowledge } = await import('../src/knowledge/load.ts');
    return loadKnowledge(dir);
  } catch (e) {
    console.error(
      `train:ner: knowledge failed to load (${(e as Error).message}); training without dictionaries`,
    );
    return empty;
  }
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const dataArg = process.argv.indexOf('--data');
const dataDir =
  dataArg >= 0 ? process.argv[dataArg + 1]! : join(process.cwd(), '..', 'shared', 'data', 'gmb');
const epochs = option('epochs', 8);
const bits = option('bits', 20);
const seed = option('seed', 7);
const capsRate = option('caps-rate', 0.05);
const nameRate = option('name-rate', 0.15);
const minWeight = option('min-weight', 2);
const gmbTitles = !flag('strip-titles');

const kdir = knowledgeDir();
const knowledge = await loadDictionaries(kdir);
console.log(`dictionaries: ${knowledge.actors.size} actor names, ${knowledge.gazetteer.size} place names`);

// `--dict-cache FILE` keeps the dictionary tags of every sentence between runs (scanning the
// full gazetteer dominates preparation); the cache is keyed by the dictionaries' sizes.
const cacheFile = process.argv[process.argv.indexOf('--dict-cache') + 1];
const useCache = process.argv.includes('--dict-cache') && cacheFile !== undefined;
const cacheKey = `${knowledge.actors.size}/${knowledge.gazetteer.size}`;
const cached: { key: string; tags: Record<string, (string | null)[]> } =
  useCache && existsSync(cacheFile)
    ? JSON.parse(readFileSync(cacheFile, 'utf8'))
    : { key: cacheKey, tags: {} };
if (cached.key !== cacheKey) cached.tags = {};
cached.key = cacheKey;
function tagDictionary(words: readonly string[]): (string | undefined)[] {
  const k = words.join(' ');
  const hit = cached.tags[k];
  if (hit) return hit.map((x) => x ?? undefined);
  const tags = scanDictionaries(words, knowledge).context.dictionary as (string | undefined)[];
  cached.tags[k] = Array.from(tags, (x) => x ?? null);
  return tags;
}

const t0 = Date.now();
const read = (f: string) => parseConll(readFileSync(join(dataDir, f), 'utf8'));
const train = prepareSentences(read('gmb-train.conll'), knowledge, {
  tokenize,
  stripTitles: !gmbTitles,
  capsRate,
  nameRate,
  seed,
  tagDictionary,
});
const dev = prepareSentences(read('gmb-dev.conll'), knowledge, {
  tokenize,
  stripTitles: !gmbTitles,
  capsRate: 0,
  seed,
  tagDictionary,
});
if (useCache) writeFileSync(cacheFile, JSON.stringify(cached));
const set = buildTrainingSet(train, bits);
console.log(
  `${train.length} training sentences, ${set.labels.length} tokens, features in ${Date.now() - t0} ms`,
);

function evaluate(tagger: PerceptronTagger, sentences: readonly PreparedSentence[]) {
  const judge = emptyCounts();
  const conll = emptyCounts();
  for (const s of sentences) {
    const pred = labelsToSpans(
      tagger.tagIndexes(s.words, { dictionary: s.dictionary, document: s.documentWords }),
    );
    countSpans(judge, pred, s.judgeGold.spans, s.judgeGold.ignored);
    countSpans(conll, pred, labelsToSpans(s.labels), s.conllIgnored);
  }
  return { judge: summarize(judge), conll: summarize(conll) };
}

let bestBytes: Uint8Array | undefined;
let bestScore = -1;
trainPerceptron(set, {
  epochs,
  seed,
  onEpoch(epoch, model) {
    const bytes = encodeModel(model, minWeight);
    const r = evaluate(new PerceptronTagger(decodeModel(bytes)), dev);
    if (flag('show-pruning')) {
      const all = evaluate(new PerceptronTagger(decodeModel(encodeModel(model, 0))), dev);
      console.log(`         unpruned: gmb-judge ${formatScores(all.judge)}`);
    }
    console.log(
      `epoch ${epoch} (${((Date.now() - t0) / 1000).toFixed(0)} s)  gmb-judge ${formatScores(r.judge)}`,
    );
    console.log(`         conll-style ${formatScores(r.conll)}`);
    const score = gmbTitles ? r.judge.micro.f1 : (r.judge.micro.f1 + r.conll.micro.f1) / 2;
    if (score > bestScore) {
      bestScore = score;
      bestBytes = bytes;
    }
    return score;
  },
});

if (bestBytes && !flag('no-write')) {
  const gz = gzipSync(bestBytes, { level: 9 });
  const out = process.argv.includes('--out')
    ? process.argv[process.argv.indexOf('--out') + 1]!
    : nerModelPath(kdir);
  writeFileSync(out, gz);
  console.log(
    `wrote ${out}: ${(gz.length / 1e6).toFixed(2)} MB (raw ${(bestBytes.length / 1e6).toFixed(2)} MB)`,
  );
}
