// Date resolver throughput on its own: the generated news corpus (dates are a few words per
// sentence) and a date-dense text (every clause a date), in characters per second.
import { findTimes } from '../src/pipeline/dating/find-times.ts';
import { generateCorpus } from './generate-corpus.ts';

const DENSE = [
  'on Monday and Tuesday this week',
  'late on Saturday into Sunday',
  'last Friday',
  'May 24, 2019',
  'between 3 and 5 March',
  'two days ago',
  'since October',
  'the first anniversary of the massacre',
  'in the 1980s',
  'on 10/02/2021',
  'the march on the ministry',
  'they may go',
];

function measure(label: string, texts: readonly { text: string; published: string }[]): void {
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  let found = 0;
  for (const t of texts.slice(0, 20)) findTimes(t.text, t.published); // warm-up
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const t of texts) found += findTimes(t.text, t.published).length;
  const cpu = process.cpuUsage(cpu0);
  const wall = (performance.now() - t0) / 1000;
  // CPU time is what the stage costs; wall time also counts other processes on a busy machine
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${label}: ${(chars / 1e6).toFixed(1)} MB, ${found} expressions, ` +
      `${(chars / cpuSeconds / 1e6).toFixed(1)} M chars/s of CPU (${(chars / wall / 1e6).toFixed(1)} M chars/s wall)`,
  );
}

const corpus = generateCorpus(2000, 7);
measure('news corpus', corpus);
const dense = Array.from({ length: 2000 }, (_, i) => ({
  text: Array.from(
    { length: 40 },
    (_, j) => `Officials said it happened ${DENSE[(i + j) % DENSE.length]}.`,
  ).join(' '),
  published: '2021-02-10',
}));
measure('date-dense text', dense);
