import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fixtureKnowledge } from '../../knowledge/gazetteer/fixture-places.ts';
import { createDoc, type EntityDraft, type Mention } from '../document.ts';
import { geocodePlaces } from './geocode-places.ts';

const knowledge = fixtureKnowledge();
const words = fc.constantFrom(
  'Baghdad',
  'Tripoli',
  'the',
  'capital',
  'Babel',
  'Zzyzx',
  'ﺑﻐﺪاد',
  'U.S.',
  'of',
  ',',
  '(',
  'Paris',
);

test('every pinned span comes back as a location entity with that exact mention', () => {
  fc.assert(
    fc.property(
      fc.array(words, { minLength: 1, maxLength: 30 }),
      fc.array(fc.nat(), { maxLength: 6 }),
      (ws, picks) => {
        const text = ws.join(' ');
        const starts: number[] = [];
        for (let at = 0, i = 0; i < ws.length; at += (ws[i] as string).length + 1, i++) starts.push(at);
        const mentions: Mention[] = picks.map((p) => {
          const i = p % ws.length;
          const start = starts[i] as number;
          const end = start + (ws[i] as string).length;
          return { start, end, text: text.slice(start, end), kind: 'location', source: 'hint', pinned: true };
        });
        // an earlier stage kept only half of them as location entities
        const entities: EntityDraft[] = mentions
          .filter((_, i) => i % 2 === 0)
          .map((m, i) => ({ id: `e${i + 1}`, kind: 'location', name: m.text, aliases: [], mentions: [m] }));
        const out = geocodePlaces.run({ ...createDoc({ id: 'p', text }), mentions, entities }, { knowledge });
        for (const m of mentions) {
          const e = out.entities.find(
            (x) => x.kind === 'location' && x.mentions.some((y) => y.start === m.start && y.end === m.end),
          );
          assert.ok(e, `span ${m.start}-${m.end}`);
          if (e.geo) assert.ok(Number.isFinite(e.geo.lat) && Number.isFinite(e.geo.lon));
        }
        assert.equal(new Set(out.entities.map((e) => e.id)).size, out.entities.length, 'ids stay unique');
      },
    ),
    { numRuns: 200 },
  );
});
