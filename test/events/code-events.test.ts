// Behaviour of the event stage on our own sentences: context rules (negation, threats, plans,
// history), one event per place, merging of a detail sentence, fatalities, claims, statements
// and quotes. Entities and times are stand-ins so the test pins this stage only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { city, type EntitySpec, org, person, place, runEvents, sub } from './make-doc.ts';

const run = runEvents;

test('denials, threats, plans and conditionals are not material events', () => {
  const cases = [
    'Kataib Hezbollah denied carrying out the rocket attack on Baghdad airport.',
    'The militia threatened to attack US bases in Baghdad.',
    'The ministry plans to deploy more troops in Baghdad.',
    'If the troops are deployed in Baghdad, the militias will respond.',
    'No one was killed in the attack in Baghdad, police said.',
  ];
  for (const text of cases) {
    const { material } = run(text, [place('Baghdad'), org('Kataib Hezbollah')]);
    assert.deepEqual(material.map(sub), [], text);
  }
});

test('a denial and a threat are statements of their speaker', () => {
  const denial = run('Kataib Hezbollah denied carrying out the attack.', [org('Kataib Hezbollah')]);
  assert.equal(sub(denial.statements[0]), 'Statements / Denial');
  assert.equal(denial.name(denial.statements[0]?.actor1), 'Kataib Hezbollah');
  const threat = run('Qais al-Khazali threatened to target US forces.', [person('Qais al-Khazali')]);
  assert.equal(sub(threat.statements[0]), 'Statements / Threat');
});

test('an anniversary is a historical event', () => {
  const { material } = run('Residents commemorated the anniversary of the Speicher massacre in Tikrit.', [
    place('Tikrit'),
  ]);
  assert.equal(material[0]?.certainty, 'historical');
  assert.ok((material[0]?.confidence ?? 1) < 0.5);
});

test('one event per place, with the date of the sentence', () => {
  const { material, name } = run(
    'Security forces were deployed in Baghdad, Basra and Najaf on Friday.',
    [place('Baghdad'), place('Basra', 30.5, 47.8), place('Najaf', 32, 44.3)],
    [{ text: 'on Friday', range: ['2021-03-19', '2021-03-19'] }],
  );
  assert.deepEqual(
    material.map((e) => name(e.location)),
    ['Baghdad', 'Basra', 'Najaf'],
  );
  assert.ok(
    material.every((e) => e.date.start === '2021-03-19' && name(e.actor1) === 'Military Forces of Iraq'),
  );
});

test('a detail sentence adds places to the same action, not a new event', () => {
  const text =
    'Fighters of Saraya al-Salam were deployed in Najaf on Monday. Witnesses said the group had also been deployed in Karbala. The deployment of Saraya al-Salam worried residents.';
  const { material, name } = run(
    text,
    [org('Saraya al-Salam'), place('Najaf', 32, 44.3), place('Karbala', 32.6, 44)],
    [{ text: 'on Monday', range: ['2021-03-15', '2021-03-15'] }],
  );
  assert.deepEqual(
    material.map((e) => [name(e.location), e.date.start, name(e.actor1)]),
    [
      ['Najaf', '2021-03-15', 'Saraya al-Salam'],
      ['Karbala', '2021-03-15', 'Saraya al-Salam'],
    ],
  );
  assert.equal(material[0]?.evidence.length, 3);
});

test('fatalities: numbers, vague counts, wounded excluded', () => {
  const count = (text: string) => run(text, [place('Mosul')]).material[0]?.fatalities ?? null;
  assert.equal(count('A car bomb killed 12 people and wounded 30 in Mosul.'), 12);
  assert.equal(count('Gunmen killed several villagers in Mosul.'), 3);
  assert.equal(count('Dozens of people were killed in clashes in Mosul.'), 24);
  assert.equal(count('A roadside bomb wounded four soldiers in Mosul.'), null);
  assert.equal(count('An attack in Mosul caused casualties.'), null);
});

test('a claimed attack has the claimant as actor1', () => {
  const { material, statements, name } = run(
    'The Islamic State claimed responsibility for the bombing that killed 12 people in Mosul.',
    [org('Islamic State'), place('Mosul')],
  );
  assert.equal(name(material[0]?.actor1), 'Islamic State');
  assert.equal(material[0]?.certainty, 'claimed');
  assert.equal(sub(statements[0]), 'Statements / Claim of responsibility');
});

test('an unclaimed attack by gunmen is an Unidentified Armed Group', () => {
  const { material, name } = run('Unknown gunmen shot dead a lawyer in Mosul.', [place('Mosul')]);
  assert.equal(name(material[0]?.actor1), 'Unidentified Armed Group (Iraq)');
  assert.equal(name(material[0]?.actor2), 'Civilians (Iraq)');
});

test('statements: generic speech needs a cue, one statement per speaker and occasion', () => {
  const plain = run('Hadi al-Amiri said he met the delegation.', [person('Hadi al-Amiri')]);
  assert.equal(plain.statements.length, 0);
  const demand = run(
    'Hadi al-Amiri said the government must protect the shrines, adding that it should act now.',
    [person('Hadi al-Amiri')],
  );
  assert.deepEqual(demand.statements.map(sub), ['Statements / Demand or appeal']);
});

