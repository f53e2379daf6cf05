// A JSONL file of generated 3–5 KB articles for the concurrency test and the ingest bench;
// every fifth is a syndicated copy of the one before (new boilerplate, same story). Each
// article also gets sentences of its own, so unrelated articles overlap about as little as
// real ones do (template text alone shares a quarter of its shingles).
//
// Density 'dense' is all event sentences (~21 coded events per article); 'news' is what a
// real 3–5 KB report looks like (~3 events, the rest background), like the annotated corpora.
import { writeFileSync } from 'node:fs';
import { generateCorpus } from '../../bench/generate-corpus.ts';

export type EventDensity = 'dense' | 'news';

export function writeSyntheticJsonl(
  path: string,
  count: number,
  seed = 7,
  density: EventDensity = 'dense',
): number {
  const eventChars = density === 'dense' ? 2600 : 300;
  const base = generateCorpus(count, seed, eventChars).map((a, i) => {
    const background = density === 'dense' ? '' : `\n\n${backgroundProse(seed * 104_729 + i, 2000)}`;
    return { ...a, text: `${a.text}${background}\n${ownSentences(seed * 7919 + i, 1400)}` };
  });
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

const lcg = (seed: number): ((n: number) => number) => {
  let s = seed >>> 0 || 1;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
};

/** Sentences of made-up words, different for every seed. */
function ownSentences(seed: number, chars: number): string {
  const next = lcg(seed);
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

const TOWNS = ['Baghdad', 'Basra', 'Mosul', 'Kirkuk', 'Najaf', 'Erbil', 'Aleppo', 'Beirut', 'Sanaa', 'Homs'];
const GROUPS = [
  'the Sadrist movement',
  'the Kurdistan Democratic Party',
  'the Coordination Framework',
  'Hezbollah',
];

/** Context a report carries besides its events (places, parties, figures; nothing happens),
 * from parts combined at random so two articles share few word triples, as real ones do. */
const OPENINGS = [
  '',
  'In recent years, ',
  'According to local economists, ',
  'For many residents, ',
  'Since the last elections, ',
  'As in previous years, ',
  'By most estimates, ',
  'Officials concede that ',
];
const SUBJECTS = [
  'the price of bread in {P}',
  'the number of students in {P}',
  'the population of {P}',
  'the electricity supply of {P}',
  'the water level of the river near {P}',
  'the support for {G} in {P}',
  'youth unemployment in {P}',
  'rents in the centre of {P}',
  'traffic on the main roads of {P}',
  'the cost of fuel in {P}',
];
const PREDICATES = [
  'has grown steadily',
  'has changed little',
  'remains a concern',
  'has nearly doubled',
  'has fallen slightly',
  'varies widely between districts',
  'is hard to measure',
  'has become a political issue',
];
const TAILS = [
  'over the past decade',
  'since the end of the war',
  'compared with the neighbouring provinces',
  'for families on low incomes',
  'in the summer months',
  'in the view of the planning ministry',
  'despite repeated promises',
  'among older residents',
];

/** mulberry32: unlike the LCG's low bits, good for small ranges. */
const mulberry = (seed: number): ((n: number) => number) => {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
};

function backgroundProse(seed: number, chars: number): string {
  const next = mulberry(seed);
  const pick = (xs: readonly string[]) => xs[next(xs.length)]!;
  const paragraphs: string[][] = [[]];
  let length = 0;
  while (length < chars) {
    const subject = pick(SUBJECTS).replace(/\{P\}|\{G\}/g, (m) => (m === '{P}' ? pick(TOWNS) : pick(GROUPS)));
    const opening = pick(OPENINGS);
    const s = `${opening}${opening ? subject : subject[0]!.toUpperCase() + subject.slice(1)} ${pick(PREDICATES)} ${pick(TAILS)}.`;
    if (paragraphs.at(-1)!.length === 4) paragraphs.push([]);
    paragraphs.at(-1)!.push(s);
    length += s.length + 1;
  }
  return paragraphs.map((p) => p.join(' ')).join('\n\n');
}
