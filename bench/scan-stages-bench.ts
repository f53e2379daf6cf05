// Speed of the stages around the tagger, in µs of CPU per token: segment (normalize included),
// recognize without the tagger (its tags recorded once, then replayed, so what is left is the
// dictionary scans and the mention building) and dates. "cold" runs on freshly loaded knowledge
// (empty memos, as one CLI run over a new corpus), "warm" runs the same documents again.
// Budgets (issue #5): recognize without the tagger ≤ 0.5 µs/token on the generated corpus and
// ≤ 1 on real text, segment ≤ 0.1, dates ≤ 0.1. Prints, never asserts.
//   node --import tsx bench/scan-stages-bench.ts [--articles 400] [--dir texts/] [--rounds 3]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { knowledgeDir } from '../src/app/paths.ts';
import type { ArticleInput, IsoDate } from '../src/domain/contract.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Knowledge, NerModel } from '../src/knowledge/types.ts';
import { resolveDates } from '../src/pipeline/dating/resolve-dates.ts';
import { createDoc, type Doc, type PipelineContext, type Stage } from '../src/pipeline/document.ts';
import { normalizeText } from '../src/pipeline/normalize/normalize-text.ts';
import { recognizeEntities } from '../src/pipeline/recognize/recognize-entities.ts';
import { segmentText } from '../src/pipeline/segment/segment-text.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    dir: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const rounds = Math.max(1, Number(values.rounds));

function corpus(): { name: string; articles: ArticleInput[] } {
  const dir = values.dir;
  if (!dir) {
    const generated = generateCorpus(Number(values.articles));
    return {
      name: 'generated',
      articles: generated.map((a) => ({ ...a, published: a.published as IsoDate })),
    };
  }
  const files = readdirSync(dir).sort();
  const published = '2020-01-01' as IsoDate;
  const articles = files.map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8'), published }));
  return { name: dir, articles };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The tagger's outputs in call order, replayed by a stand-in tagger. */
function replaying(tags: readonly string[][], labels: readonly string[]): NerModel & { rewind(): void } {
  let next = 0;
  return {
    labels,
    tagSentence: () => tags[next++ % tags.length] ?? [],
    rewind: () => {
      next = 0;
    },
  };
}

function recordTags(knowledge: Knowledge, docs: readonly Doc[]): string[][] {
  const ner = knowledge.ner;
  if (!ner) return [];
  const tags: string[][] = [];
  const recorder: NerModel = {
    labels: ner.labels,
    tagSentence: (words, features) => {
      const t = ner.tagSentence(words, features);
      tags.push(t);
      return t;
    },
  };
  for (const d of docs) recognizeEntities.run(d, { knowledge: { ...knowledge, ner: recorder } });
  return tags;
}

function runAll(stages: readonly Stage[], docs: readonly Doc[], ctx: PipelineContext): void {
  for (const d of docs) {
    let doc = d;
    for (const s of stages) doc = s.run(doc, ctx);
  }
}

/** Best of `times` CPU times of `body`, each after `prepare` (untimed), in µs per token. */
function best(tokens: number, prepare: () => void, body: () => void, times = rounds): number {
  prepare();
  body(); // untimed: the code is compiled by the optimising tier only after some runs
  let ms = Number.POSITIVE_INFINITY;
  for (let r = 0; r < times; r++) {
    prepare();
    const t = cpuMs();
    body();
    ms = Math.min(ms, cpuMs() - t);
  }
  return (ms * 1000) / tokens;
}

const { name, articles } = corpus();
const loaded = loadKnowledge(knowledgeDir());
const base: PipelineContext = { knowledge: loaded };
const raw = articles.map((a) => createDoc(a));
const segmented = raw.map((d) => segmentText.run(normalizeText.run(d, base), base));
const tokens = segmented.reduce((n, d) => n + d.tokens.length, 0);
const tags = recordTags(loaded, segmented);
const tagger = replaying(tags, loaded.ner?.labels ?? []);
const recognized = segmented.map((d) => recognizeEntities.run(d, base));

// warm first, on the loaded knowledge (its memos filled by one untimed run); cold last, since
// every fresh load leaves the previous knowledge to the garbage collector
let ctx: PipelineContext = { knowledge: { ...loaded, ner: tagger } };
const again = (): void => tagger.rewind();
const fresh = (): void => {
  ctx = { knowledge: { ...loadKnowledge(knowledgeDir()), ner: tagger } };
  tagger.rewind();
};
const recognize = (): void => runAll([recognizeEntities], segmented, ctx);
const fmt = (x: number): string => x.toFixed(3);

console.log(`${name}: ${articles.length} articles, ${tokens} tokens; µs of CPU per token, best of ${rounds}`);
console.log(
  `segment (with normalize): ${fmt(best(tokens, again, () => runAll([normalizeText, segmentText], raw, base)))}`,
);
console.log(`dates: ${fmt(best(tokens, again, () => runAll([resolveDates], recognized, base)))}`);
again();
recognize();
const warm = best(tokens, again, recognize);
const cold = best(tokens, fresh, recognize);
console.log(`recognize without the tagger: warm ${fmt(warm)}, cold ${fmt(cold)}`);
