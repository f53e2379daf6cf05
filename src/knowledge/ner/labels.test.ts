import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  isAllowedTransition,
  LABEL_COUNT,
  LABELS,
  labelsToSpans,
  spansToLabels,
  tagsToSpans,
} from './labels.ts';

test('spans survive a round trip through BILOU labels', () => {
  const spans = [
    { start: 0, end: 1, type: 'PER' as const },
    { start: 2, end: 5, type: 'ORG' as const },
    { start: 5, end: 7, type: 'LOC' as const },
  ];
  assert.deepEqual(labelsToSpans(spansToLabels(8, spans)), spans);
  const tags = Array.from(spansToLabels(8, spans), (y) => LABELS[y]!);
  assert.deepEqual(tags, ['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-LOC', 'L-LOC', 'O']);
  assert.deepEqual(tagsToSpans(tags), spans);
});

test('BIO tags are read too, and a stray I opens a span', () => {
  assert.deepEqual(tagsToSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
  ]);
});

test('BILOU transitions: a span must close with L of its own type', () => {
  const B_PER = LABELS.indexOf('B-PER');
  const L_PER = LABELS.indexOf('L-PER');
  const L_ORG = LABELS.indexOf('L-ORG');
  assert.equal(isAllowedTransition(B_PER, L_PER), true);
  assert.equal(isAllowedTransition(B_PER, L_ORG), false);
  assert.equal(isAllowedTransition(B_PER, 0), false);
  assert.equal(isAllowedTransition(-1, L_PER), false);
  assert.equal(isAllowedTransition(B_PER, LABEL_COUNT), false);
});

test('labelsToSpans never produces empty or out-of-range spans', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: LABEL_COUNT - 1 }), { maxLength: 30 }), (labels) => {
      for (const s of labelsToSpans(labels)) {
        assert.ok(s.start < s.end && s.start >= 0 && s.end <= labels.length);
      }
    }),
  );
});
