// The assembled entities are what the plain version gave (copy, sort, Set of aliases) on any
// drafts: mentions in text order (ties kept in place), distinct aliases without the name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDoc, type EntityDraft, type Mention } from '../document.ts';
import { assembleExtraction } from './assemble.ts';

const TEXT = 'Gunmen killed two men in Basra on Monday, police in Basra said.';

function plainEntity(e: EntityDraft, text: string) {
  const mentions = [...e.mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      ...(m.coref ? { coref: true } : {}),
    }));
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, name: e.name, mentions };
  const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
  if (aliases.length) out.aliases = aliases;
  return out;
}

const mention = fc.tuple(fc.nat(TEXT.length - 1), fc.nat(8), fc.boolean(), fc.constantFrom(...'abc')).map(
  ([start, len, coref, tag]): Mention => ({
    start,
    end: Math.min(TEXT.length, start + len + 1),
    text: tag,
    kind: 'location',
    source: 'model',
    ...(coref ? { coref: true } : {}),
  }),
);
const names = fc.constantFrom('Basra', 'Basrah', 'police', 'Police', 'al-Basra');
const draft = fc
  .tuple(fc.array(mention, { maxLength: 12 }), fc.array(names, { maxLength: 14 }), names)
  .map(([mentions, aliases, name]): EntityDraft => ({ id: 'e1', kind: 'location', name, aliases, mentions }));

test('assembled entities equal the plain copy-sort-Set version', () => {
  fc.assert(
    fc.property(fc.array(draft, { maxLength: 4 }), (entities) => {
      const doc = { ...createDoc({ id: 'a', text: TEXT }), entities };
      const got = assembleExtraction(doc).entities;
      assert.deepEqual(JSON.stringify(got), JSON.stringify(entities.map((e) => plainEntity(e, TEXT))));
    }),
    { numRuns: 500 },
  );
});
