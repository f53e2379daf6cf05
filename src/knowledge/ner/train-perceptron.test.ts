import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABELS, labelsToSpans, spansToLabels } from './labels.ts';
import { decodeModel, encodeModel } from './model-format.ts';
import { PerceptronTagger } from './perceptron-tagger.ts';
import { buildTrainingSet, type TrainingSentence, trainPerceptron } from './train-perceptron.ts';

// Tiny hand-written corpus: people before "said", places after "in", organisations before "claimed".
const PEOPLE = ['Ali Hassan', 'Zainab Karim', 'Omar', 'Layla Nouri', 'Samir Aziz'];
const PLACES = ['Basra', 'Mosul', 'Deir ez-Zor', 'Sanaa', 'Kirkuk'];
const GROUPS = ['Kataib Hezbollah', 'Saraya al-Salam', 'the Popular Front'];

function sentence(parts: [string, 'PER' | 'LOC' | 'ORG' | null][]): TrainingSentence {
  const words: string[] = [];
  const spans: { start: number; end: number; type: 'PER' | 'LOC' | 'ORG' }[] = [];
  for (const [text, type] of parts) {
    const ws = text.split(' ');
    const start = type === 'ORG' && ws[0] === 'the' ? words.length + 1 : words.length;
    words.push(...ws);
    if (type) spans.push({ start, end: words.length, type });
  }
  return { words, labels: spansToLabels(words.length, spans) };
}

const corpus: TrainingSentence[] = [];
PEOPLE.forEach((p, i) => {
  const place = PLACES[i % PLACES.length]!;
  const group = GROUPS[i % GROUPS.length]!;
  corpus.push(
    sentence([
      [p, 'PER'],
      ['said fighting continued in', null],
      [place, 'LOC'],
      ['.', null],
    ]),
  );
  corpus.push(
    sentence([
      [group, 'ORG'],
      ['claimed the attack in', null],
      [place, 'LOC'],
      ['.', null],
    ]),
  );
});

test('the perceptron learns a small corpus and the encoded model tags it the same way', () => {
  const set = buildTrainingSet(corpus, 16);
  const model = trainPerceptron(set, { epochs: 8, seed: 1 });
  const tagger = new PerceptronTagger(decodeModel(encodeModel(model, 0)));
  let right = 0;
  let total = 0;
  for (const s of corpus) {
    const gold = labelsToSpans(s.labels);
    const got = labelsToSpans(tagger.tagIndexes(s.words));
    total += gold.length;
    right += got.filter((g) =>
      gold.some((x) => x.start === g.start && x.end === g.end && x.type === g.type),
    ).length;
  }
  assert.ok(right / total > 0.9, `${right}/${total} spans right`);
  assert.equal(tagger.tagSentence(['Omar', 'said']).length, 2);
  assert.ok(tagger.tagSentence(['Omar', 'said']).every((t) => LABELS.includes(t)));
});

test('training is reproducible with a fixed seed', () => {
  const set = buildTrainingSet(corpus, 14);
  const a = encodeModel(trainPerceptron(set, { epochs: 3, seed: 5 }), 0);
  const b = encodeModel(trainPerceptron(set, { epochs: 3, seed: 5 }), 0);
  assert.deepEqual(a, b);
});
