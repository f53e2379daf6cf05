// Rules for wire-style news: datelines, claims that refer back to an attack, what detainees
// are suspected of, "X said its forces …", a nation's drone, and the headline told again by
// the lead. Our own sentences; entities and times are stand-ins so the test pins this stage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { city, org, place, runEvents, sub } from './make-doc.ts';

const run = runEvents;

test("a dateline's day is not the event's day", () => {
  const { material } = run(
    'BASRA, March 19 (Wire) - Gunmen shot dead a teacher in Basra on Tuesday, police said.',
    [place('Basra')],
    [
      { text: 'March 19', range: ['2021-03-19', '2021-03-19'] },
      { text: 'Tuesday', range: ['2021-03-16', '2021-03-16'] },
    ],
  );
  assert.equal(material[0]?.date.start, '2021-03-16');
});

test('what detainees are suspected of is neither an event nor an accusation', () => {
  for (const text of [
    'Police in Basra arrested two men accused of firing rockets at a military base.',
    'Troops detained three men suspected of planting a roadside bomb in Basra.',
  ]) {
    const { material, statements } = run(text, [place('Basra')]);
    assert.deepEqual(material.map(sub), ['Strategic developments / Arrests'], text);
    assert.deepEqual(statements.map(sub), [], text);
  }
});

test('"X said its fighters …" makes X the actor', () => {
  const { material, name } = run('Hezbollah said its fighters fired rockets at an army base near Metula.', [
    org('Hezbollah'),
    place('Metula', 33.28, 35.58),
  ]);
  assert.equal(sub(material[0]), 'Explosions/Remote violence / Shelling/artillery/missile attack');
  assert.equal(name(material[0]?.actor1), 'Hezbollah');
});

test("a nation's drone is that nation's military", () => {
  const { material, name } = run('A Turkish drone struck a car near Sidakan, killing two people.', [
    place('Sidakan'),
  ]);
  assert.equal(sub(material[0]), 'Explosions/Remote violence / Air/drone strike');
  assert.match(name(material[0]?.actor1) ?? '', /Military Forces of (Turkey|Türkiye)/);
});

test('a claim attaches to the attack, and "the attack" told again is the same event', () => {
  const { material, name } = run(
    [
      'Rockets struck a base near Baghdad on Tuesday.',
      'The Islamic Resistance claimed responsibility for the attack.',
      'A military spokesman condemned the attack.',
    ].join(' '),
    [place('Baghdad'), org('Islamic Resistance')],
    [{ text: 'Tuesday', range: ['2021-03-16', '2021-03-16'] }],
  );
  assert.deepEqual(material.map(sub), ['Explosions/Remote violence / Shelling/artillery/missile attack']);
  assert.equal(name(material[0]?.actor1), 'Islamic Resistance');
  assert.equal(material[0]?.certainty, 'claimed');
});

test("the lead's actors and places replace a headline's vaguer ones", () => {
  const { material, name } = run(
    'Teacher shot dead in southern Iraq\n\nGunmen shot dead a teacher in Amara.',
    [place('Iraq', 33, 44), place('Amara', 31.8, 47.1)],
  );
  assert.deepEqual(
    material.map((e) => [sub(e), name(e.location)]),
    [['Violence against civilians / Attack', 'Amara']],
  );
});

test('a weapon naming a thing is no attack, and the suspected target is not the arrest place', () => {
  const { material, name } = run(
    'Police arrested a rocket cell suspected of firing rockets at the Green Zone, in a raid in Dora.',
    [place('Green Zone', 33.3, 44.39), place('Dora', 33.25, 44.4)],
  );
  assert.deepEqual(
    material.map((e) => [sub(e), name(e.location)]),
    [['Strategic developments / Arrests', 'Dora']],
  );
});

test('"May 12" in a dateline is the month, not a modal', () => {
  const { material } = run('KIRKUK, Iraq, May 12 (Wire) - A roadside bomb exploded in Hawija on Saturday.', [
    place('Hawija', 35.33, 43.77),
  ]);
  assert.deepEqual(material.map(sub), ['Explosions/Remote violence / Remote explosive/landmine/IED']);
});

test('a patrol named as the target of an attack is no deployment', () => {
  const { material } = run('A roadside bomb exploded near an army patrol in Hawija.', [
    place('Hawija', 35.33, 43.77),
  ]);
  assert.deepEqual(material.map(sub), ['Explosions/Remote violence / Remote explosive/landmine/IED']);
});

test('a place that only locates another ("west of Kirkuk") is not the event place', () => {
  const { material, name } = run('A roadside bomb exploded in the Hawija district west of Kirkuk.', [
    {
      name: 'Hawija',
      kind: 'location',
      forms: ['Hawija'],
      geo: { ...city(35.33, 43.77, 'IQ', 'Kirkuk'), precision: 'admin2' },
    },
    { name: 'Kirkuk', kind: 'location', forms: ['Kirkuk'], geo: city(35.47, 44.39, 'IQ', 'Kirkuk') },
  ]);
  assert.deepEqual(
    material.map((e) => name(e.location)),
    ['Hawija'],
  );
});

