// Gazetteer and place-stage benchmarks: index load time (fresh process), candidate look-ups,
// and the geocode stage on generated articles. Run on purpose, never in tests:
//   node --import tsx bench/geocode-bench.ts [--docs 2000]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../src/knowledge/gazetteer/load-gazetteer.ts';
import type { ActorIndex, Knowledge } from '../src/knowledge/types.ts';
import { createDoc, type Doc, type EntityDraft, type Mention } from '../src/pipeline/document.ts';
import { geocodePlaces } from '../src/pipeline/geocode/geocode-places.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' } } });
const knowledgeDir = fileURLToPath(new URL('../knowledge', import.meta.url));
const loaderUrl = new URL('../src/knowledge/gazetteer/load-gazetteer.ts', import.meta.url).href;

// 1. Load time in a fresh process (what `marsad extract` pays at start-up), best of 3.
const probe = `const t=performance.now();const {loadGazetteer}=await import(${JSON.stringify(loaderUrl)});const t1=performance.now();loadGazetteer(${JSON.stringify(knowledgeDir)});console.log((performance.now()-t1).toFixed(1));`;
const loads = [0, 1, 2].map((): number =>
  Number(
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe]).toString().trim(),
  ),
);
console.log(
  `gazetteer load (fresh process): best ${Math.min(...loads).toFixed(1)} ms of ${loads.join(', ')} ms`,
);

const t0 = performance.now();
const gazetteer = loadGazetteer(knowledgeDir);
console.log(
  `gazetteer load (in process): ${(performance.now() - t0).toFixed(1)} ms, ${gazetteer.size} places`,
);

// 2. Look-ups: common, ambiguous, transliterated and unknown names.
const NAMES = [
  'Baghdad',
  'Najaf',
  'Karbala',
  'Babel',
  'Al-Azhamiya',
  'Kadhimiya',
  'Mosul',
  'Tikrit',
  'Salahuddin',
  'Fallujah',
  'Springfield',
  'Paris',
  'Tripoli',
  'Washington',
  'London',
  'Aleppo',
  'Deir ez-Zor',
  'Sanaa',
  'Hodeidah',
  'Tehran',
  'Beirut',
  'Dahiyeh',
  'Gaza',
  'Rafah',
  'Erbil',
  'Kirkuk',
  'Ain al-Asad',
  'Jurf al-Sakhar',
  'Nowhereville',
  'Qamishli',
];
const lookups = 20_000;
let found = 0;
const t1 = performance.now();
for (let i = 0; i < lookups; i++)
  found += gazetteer.findCandidates(NAMES[i % NAMES.length] as string, 40).length;
const perLookup = ((performance.now() - t1) * 1000) / lookups;
console.log(
  `findCandidates: ${perLookup.toFixed(1)} µs per look-up (${(found / lookups).toFixed(1)} candidates)`,
);

// 3. The stage on generated articles: ~25 place mentions among filler words.
const noActors: ActorIndex = {
  size: 0,
  findCandidates: () => [],
  scanTokens: () => [],
  getActor: () => undefined,
};
const knowledge: Knowledge = { version: 'bench', actors: noActors, gazetteer, ner: null };
function article(seed: number): Doc {
  let text = '';
  const byName = new Map<string, Mention[]>();
  for (let i = 0; i < 25; i++) {
    const name = NAMES[(seed * 7 + i * 13) % NAMES.length] as string;
    text += `Officials said forces moved from the area near `;
    const m: Mention = {
      start: text.length,
      end: text.length + name.length,
      text: name,
      kind: 'location',
      source: 'hint',
      pinned: true,
    };
    text += `${name}, 30 km north of the river, on Monday. `;
    byName.set(name, [...(byName.get(name) ?? []), m]);
  }
  const entities: EntityDraft[] = [...byName].map(([name, mentions], i) => ({
    id: `e${i}`,
    kind: 'location',
    name,
    aliases: [],
    mentions,
  }));
  return { ...createDoc({ id: String(seed), text }), mentions: [...byName.values()].flat(), entities };
}
const docs = Array.from({ length: Number(values.docs) }, (_, i) => article(i));
const tokens = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
const t2 = performance.now();
for (const d of docs) geocodePlaces.run(d, { knowledge });
const secs = (performance.now() - t2) / 1000;
console.log(
  `geocode stage: ${(docs.length / secs).toFixed(0)} docs/s, ${((docs.length * 25) / secs / 1000).toFixed(1)} k place mentions/s, ${(tokens / secs / 1000).toFixed(0)} k tokens/s (${docs.length} docs of 25 places)`,
);