test('old statements are not coded', () => {
  const { statements } = run(
    'In 2019, Hadi al-Amiri warned of chaos.',
    [person('Hadi al-Amiri')],
    [{ text: 'In 2019', range: ['2019-01-01', '2019-12-31'], historical: true }],
  );
  assert.equal(statements.length, 0);
});

test('quotes carry the speaker and the verb', () => {
  const { doc, name } = run('“We will defend the shrines,” Muqtada al-Sadr said on Twitter.', [
    person('Muqtada al-Sadr'),
  ]);
  assert.equal(doc.quotes.length, 1);
  assert.equal(doc.quotes[0]?.text.text, 'We will defend the shrines,');
  assert.equal(name(doc.quotes[0]?.speaker), 'Muqtada al-Sadr');
  assert.equal(doc.quotes[0]?.verb, 'said');
});

test('evidence spans are slices of the text', () => {
  const { doc } = run('Gunmen killed two policemen in Mosul. Police arrested a suspect in Mosul.', [
    place('Mosul'),
  ]);
  for (const e of doc.events)
    for (const s of e.evidence) assert.equal(doc.text.slice(s.start, s.end), s.text);
});

test('a tally sentence after an ACLED-style note gives the fatalities', () => {
  const { material } = run(
    'On 9 March 2021, two tribes clashed in Mosul over a land dispute. 2 fatalities.',
    [place('Mosul')],
  );
  assert.equal(material[0]?.fatalities, 2);
});

test('an article: the most specific place, back-references merged, speakers are not attackers', () => {
  const text = [
    'Three Katyusha rockets struck the heavily fortified Green Zone in Baghdad late on Sunday, wounding two guards.',
    'Hundreds of protesters rallied near the embassy in Baghdad. Police fired tear gas to disperse the protesters.',
    'In Basra, unidentified gunmen shot dead a local activist outside his home on Saturday night, police said.',
    'Prime Minister Mustafa al-Kadhimi condemned the rocket attack and ordered an investigation.',
  ].join(' ');
  const geo = (lat: number, lon: number, precision: 'city' | 'district') => ({
    lat,
    lon,
    country: 'IQ',
    precision,
  });
  const { material, statements, name } = run(text, [
    { name: 'Green Zone', kind: 'location', forms: ['Green Zone'], geo: geo(33.3, 44.39, 'district') },
    { name: 'Baghdad', kind: 'location', forms: ['Baghdad'], geo: geo(33.31, 44.4, 'city') },
    { name: 'Basra', kind: 'location', forms: ['Basra'], geo: geo(30.5, 47.8, 'city') },
    person('Mustafa al-Kadhimi'),
  ]);
  assert.deepEqual(
    material.map((e) => [sub(e), name(e.location), name(e.actor1)]),
    [
      [
        'Explosions/Remote violence / Shelling/artillery/missile attack',
        'Green Zone',
        'Unidentified Armed Group (Iraq)',
      ],
      ['Protests / Protest with intervention', 'Baghdad', 'Protesters (Iraq)'],
      ['Violence against civilians / Attack', 'Basra', 'Unidentified Armed Group (Iraq)'],
    ],
  );
  assert.equal(material[0]?.evidence.length, 2);
  assert.deepEqual(statements.map(sub), ['Statements / Accusation']);
});

test('states speak through their capitals and countries, and act through their forces', () => {
  const country = (name: string, code: string): EntitySpec => ({
    name,
    kind: 'location',
    forms: [name],
    geo: { lat: 30, lon: 50, country: code, precision: 'country' },
  });
  const capital: EntitySpec = {
    name: 'Washington',
    kind: 'location',
    forms: ['Washington'],
    geo: city(38.9, -77, 'US', 'DC'),
  };
  const speech = run('Washington demanded the release of the sailors.', [capital]);
  assert.equal(speech.name(speech.statements[0]?.actor1), 'Government of United States');
  const strike = run('Israel struck targets in Gaza on Monday.', [
    country('Israel', 'IL'),
    place('Gaza', 31.5, 34.4),
  ]);
  assert.equal(strike.name(strike.material[0]?.actor1), 'Military Forces of Israel');
});

test('a place modifying a noun is not the place, a weapon name is not an actor', () => {
  const us: EntitySpec = {
    name: 'United States',
    kind: 'location',
    forms: ['US'],
    geo: { lat: 38, lon: -97, country: 'US', precision: 'country' },
  };
  const rally = run('Hundreds of protesters rallied near the US embassy in Baghdad.', [us, place('Baghdad')]);
  assert.deepEqual(
    rally.material.map((e) => rally.name(e.location)),
    ['Baghdad'],
  );
  const rockets = run('A Katyusha rocket hit the airport in Baghdad.', [org('Katyusha'), place('Baghdad')]);
  assert.equal(rockets.name(rockets.material[0]?.actor1), 'Unidentified Armed Group (Iraq)');
});

test('a pronoun speaker is the last person named', () => {
  const { statements, name } = run(
    'Hadi al-Amiri met tribal leaders on Monday. He later accused the government of negligence.',
    [person('Hadi al-Amiri')],
  );
  assert.equal(name(statements[0]?.actor1), 'Hadi al-Amiri');
});

test('a reduced passive headline: the victim is actor2, the agent actor1', () => {
  const { material, name } = run('Soldier killed in Mosul by ISIS gunmen.', [place('Mosul'), org('ISIS')]);
  assert.equal(name(material[0]?.actor1), 'ISIS');
  assert.equal(name(material[0]?.actor2), 'Military Forces of Iraq');
});
