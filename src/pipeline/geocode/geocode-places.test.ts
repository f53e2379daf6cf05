import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureKnowledge } from '../../knowledge/gazetteer/fixture-places.ts';
import { createDoc, type Doc, type EntityDraft, type Mention, type PipelineContext } from '../document.ts';
import { geocodePlaces, outletCountry } from './geocode-places.ts';

const knowledge = fixtureKnowledge();
const ctx: PipelineContext = { knowledge };

/** A doc whose location entities are the given surfaces (each occurrence a pinned mention). */
function docWith(text: string, surfaces: string[]): Doc {
  const doc = createDoc({ id: 't', text });
  const entities: EntityDraft[] = [];
  const mentions: Mention[] = [];
  for (const s of surfaces) {
    const ms: Mention[] = [];
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length))
      ms.push({ start: at, end: at + s.length, text: s, kind: 'location', source: 'hint', pinned: true });
    mentions.push(...ms);
    entities.push({ id: `e${entities.length + 1}`, kind: 'location', name: s, aliases: [], mentions: ms });
  }
  return { ...doc, mentions, entities };
}

const geoOf = (doc: Doc, name: string): EntityDraft | undefined =>
  geocodePlaces.run(doc, ctx).entities.find((e) => e.mentions.some((m) => m.text === name));

test('Baghdad districts, and Babel as Babil governorate', () => {
  const text = 'Rallies in Al-Kadhimiya and Al-Azhamiya in Baghdad; a convoy south of Babel.';
  const doc = docWith(text, ['Al-Kadhimiya', 'Al-Azhamiya', 'Baghdad', 'Babel']);
  const out = geocodePlaces.run(doc, ctx).entities;
  const by = (s: string) => out.find((e) => e.mentions[0]?.text === s);
  assert.equal(by('Al-Kadhimiya')?.ref, 'marsad:iq-kadhimiya');
  assert.equal(by('Al-Kadhimiya')?.geo?.precision, 'district');
  assert.equal(by('Al-Kadhimiya')?.geo?.admin1, 'Baghdad');
  assert.equal(by('Al-Azhamiya')?.name, 'Adhamiyah');
  assert.equal(by('Baghdad')?.ref, 'geonames:98182', 'the city, not the governorate');
  assert.equal(by('Babel')?.ref, 'geonames:98227');
  assert.equal(by('Babel')?.geo?.precision, 'admin1');
  assert.ok(by('Babel')?.aliases.includes('Babel'));
});

test('Tripoli follows the article: Lebanon or Libya', () => {
  assert.equal(
    geoOf(docWith('Lebanese troops deployed in Tripoli.', ['Lebanese', 'Tripoli']), 'Tripoli')?.country,
    'LB',
  );
  assert.equal(
    geoOf(docWith('Libyan militias clashed in Tripoli.', ['Libyan', 'Tripoli']), 'Tripoli')?.country,
    'LY',
  );
  assert.equal(
    geoOf(docWith('Protests in Tripoli, Lebanon.', ['Tripoli']), 'Tripoli')?.country,
    'LB',
    'container',
  );
});

test('Paris is the capital unless the article is in Texas', () => {
  assert.equal(geoOf(docWith('Talks in Paris.', ['Paris']), 'Paris')?.country, 'FR');
  assert.equal(
    geoOf(docWith('From Houston to Paris, Texas.', ['Houston', 'Paris', 'Texas']), 'Paris')?.country,
    'US',
  );
});

test('feature words: province, town of, air base', () => {
  const text =
    'Fighting in Salahuddin province near the town of Dujail; rockets hit Ain al-Asad air base. Najaf province.';
  const doc = docWith(text, ['Salahuddin province', 'the town of Dujail', 'Ain al-Asad air base', 'Najaf']);
  const out = geocodePlaces.run(doc, ctx).entities;
  assert.equal(out[0]?.geo?.precision, 'admin1');
  assert.equal(out[1]?.name, 'Dujail');
  assert.equal(out[2]?.subtype, 'facility');
  assert.equal(out[3]?.ref, 'geonames:98862', '"Najaf province" is the governorate');
});

test('"the capital" is the capital of the country in focus', () => {
  const doc = docWith('Iraqi police said clashes broke out in the capital.', ['Iraqi', 'the capital']);
  assert.equal(geoOf(doc, 'the capital')?.ref, 'geonames:98182');
});

test('every pinned span comes back located, even when an earlier stage dropped it', () => {
  const text = 'Clashes in Kadhimiya and at the Foo Bar Tower nearby.';
  const doc = docWith(text, ['Kadhimiya']);
  const extra: Mention = {
    start: 31,
    end: 44,
    text: text.slice(31, 44),
    kind: 'location',
    source: 'hint',
    pinned: true,
  };
  const out = geocodePlaces.run({ ...doc, mentions: [...doc.mentions, extra] }, ctx).entities;
  const e = out.find((x) => x.mentions.some((m) => m.start === 31 && m.end === 44));
  assert.equal(e?.kind, 'location');
  assert.ok(e?.geo, 'an unknown place is placed near the place named before it');
  assert.ok((e?.confidence ?? 1) < 0.5);
});

test('non-location entities pass through untouched', () => {
  const doc = docWith('Baghdad.', ['Baghdad']);
  const person: EntityDraft = { id: 'p1', kind: 'person', name: 'X', aliases: [], mentions: [] };
  const out = geocodePlaces.run({ ...doc, entities: [...doc.entities, person] }, ctx).entities;
  assert.equal(out[1], person);
});

test('an unknown name that contains a known place is placed there, without taking its name', () => {
  const doc = docWith('He studied at the University of Texas before moving.', ['University of Texas']);
  const e = geoOf(doc, 'University of Texas');
  assert.equal(e?.geo?.country, 'US');
  assert.equal(e?.name, 'University of Texas');
  assert.equal(e?.ref, undefined);
});

test('the outlet country from its web address', () => {
  assert.equal(outletCountry('https://www.cbc.ca/news/x'), 'CA');
  assert.equal(outletCountry('https://www.bbc.co.uk/news'), 'GB');
  assert.equal(outletCountry('https://www.reuters.com/world'), undefined);
  assert.equal(outletCountry('https://bit.ly/x'), undefined);
  assert.equal(outletCountry(undefined), undefined);
});

test('two names of one place become one entity, relations follow', () => {
  const doc = docWith('Iraq and the Republic of Iraq.', ['Iraq', 'Republic of Iraq']);
  const relations = [{ type: 'located_in', subject: 'e2', object: 'e1', evidence: [] }];
  const out = geocodePlaces.run({ ...doc, relations }, ctx);
  assert.equal(out.entities.length, 1);
  assert.equal(out.entities[0]?.mentions.length, 3);
  assert.deepEqual(out.entities[0]?.aliases, ['Republic of Iraq']);
  assert.equal(out.relations[0]?.subject, 'e1');
});
