// Pins the event stage's typing on our fixtures: the main event of each text (highest
// confidence; Statements only when no material event is expected) has the expected sub-type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODEBOOK, EVENT_TYPES } from '../../src/domain/codebook.ts';
import { codeEvents } from '../../src/pipeline/events/code-events.ts';
import { FIXTURES } from './fixtures.ts';
import { makeDoc, testContext } from './make-doc.ts';

function mainEvent(text: string, entities: Parameters<typeof makeDoc>[2], statements: boolean) {
  const doc = codeEvents.run(makeDoc(text, '2021-03-01', entities), testContext);
  const pool = doc.events.filter((e) => (e.type === 'Statements') === statements);
  return pool.reduce<(typeof pool)[number] | undefined>(
    (best, e) => (!best || (e.confidence ?? 0) > (best.confidence ?? 0) ? e : best),
    undefined,
  );
}

for (const f of FIXTURES) {
  test(`${f.subtype}: ${f.text}`, () => {
    const ev = mainEvent(f.text, f.entities, f.type === 'Statements');
    assert.ok(ev, 'no event coded');
    assert.equal(`${ev.type} / ${ev.subtype}`, `${f.type} / ${f.subtype}`);
  });
}

test('every codebook sub-type has a fixture', () => {
  const covered = new Set(FIXTURES.map((f) => `${f.type} / ${f.subtype}`));
  const all = EVENT_TYPES.flatMap((t) => CODEBOOK[t].map((s) => `${t} / ${s}`));
  assert.deepEqual(
    all.filter((k) => !covered.has(k)),
    [],
  );
});
