// The main (highest-confidence, non-Statements) event of each snippet has the expected sub-type,
// with no help from the entity stages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeEvents } from '../../src/pipeline/events/code-events.ts';
import { makeDoc, testContext } from './make-doc.ts';
import { SNIPPETS } from './snippets.ts';

for (const [text, expected] of SNIPPETS) {
  test(text, () => {
    const doc = codeEvents.run(makeDoc(text, '2021-03-20'), testContext);
    const main = doc.events
      .filter((e) => e.type !== 'Statements')
      .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0))[0];
    assert.equal(main ? `${main.type} / ${main.subtype}` : 'none', expected);
  });
}
