import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { EntityKind } from '../../domain/contract.ts';
import { NameIndex } from '../../knowledge/match/name-index.ts';
import type { Actor, ActorIndex, Gazetteer, Knowledge, Place } from '../../knowledge/types.ts';
import { createDoc, type Mention } from '../document.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { segmentText } from '../segment/segment-text.ts';
import { resolveDoc } from './resolve-entities.ts';

const actors = new NameIndex<Actor>([], () => []);
const places = new NameIndex<Place>([], () => []);
const knowledge: Knowledge = {
  version: 'test',
  actors: Object.assign(actors, { getActor: () => undefined }) as ActorIndex,
  gazetteer: Object.assign(places, { getPlace: () => undefined, getAncestors: () => [] }) as Gazetteer,
  ner: null,
};

const WORDS = [
  'al-Sadr',
  'Al-Hakim',
  'the',
  'group',
  'He',
  'her',
  'Iran-backed',
  '(',
  'PMF',
  ')',
  'Baghdad',
  ',',
  '.',
];
const KINDS: EntityKind[] = ['person', 'organization', 'location'];

describe('resolveEntities: invariants on arbitrary input', () => {
  it('keeps exact spans, ids in order and no empty entity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS, 'Popular', 'Mobilization', 'Forces', 'Mr', 'leader'), {
          maxLength: 40,
        }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(30), fc.nat(2), fc.boolean()), { maxLength: 12 }),
        (words, spans) => {
          const text = words.join(' ');
          let doc = createDoc({ id: 'p', text });
          doc = segmentText.run(normalizeText.run(doc, { knowledge }), { knowledge });
          const mentions: Mention[] = spans.map(([s, len, k, pinned]) => {
            const start = Math.min(s, text.length);
            const end = Math.min(text.length, start + len);
            return { start, end, text: text.slice(start, end), kind: KINDS[k]!, source: 'model', pinned };
          });
          const { entities, relations } = resolveDoc({ ...doc, mentions }, knowledge);
          const ids = new Set(entities.map((e) => e.id));
          entities.forEach((e, i) => {
            assert.equal(e.id, `e${i + 1}`);
            assert.ok(e.mentions.length > 0);
            for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
          });
          for (const r of relations) {
            assert.ok(ids.has(r.subject));
            assert.ok(ids.has(r.object) || r.object.startsWith('role:'));
          }
          for (const m of mentions.filter((x) => x.pinned && x.end > x.start && x.kind === 'location')) {
            assert.ok(
              entities.some((e) => e.kind === 'location' && e.mentions.some((x) => x.start === m.start)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
