import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../domain/contract.ts';
import { isSameEvent } from './event-merge.ts';
import type { EventSnapshot } from './event-snapshot.ts';

const day = (s: string) => s as IsoDate;
const base: EventSnapshot = {
  type: 'Explosions/Remote violence',
  subtype: 'Shelling/artillery/missile attack',
  date: { start: day('2024-03-05'), end: day('2024-03-05'), precision: 'day' },
  location: {
    name: 'Ain al-Asad',
    lat: 33.8,
    lon: 42.44,
    country: 'IQ',
    admin1: 'Anbar',
    precision: 'point',
  },
  actor1: null,
  actor2: { name: 'Coalition forces', ref: 'actor:coalition' },
  assoc_actor1: [],
  assoc_actor2: [],
  fatalities: null,
  certainty: 'reported',
  confidence: null,
  evidence: [],
};
const with_ = (o: Partial<EventSnapshot>): EventSnapshot => ({ ...base, ...o });

test('same event: family, dates, place and actors agree', () => {
  const cases: [string, EventSnapshot, boolean][] = [
    ['identical', base, true],
    ['other violent type of the same family', with_({ type: 'Battles', subtype: 'Armed clash' }), true],
    ['a protest', with_({ type: 'Protests', subtype: 'Peaceful protest' }), false],
    [
      'next day, both day-precise',
      with_({ date: { start: day('2024-03-06'), end: day('2024-03-06'), precision: 'day' } }),
      false,
    ],
    [
      'that week',
      with_({ date: { start: day('2024-03-04'), end: day('2024-03-10'), precision: 'week' } }),
      true,
    ],
    [
      'spelled differently, same name when folded',
      with_({ location: { ...base.location!, name: 'Ain Al Asad' } }),
      true,
    ],
    [
      'the city 6 km away',
      with_({ location: { ...base.location!, name: 'Baghdadi', lat: 33.85, lon: 42.47, precision: 'city' } }),
      true,
    ],
    [
      'a town 60 km away',
      with_({ location: { ...base.location!, name: 'Hit', lat: 33.64, lon: 42.83, precision: 'city' } }),
      false,
    ],
    ['another known actor', with_({ actor2: { name: 'Iraqi Army', ref: 'actor:iraqi-army' } }), false],
    [
      'the actor in the other role',
      with_({ actor1: { name: 'Coalition forces', ref: 'actor:coalition' }, actor2: null }),
      true,
    ],
    ['no place on one side', with_({ location: null }), false],
  ];
  const wrong = cases.filter(([, other, want]) => isSameEvent(base, other) !== want).map(([name]) => name);
  assert.deepEqual(wrong, []);
});

test('statements merge only with the same sub-type', () => {
  const st = with_({
    type: 'Statements',
    subtype: 'Accusation',
    location: null,
    actor1: { name: 'PMF', ref: 'actor:pmf' },
  });
  assert.equal(isSameEvent(st, st), true);
  assert.equal(isSameEvent(st, { ...st, subtype: 'Threat' }), false);
  assert.equal(isSameEvent(st, { ...st, actor1: { name: 'Kataib Hezbollah', ref: 'actor:kh' } }), false);
});