test('weapons named as the cargo of a seizure make it a disrupted weapons use', () => {
  const { material } = run('Border guards seized a truck loaded with rifles and mortar rounds near Qaim.', [
    place('Qaim', 34.37, 41.09),
  ]);
  assert.deepEqual(material.map(sub), ['Strategic developments / Disrupted weapons use']);
});

test('the object of a verb of attack is its place, and settlers are an actor', () => {
  const rockets = run('Rockets targeted Ain al-Asad on Sunday.', [place('Ain al-Asad', 33.8, 42.44)]);
  assert.equal(rockets.name(rockets.material[0]?.location), 'Ain al-Asad');
  const settlers = run('Israeli settlers attacked farmers near Burin, wounding two.', [
    place('Burin', 32.17, 35.25),
  ]);
  assert.equal(settlers.name(settlers.material[0]?.actor1), 'Settlers (Israel)');
});

test('the date of a suspected deed is not the date of the arrest', () => {
  const { material } = run(
    'Police in Mosul arrested two men accused of firing rockets at a base last month.',
    [place('Mosul', 36.34, 43.12)],
    [{ text: 'last month', range: ['2021-02-01', '2021-02-28'] }],
  );
  assert.deepEqual(material.map(sub), ['Strategic developments / Arrests']);
  assert.equal(material[0]?.date.precision, 'unknown');
});

test('a threat made on a named day is no attack; a grievance protested is no new event', () => {
  const threat = run('The leader threatened on Monday to expand attacks on Israel.', [
    place('Israel', 31, 35),
  ]);
  assert.deepEqual(threat.material.map(sub), []);
  const protest = run('Hundreds gathered in Zahedan to protest against the bombing of a school.', [
    place('Zahedan', 29.5, 60.86),
  ]);
  assert.deepEqual(protest.material.map(sub), ['Protests / Peaceful protest']);
});

test('protesters destroying property riot; an appositive owner is not the actor', () => {
  const riot = run('Angry protesters stormed and set fire to a party office in Diwaniyah.', [
    place('Diwaniyah'),
  ]);
  assert.deepEqual(riot.material.map(sub), ['Riots / Violent demonstration']);
  const wing = run('Saraya al-Salam, the armed wing of the Sadrist Movement, deployed fighters in Samarra.', [
    org('Saraya al-Salam'),
    org('Sadrist Movement'),
    place('Samarra'),
  ]);
  assert.equal(wing.name(wing.material[0]?.actor1), 'Saraya al-Salam');
});

test('a headline statement the body tells again is one statement', () => {
  const { statements, name } = run(
    'Rockets hit base, armed faction claims attack\n\nRockets struck a base near Baghdad on Tuesday. The Islamic Resistance claimed responsibility for the attack.',
    [place('Baghdad'), org('Islamic Resistance')],
    [{ text: 'Tuesday', range: ['2021-03-16', '2021-03-16'] }],
  );
  assert.deepEqual(
    statements.map((e) => [sub(e), name(e.actor1)]),
    [['Statements / Claim of responsibility', 'Islamic Resistance']],
  );
});

test('a force of a named owner, troops of the reporting army, and the two sides of a clash', () => {
  const coalition = run('Air defences of the Global Coalition shot down a drone near Erbil.', [
    org('Global Coalition'),
    place('Erbil', 36.19, 44.01),
  ]);
  assert.equal(coalition.name(coalition.material[0]?.actor1), 'Global Coalition');
  const troops = run('The Israeli army said troops arrested three suspects in Jenin.', [
    place('Jenin', 32.46, 35.3),
  ]);
  assert.equal(troops.name(troops.material[0]?.actor1), 'Military Forces of Israel');
  const clash = run('Clashes between Saraya al-Salam and Asaib Ahl al-Haq in Samarra left one dead.', [
    org('Saraya al-Salam'),
    org('Asaib Ahl al-Haq'),
    place('Samarra'),
  ]);
  assert.equal(clash.name(clash.material[0]?.actor1), 'Saraya al-Salam');
});

test('what a speaker denies is not a material event', () => {
  const { material } = run('The group denied that its members took part in the fighting in Samarra.', [
    place('Samarra'),
  ]);
  assert.deepEqual(material.map(sub), []);
});

test('warnings against attacks, "such attacks" and "repeated attacks" are no events', () => {
  for (const text of [
    'The cleric warned armed factions against attacking embassies in Baghdad.',
    'He said such attacks in Baghdad harmed the country.',
    'The area has seen repeated attacks by militants in Baghdad.',
  ]) {
    assert.deepEqual(run(text, [place('Baghdad')]).material.map(sub), [], text);
  }
});

test('a protest activist shot dead is an attack, placed in the outskirts of its town', () => {
  const { material, name } = run('A protest activist was shot dead on the outskirts of Nasiriyah.', [
    place('Nasiriyah', 31.05, 46.26),
  ]);
  assert.deepEqual(
    material.map((e) => [sub(e), name(e.location)]),
    [['Violence against civilians / Attack', 'Nasiriyah']],
  );
});

test('"the town of X" places the event at X', () => {
  const { material, name } = run(
    'Mortar shells struck the rebel-held town of Atarib, killing two children.',
    [{ name: 'Atarib', kind: 'location', forms: ['Atarib'], geo: city(36.14, 36.83, 'SY', 'Aleppo') }],
  );
  assert.equal(name(material[0]?.location), 'Atarib');
});
