import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSurface, readSurroundings } from './read-place-phrase.ts';

test('feature words inside the span', () => {
  assert.deepEqual(readSurface('Salahuddin province'), {
    core: 'Salahuddin',
    full: 'Salahuddin province',
    hint: 'admin1',
  });
  assert.deepEqual(readSurface('the town of Dujail'), { core: 'Dujail', full: 'Dujail', hint: 'populated' });
  assert.deepEqual(readSurface('Al-Qaim district'), {
    core: 'Al-Qaim',
    full: 'Al-Qaim district',
    hint: 'admin2',
  });
  assert.equal(readSurface('Ain al-Asad air base').core, 'Ain al-Asad');
  assert.equal(readSurface('Ain al-Asad air base').hint, 'facility');
  assert.equal(readSurface('the Rabia border crossing').core, 'Rabia');
  assert.deepEqual(readSurface("Iraq's"), { core: 'Iraq', full: 'Iraq' });
  assert.deepEqual(readSurface('Karbala'), { core: 'Karbala', full: 'Karbala' });
});

test('feature words, containers and relative positions around the span', () => {
  const t1 = 'clashes in Karbala province on Monday';
  assert.equal(readSurroundings(t1, 11, 18).hint, 'admin1');
  const t2 = 'a rally in Najaf, Iraq on Friday';
  assert.equal(readSurroundings(t2, 11, 16).container, 'Iraq');
  const t3 = 'an attack on Tikrit (Salahuddin) killed two';
  assert.equal(readSurroundings(t3, 13, 19).container, 'Salahuddin');
  const t4 = 'a base 30 km south of Mosul was hit';
  assert.deepEqual(readSurroundings(t4, 22, 27).relative, { near: false, km: 30, bearing: 180 });
  const t5 = 'on the outskirts of Fallujah';
  assert.equal(readSurroundings(t5, 20, 28).relative?.near, true);
  const t7 = 'protests in neighbourhoods east of the capital';
  assert.equal(readSurroundings(t7, 35, 46).relative?.near, true, 'still in the city');
  const t6 = 'near the town of Dujail';
  assert.equal(readSurroundings(t6, 17, 23).hint, 'populated');
});
