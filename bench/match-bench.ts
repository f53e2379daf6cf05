// Name-matching benchmarks: actor index load time, build time for a synthetic 200k-name set,
// and dictionary scanning / candidate look-up per sentence. Run on purpose, never in tests:
//   node --import tsx bench/match-bench.ts [--names 200000] [--sentences 20000]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ActorNameIndex } from '../src/knowledge/actors/actor-index.ts';
import { loadActorIndex, readActors } from '../src/knowledge/actors/load-actors.ts';
import { NameIndex } from '../src/knowledge/match/name-index.ts';
import type { Actor } from '../src/knowledge/types.ts';

const { values } = parseArgs({
  options: { names: { type: 'string', default: '200000' }, sentences: { type: 'string', default: '20000' } },
});
const knowledgeDir = fileURLToPath(new URL('../knowledge', import.meta.url));

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba da ka ma na ra sa ta za ha ja la qa sha kha dh gh fa wa ya bi di ki mi ni ri si ti hu mu nu ru'.split(
    ' ',
  );
const FILLER =
  'the of in and to a said on that was for with by as at from were forces near after during'.split(' ');

function syntheticName(next: () => number): string {
  const words = 1 + Math.floor(next() * 3);
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    let s = '';
    for (let k = 0, n = 2 + Math.floor(next() * 3); k < n; k++)
      s += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    out.push((next() < 0.2 ? 'al-' : '') + s[0]?.toUpperCase() + s.slice(1));
  }
  return out.join(' ');
}

/**
 * CPU time of `f` in ms (user + system of this process). The benches run on shared machines;
 * CPU time, unlike wall time, does not grow when other processes take the cores.
 */
function time<T>(f: () => T): { value: T; ms: number; wallMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const c = process.cpuUsage(c0);
  return { value, ms: (c.user + c.system) / 1000, wallMs: performance.now() - t0 };
}

const heapMb = (): number => Math.round(process.memoryUsage().heapUsed / 1e5) / 10;

function benchActorLoad(): { actors: Actor[]; index: ActorNameIndex } {
  // First in the process: what `marsad extract` pays at start-up (cold code, cached keys if fresh).
  const cold = time(() => loadActorIndex(knowledgeDir));
  const noCache = time(() => new ActorNameIndex(readActors(knowledgeDir)));
  const runs = 10;
  const warm = time(() => {
    for (let i = 0; i < runs - 1; i++) loadActorIndex(knowledgeDir);
    return loadActorIndex(knowledgeDir) as ActorNameIndex;
  });
  const actors = [...warm.value.allActors()];
  console.log(
    `actor index: ${actors.length} actors, ${cold.value.size} names; load cold ${cold.ms.toFixed(0)} ms CPU (${cold.wallMs.toFixed(0)} wall), ` +
      `then without key cache ${noCache.ms.toFixed(0)} ms, warm with cache ${(warm.ms / runs).toFixed(0)} ms`,
  );
  return { actors, index: warm.value };
}

function benchSynthetic(count: number): void {
  const next = random(7);
  const names = Array.from({ length: count }, () => syntheticName(next));
  const before = heapMb();
  const built = time(() => new NameIndex(names, (n) => [n]));
  const after = heapMb();
  const lookups = 20000;
  const probe = time(() => {
    let hits = 0;
    for (let i = 0; i < lookups; i++)
      hits += built.value.findCandidates(names[(i * 7919) % count] as string).length;
    return hits;
  });
  console.log(
    `synthetic: ${count} names → ${built.value.size} keys; build ${built.ms.toFixed(0)} ms, heap +${(after - before).toFixed(0)} MB; findCandidates ${((probe.ms * 1000) / lookups).toFixed(1)} µs`,
  );
}

/** Synthetic sentences: filler words with actor names and spelling variants mixed in. */
function sentences(actors: readonly Actor[], count: number): string[][] {
  const next = random(11);
  const out: string[][] = [];
  for (let s = 0; s < count; s++) {
    const words: string[] = [];
    for (let w = 0; w < 25; ) {
      if (actors.length && next() < 0.08) {
        const a = actors[Math.floor(next() * actors.length)] as Actor;
        const names = [a.name, ...a.aliases];
        const name = (names[Math.floor(next() * names.length)] as string).split(/\s+/);
        words.push(...name);
        w += name.length;
      } else {
        const f = FILLER[Math.floor(next() * FILLER.length)] as string;
        words.push(next() < 0.1 ? f[0]?.toUpperCase() + f.slice(1) : f);
        w++;
      }
    }
    out.push(words);
  }
  return out;
}

function benchScan(index: ActorNameIndex, actors: readonly Actor[], count: number): void {
  const batch = sentences(actors, count);
  for (const words of batch.slice(0, 500)) index.scanTokens(words); // warm-up
  const scan = time(() => batch.reduce((n, words) => n + index.scanTokens(words).length, 0));
  const words = batch.reduce((n, w) => n + w.length, 0);
  console.log(
    `actors.scanTokens: ${count} sentences, ${scan.value} hits; ${((scan.ms * 1000) / count).toFixed(1)} µs/sentence, ${Math.round(words / (scan.ms / 1000)).toLocaleString('en')} words/s`,
  );
  const surfaces = [
    'Kataib Hizballah',
    'Peach Companies',
    'Mustafa Al-Kazemi',
    'Moqtada al-Sadr',
    'al-Sadr',
    'PMF',
  ];
  const n = 20000;
  const look = time(() => {
    let hits = 0;
    for (let i = 0; i < n; i++) hits += index.findCandidates(surfaces[i % surfaces.length] as string).length;
    return hits;
  });
  console.log(`actors.findCandidates (variants, typos): ${((look.ms * 1000) / n).toFixed(1)} µs/lookup`);
}

const { actors, index } = benchActorLoad();
benchScan(index, actors, Number(values.sentences));
benchSynthetic(Number(values.names));
