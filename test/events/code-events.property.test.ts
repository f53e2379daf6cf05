// No text crashes the event stage, every span it writes is a slice of the text, and a
// pathological input (one huge sentence of triggers) stays fast.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { codeEvents } from '../../src/pipeline/events/code-events.ts';
import { city, makeDoc, testContext } from './make-doc.ts';

const WORDS = [
  'gunmen',
  'killed',
  'protesters',
  'in',
  'Basra',
  ',',
  'and',
  'said',
  '"',
  '“',
  '”',
  'not',
  'the',
  'were',
  'deployed',
  'by',
  'rockets',
  'accused',
  'of',
  '.',
  'on',
  'Monday',
  'X',
  '\n',
];

test('any mix of trigger words gives well-formed events', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
      const text = words.join(' ');
      const doc = codeEvents.run(
        makeDoc(text, '2021-01-01', [
          { name: 'Basra', kind: 'location', forms: ['Basra'], geo: city(30.5, 47.8, 'IQ', 'Basra') },
        ]),
        testContext,
      );
      const ids = new Set(doc.entities.map((e) => e.id));
      for (const e of doc.events) {
        for (const s of e.evidence) assert.equal(text.slice(s.start, s.end), s.text);
        for (const id of [e.actor1, e.actor2, e.location, e.attributed_to]) if (id) assert.ok(ids.has(id));
        assert.ok((e.confidence ?? 0) >= 0 && (e.confidence ?? 0) <= 1);
      }
      for (const q of doc.quotes) assert.equal(text.slice(q.text.start, q.text.end), q.text.text);
    }),
    { numRuns: 200 },
  );
});

test('one huge sentence of triggers stays fast', () => {
  const text = `${'gunmen killed protesters and rockets hit the town , '.repeat(4000)}.`;
  const doc = makeDoc(text, '2021-01-01');
  const t = performance.now();
  codeEvents.run(doc, testContext);
  assert.ok(performance.now() - t < 5000);
});
