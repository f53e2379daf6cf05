import assert from 'node:assert/strict';
import { test } from 'node:test';
import { augmentNames } from './name-augmentation.ts';
import { seededRandom } from './train-perceptron.ts';

test('augmented sentences keep context and titles, and their spans cover the new names', () => {
  const words = 'Prime Minister Tony Blair met reporters in London .'.split(' ');
  const random = seededRandom(11);
  for (let k = 0; k < 20; k++) {
    const a = augmentNames(
      words,
      [
        { start: 0, end: 4, type: 'PER' },
        { start: 7, end: 8, type: 'LOC' },
      ],
      random,
    );
    const [per, loc] = a.spans;
    assert.deepEqual(a.words.slice(0, 2), ['Prime', 'Minister']);
    assert.equal(per!.start, 0);
    assert.deepEqual(a.words.slice(per!.end, per!.end + 3), ['met', 'reporters', 'in']);
    assert.equal(loc!.start, per!.end + 3);
    assert.equal(a.words[a.words.length - 1], '.');
    assert.equal(loc!.end, a.words.length - 1);
  }
});
