import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../types.ts';
import { ActorNameIndex, rankActorCandidates } from './actor-index.ts';

const actor = (id: string, name: string, aliases: string[], extra: Partial<Actor> = {}): Actor => ({
  id: `actor:${id}`,
  name,
  kind: 'organization',
  subtype: 'armed_group',
  country: 'IQ',
  aliases,
  source: 'test fixture',
  ...extra,
});

const ACTORS: Actor[] = [
  actor('muqtada', 'Muqtada al-Sadr', ['Moqtada al-Sadr'], {
    kind: 'person',
    subtype: 'cleric',
    scriptNames: ['مقتدى الصدر'],
  }),
  actor('baqir', 'Muhammad Baqir al-Sadr', [], {
    kind: 'person',
    subtype: 'cleric',
    roles: [{ title: 'cleric', to: '1980' }],
  }),
  actor('salam', 'Saraya al-Salam', ['Peace Companies', 'Peace Brigades'], {
    affiliations: [{ type: 'leader', target: 'actor:muqtada' }],
  }),
  actor('kadhimi', 'Mustafa al-Kadhimi', [], {
    kind: 'person',
    subtype: 'official',
    roles: [{ title: 'Prime Minister', of: 'IQ', from: '2020-05-07', to: '2022-10-27' }],
  }),
  actor('sudani', 'Mohammed Shia al-Sudani', [], {
    kind: 'person',
    subtype: 'official',
    roles: [{ title: 'Prime Minister', of: 'IQ', from: '2022-10-27' }],
  }),
  actor('hezbollah', 'Hezbollah', ['Hizbullah'], { country: 'LB' }),
  actor('kh', "Kata'ib Hezbollah", ['KH', 'Hezbollah Brigades']),
  actor('iraq-gov', 'Government of Iraq', ['Iraq', 'Iraqi government']),
  actor('pmf', 'Popular Mobilization Forces', ['PMF']),
];

const index = new ActorNameIndex(ACTORS);
const first = (surface: string): string | undefined => index.findCandidates(surface)[0]?.item.id;

describe('ActorNameIndex', () => {
  const table: [string, string][] = [
    ['Moqtada al-Sadr', 'actor:muqtada'],
    ['Muqtada Al-Sadr', 'actor:muqtada'],
    ['Peace Companies', 'actor:salam'],
    ['Peach Companies', 'actor:salam'],
    ['Mustafa Al-Kazemi', 'actor:kadhimi'],
    ['Al-Kazemi', 'actor:kadhimi'],
    ['Kataib Hizballah', 'actor:kh'],
    ['KH', 'actor:kh'],
    ['PMF', 'actor:pmf'],
    ['مقتدى الصدر', 'actor:muqtada'],
    ['Iraqi government', 'actor:iraq-gov'],
  ];
  for (const [surface, id] of table) it(`${surface} → ${id}`, () => assert.equal(first(surface), id));

  it('never takes a country name for an organisation', () =>
    assert.deepEqual(index.findCandidates('Iraq'), []));

  it('gets actors by id', () => {
    assert.equal(index.getActor('actor:kh')?.name, "Kata'ib Hezbollah");
    assert.equal(index.getActor('actor:nope'), undefined);
  });

  it('scans a sentence', () => {
    const words = 'Kata’ib Hezbollah and the Peace Companies of al-Sadr'.split(' ');
    const hits = index.scanTokens(words).map((h) => [h.startToken, h.endToken, h.candidates[0]?.item.id]);
    assert.deepEqual(hits, [
      [0, 2, 'actor:kh'],
      [4, 6, 'actor:salam'],
      [7, 8, 'actor:muqtada'],
    ]);
  });
});

