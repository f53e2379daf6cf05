// The view lower-cases the whole text once when it can: on any text, its words are what
// lowerWord gives token by token.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDoc } from '../../src/pipeline/document.ts';
import { lowerWord, lowerWords } from '../../src/pipeline/events/doc-view.ts';
import { normalizeText } from '../../src/pipeline/normalize/normalize-text.ts';
import { segmentText } from '../../src/pipeline/segment/segment-text.ts';
import { testContext } from './make-doc.ts';

const PIECES = [
  'Gunmen',
  'KILLED',
  'al-Sadr',
  ' ',
  '. ',
  '\n',
  'İstanbul',
  'ΟΔΟΣ',
  'Σ.',
  'ǅ',
  'ß',
  '’s',
  'ʼ',
  '`',
  '\u200b',
  '“',
  'é',
  '😀',
  '9',
];

test('lowerWords equals lowerWord of every token', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const doc = segmentText.run(normalizeText.run(createDoc({ id: 't', text }), testContext), testContext);
      assert.deepEqual(
        lowerWords(doc),
        doc.tokens.map((t) => lowerWord(t.text)),
      );
    }),
    { numRuns: 500 },
  );
});
