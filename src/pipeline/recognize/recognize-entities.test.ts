import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Actor, ActorIndex, Gazetteer, Knowledge, NerModel, Place } from '../../knowledge/types.ts';
import { createDoc, type Doc } from '../document.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { segmentText } from '../segment/segment-text.ts';
import { recognizeEntities } from './recognize-entities.ts';

const PEACE: Actor = {
  id: 'actor:saraya-al-salam',
  name: 'Saraya al-Salam',
  kind: 'organization',
  subtype: 'armed_group',
  aliases: ['Peace Companies'],
  source: 'test',
};

function emptyIndex() {
  return { size: 0, findCandidates: () => [], scanTokens: () => [] };
}

const actors: ActorIndex = {
  size: 1,
  findCandidates: () => [],
  scanTokens(words) {
    const i = words.findIndex((w, k) => w === 'Peace' && words[k + 1] === 'Companies');
    return i < 0
      ? []
      : [
          {
            startToken: i,
            endToken: i + 2,
            candidates: [{ item: PEACE, score: 1, matched: 'Peace Companies', how: 'exact' }],
          },
        ];
  },
  getActor: () => PEACE,
};
const gazetteer: Gazetteer = {
  ...emptyIndex(),
  getPlace: (): Place | undefined => undefined,
  getAncestors: () => [],
};

/** A stand-in tagger: capitalised words not at sentence start are one-word persons. */
const fakeTagger: NerModel = {
  labels: ['O', 'U-PER'],
  tagSentence: (words) =>
    words.map((w, i) =>
      i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && w !== 'Peace' && w !== 'Companies' ? 'U-PER' : 'O',
    ),
};

const knowledge: Knowledge = { version: 'test', actors, gazetteer, ner: fakeTagger };

function recognize(text: string, hints?: { start: number; end: number }[]): Doc {
  let doc = createDoc({ id: 't', text, hints: hints ? { places: hints } : undefined });
  for (const stage of [normalizeText, segmentText, recognizeEntities]) doc = stage.run(doc, { knowledge });
  return doc;
}

test('model spans, dictionary actors and pinned hints come back with exact offsets', () => {
  const text = 'Fighters of the Peace Companies met Sadr near the shrine in Kufa.';
  const kufa = text.indexOf('Kufa');
  const doc = recognize(text, [{ start: kufa, end: kufa + 4 }]);
  const got = doc.mentions.map((m) => [m.text, m.kind, m.source, m.ref]);
  assert.deepEqual(got, [
    ['Peace Companies', 'organization', 'dictionary', 'actor:saraya-al-salam'],
    ['Sadr', 'person', 'model', undefined],
    ['Kufa', 'location', 'hint', undefined],
  ]);
  assert.equal(doc.mentions[2]!.pinned, true);
});

test('a possessive stays outside the name', () => {
  const doc = recognize("Supporters of Sadr's movement gathered.");
  assert.deepEqual(
    doc.mentions.map((m) => m.text),
    ['Sadr'],
  );
});

test('every mention keeps text === doc.text.slice(start, end), hints included', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.nat(80), fc.nat(10), (text, a, len) => {
      const start = Math.min(a, text.length);
      const end = Math.min(text.length, start + len + 1);
      const doc = recognize(text, end > start ? [{ start, end }] : []);
      for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
      if (end > start) assert.ok(doc.mentions.some((m) => m.pinned && m.start === start && m.end === end));
    }),
  );
});