describe('rankActorCandidates', () => {
  it('reports a surname shared by two persons as ambiguous without context', () => {
    const ranked = rankActorCandidates(index.findCandidates('al-Sadr'), {});
    assert.equal(ranked.length, 2);
    assert.ok(ranked.every((r) => r.ambiguous));
    assert.ok((ranked[0]?.confidence ?? 1) < 0.5);
  });

  it('prefers an actor already linked in the article', () => {
    const ranked = rankActorCandidates(index.findCandidates('al-Sadr'), { coActorIds: ['actor:muqtada'] });
    assert.equal(ranked[0]?.item.id, 'actor:muqtada');
    assert.equal(ranked[0]?.ambiguous, false);
    assert.ok(ranked[0]?.reasons.includes('co-mentioned'));
  });

  it('prefers affiliated actors and persons in office on the date', () => {
    const byDate = rankActorCandidates(index.findCandidates('al-Sadr'), { date: '2021-02-10' });
    assert.equal(byDate[0]?.item.id, 'actor:muqtada');
    assert.ok(byDate.find((r) => r.item.id === 'actor:baqir')?.reasons.includes('out-of-role'));
    const byAffiliation = rankActorCandidates(index.findCandidates('Peace Companies'), {
      coActorIds: ['actor:muqtada'],
    });
    assert.ok(byAffiliation[0]?.reasons.includes('affiliated'));
  });

  it('prefers actors of the article country', () => {
    const candidates = [
      { item: ACTORS[5] as Actor, score: 0.9, matched: 'Hezbollah', how: 'skeleton' as const },
      { item: ACTORS[6] as Actor, score: 0.9, matched: 'Hezbollah Brigades', how: 'partial' as const },
    ];
    assert.equal(rankActorCandidates(candidates, { country: 'IQ' })[0]?.item.id, 'actor:kh');
    assert.equal(rankActorCandidates(candidates, { country: 'LB' })[0]?.item.id, 'actor:hezbollah');
  });

  it('gives a lone strong match a high confidence', () => {
    const [only] = rankActorCandidates(index.findCandidates('Saraya al-Salam'), { country: 'IQ' });
    assert.ok((only?.confidence ?? 0) > 0.95);
    assert.equal(only?.ambiguous, false);
  });
});

describe('rankActorCandidates with two exact matches', () => {
  it('tells them apart by context even at score 1', () => {
    const two = [
      { item: ACTORS[0] as Actor, score: 1, matched: 'al-Sadr', how: 'exact' as const },
      {
        item: { ...(ACTORS[1] as Actor), country: 'LB' },
        score: 1,
        matched: 'al-Sadr',
        how: 'exact' as const,
      },
    ];
    const [top] = rankActorCandidates(two, { country: 'IQ', date: '2021-02-10' });
    assert.equal(top?.item.id, 'actor:muqtada');
    assert.equal(top?.ambiguous, false);
    assert.ok((top?.confidence ?? 0) > 0.9);
    assert.ok((top?.adjusted ?? 2) <= 1);
  });
});

describe('rankActorCandidates with a title', () => {
  it('prefers the person who held the title on the date', () => {
    const both = [
      { item: ACTORS[3] as Actor, score: 0.6, matched: 'x', how: 'partial' as const },
      { item: ACTORS[4] as Actor, score: 0.6, matched: 'x', how: 'partial' as const },
    ];
    const early = rankActorCandidates(both, { title: 'Prime Minister', date: '2021-02-10' });
    assert.equal(early[0]?.item.id, 'actor:kadhimi');
    assert.ok(early[0]?.reasons.includes('title'));
    const late = rankActorCandidates(both, { title: 'prime minister', date: '2023-05-01' });
    assert.equal(late[0]?.item.id, 'actor:sudani');
  });
});

describe('ActorNameIndex with titles', () => {
  const table: [string, string][] = [
    ['Prime Minister Mustafa Al-Kazemi', 'actor:kadhimi'],
    ['Sayyid Muqtada al-Sadr', 'actor:muqtada'],
    ['Grand Ayatollah Moqtada al-Sadr', 'actor:muqtada'],
    ['Iraqi Prime Minister Mustafa al-Kadhimi', 'actor:kadhimi'],
  ];
  for (const [surface, id] of table) it(`${surface} → ${id}`, () => assert.equal(first(surface), id));
  it('does not strip a title that is the whole name', () =>
    assert.deepEqual(index.findCandidates('President'), []));
});

describe('ActorNameIndex qualifiers', () => {
  it('drops a nationality only together with a title', () => {
    assert.deepEqual(
      index.findCandidates('Lebanese Hezbollah Brigades').map((c) => c.item.id),
      [],
    );
    assert.equal(first('Iraqi Prime Minister Mustafa al-Kadhimi'), 'actor:kadhimi');
  });
});
