import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityKind } from '../../domain/contract.ts';
import { NameIndex } from '../../knowledge/match/name-index.ts';
import type { Actor, ActorIndex, Gazetteer, Knowledge, Place } from '../../knowledge/types.ts';
import { createDoc, type Doc, type EntityDraft, type Mention } from '../document.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { segmentText } from '../segment/segment-text.ts';
import { resolveDoc } from './resolve-entities.ts';

const ACTORS: Actor[] = [
  {
    id: 'actor:test-brigades',
    name: 'Saraya al-Nour',
    kind: 'organization',
    subtype: 'armed_group',
    country: 'IQ',
    aliases: ['Light Brigades', 'Saraya al-Noor'],
    source: 'test',
  },
  {
    id: 'actor:test-cleric',
    name: 'Jaafar al-Musawi',
    kind: 'person',
    subtype: 'religious',
    country: 'IQ',
    aliases: ['Jafar al-Mousawi'],
    source: 'test',
  },
  {
    id: 'actor:gov-iran',
    name: 'Government of Iran',
    kind: 'organization',
    subtype: 'government',
    country: 'IR',
    aliases: [],
    source: 'test',
  },
];

function knowledge(actors: Actor[] = ACTORS): Knowledge {
  const index = new NameIndex<Actor>(actors, (a) => [a.name, ...a.aliases]);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const actorIndex: ActorIndex = Object.assign(index, { getActor: (id: string) => byId.get(id) });
  const places = new NameIndex<Place>([], () => []);
  const gazetteer: Gazetteer = Object.assign(places, {
    getPlace: () => undefined,
    getAncestors: () => [],
  });
  return { version: 'test', actors: actorIndex, gazetteer, ner: null };
}

/** Marks every occurrence of each surface (longest first, no overlaps) as a mention. */
function docWith(text: string, marks: [string, EntityKind][], published = '2022-03-09'): Doc {
  let doc = createDoc({ id: 't', text, published: published as Doc['published'] & string });
  doc = segmentText.run(normalizeText.run(doc, { knowledge: knowledge() }), { knowledge: knowledge() });
  const taken: [number, number][] = [];
  const mentions: Mention[] = [];
  for (const [surface, kind] of [...marks].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (/\w/.test(text[end] ?? '') || /\w/.test(text[at - 1] ?? '')) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      mentions.push({ start: at, end, text: surface, kind, source: 'model' });
    }
  }
  return { ...doc, mentions: mentions.sort((a, b) => a.start - b.start) };
}

function entityOf(entities: EntityDraft[], surface: string): EntityDraft | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === surface && !m.coref));
}

describe('resolveEntities: clustering', () => {
  const cases: {
    name: string;
    text: string;
    marks: [string, EntityKind][];
    same: string[][];
    apart?: string[][];
  }[] = [
    {
      name: 'full name, then surname and possessive',
      text: "Sheikh Kadhim Al-Rubaie spoke on Monday. Later al-Rubaie's office said Al-Rubaie would travel.",
      marks: [
        ['Kadhim Al-Rubaie', 'person'],
        ["al-Rubaie's", 'person'],
        ['Al-Rubaie', 'person'],
      ],
      same: [['Kadhim Al-Rubaie', 'al-Rubaie', 'Al-Rubaie']],
    },
    {
      name: 'two people sharing a family name stay apart; a bare surname joins the nearest',
      text: 'Hadi al-Hakim met Samir al-Hakim in Basra. After the talks, al-Hakim told reporters he was pleased.',
      marks: [
        ['Hadi al-Hakim', 'person'],
        ['Samir al-Hakim', 'person'],
        ['al-Hakim', 'person'],
        ['Basra', 'location'],
      ],
      same: [['Samir al-Hakim', 'al-Hakim']],
      apart: [['Hadi al-Hakim', 'Samir al-Hakim']],
    },
    {
      name: 'a short surname one letter off is another person',
      text: 'Ali Saleh met Ali Salem in Basra.',
      marks: [
        ['Ali Saleh', 'person'],
        ['Ali Salem', 'person'],
      ],
      same: [],
      apart: [['Ali Saleh', 'Ali Salem']],
    },
    {
      name: 'a surname tagged as an organisation still joins its person; a later namesake takes later ones',
      text: 'Gov. Walter Brennan spoke. Brennan was calm. His son Adam Brennan disagreed, and Brennan left.',
      marks: [
        ['Walter Brennan', 'person'],
        ['Adam Brennan', 'person'],
        ['Brennan', 'organization'],
      ],
      same: [['Walter Brennan', 'Brennan']],
      apart: [['Walter Brennan', 'Adam Brennan']],
    },
    {
      name: 'transliteration and typo variants',
      text: 'Fighters of the Harvest Battalions met Mostafa al-Kadhimi. Mustafa Al-Kazemi praised the Harvest Batallions.',
      marks: [
        ['Harvest Battalions', 'organization'],
        ['Harvest Batallions', 'organization'],
        ['Mostafa al-Kadhimi', 'person'],
        ['Mustafa Al-Kazemi', 'person'],
      ],
      same: [
        ['Harvest Battalions', 'Harvest Batallions'],
        ['Mostafa al-Kadhimi', 'Mustafa Al-Kazemi'],
      ],
    },
    {
      name: 'a defined acronym joins, marked or not',
      text: 'The Popular Defence Units (PDU) deployed on Sunday. A PDU statement said the PDU would stay.',
      marks: [['Popular Defence Units', 'organization']],
      same: [['Popular Defence Units', 'PDU']],
    },
    {
      name: 'missed repeats: a surname the recogniser skipped, a name split over a place',
      text: "Gulf Wire says Kadhim Al-Rubaie's rival left. Aides to al-Rubaie denied it.\n\nGulfWire\n\nAbout us",
      marks: [
        ['Kadhim Al-Rubaie', 'person'],
        ['Gulf', 'location'],
        ['GulfWire', 'organization'],
      ],
      same: [
        ['Kadhim Al-Rubaie', 'al-Rubaie'],
        ['Gulf Wire', 'GulfWire'],
      ],
    },
    {
      name: 'spaced and joined spellings of one outlet',
      text: 'Gulf Wire reported the clash. GulfWire said three died.',
      marks: [
        ['Gulf Wire', 'organization'],
        ['GulfWire', 'organization'],
      ],
      same: [['Gulf Wire', 'GulfWire']],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { entities } = resolveDoc(docWith(c.text, c.marks), knowledge());
      for (const group of c.same) {
        const ids = new Set(group.map((s) => entityOf(entities, s)?.id));
        assert.equal(ids.size, 1, `${group.join(' / ')} should be one entity`);
        assert.ok(!ids.has(undefined), `${group.join(' / ')} should be found`);
      }
      for (const [a, b] of c.apart ?? [])
        assert.notEqual(entityOf(entities, a!)?.id, entityOf(entities, b!)?.id);
    });
  }

  it('keeps exact spans, trims possessives and numbers entities by first mention', () => {
    const text = "Kadhim Al-Rubaie's men entered Mosul. Mosul was calm.";
    const doc = docWith(text, [
      ["Kadhim Al-Rubaie's", 'person'],
      ['Mosul', 'location'],
    ]);
    const { entities } = resolveDoc(doc, knowledge());
    assert.deepEqual(
      entities.map((e) => e.id),
      ['e1', 'e2'],
    );
    for (const e of entities) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
    assert.equal(entities[0]!.mentions[0]!.text, 'Kadhim Al-Rubaie');
    assert.equal(entities[0]!.name, 'Kadhim al-Rubaie');
    assert.equal(entities[1]!.mentions.length, 2);
  });

  it('keeps a bare title span with the person named after it, never as an entity', () => {
    const text = 'Prime Minister Ziad Al-Obeidi spoke. The U.S. said the U.S. agreed.';
    const doc = docWith(text, [
      ['Prime', 'person'],
      ['Ziad Al-Obeidi', 'person'],
      ['U.S.', 'organization'],
    ]);
    const { entities } = resolveDoc(doc, knowledge());
    assert.equal(entities.length, 2);
    assert.deepEqual(
      entities[0]!.mentions.map((m) => m.text),
      ['Prime', 'Ziad Al-Obeidi'],
    );
    assert.equal(entities[0]!.name, 'Ziad al-Obeidi');
    assert.ok(entities[1]!.mentions.every((m) => m.text === 'U.S.'));
  });

  it('keeps a pinned place span even when another mention has the same span', () => {
    const text = 'Clashes in Tal Afar.';
    const doc = docWith(text, [['Tal Afar', 'organization']]);
    doc.mentions.push({
      start: 11,
      end: 19,
      text: 'Tal Afar',
      kind: 'location',
      source: 'hint',
      pinned: true,
    });
    const { entities } = resolveDoc(doc, knowledge());
    const place = entities.find((e) => e.kind === 'location');
    assert.ok(place?.mentions.some((m) => m.start === 11 && m.end === 19));
  });
});

describe('resolveEntities: linking', () => {
  it('links variants to the canonical actor and merges them', () => {
    const text = 'Members of the Light Brigades deployed. Later, Saraya al-Noor fighters left.';
    const { entities } = resolveDoc(
      docWith(text, [
        ['Light Brigades', 'organization'],
        ['Saraya al-Noor', 'organization'],
      ]),
      knowledge(),
    );
    assert.equal(entities.length, 1);
    assert.equal(entities[0]!.name, 'Saraya al-Nour');
    assert.equal(entities[0]!.ref, 'actor:test-brigades');
    assert.equal(entities[0]!.subtype, 'armed_group');
    assert.ok(entities[0]!.aliases.includes('Light Brigades'));
  });

  it('leaves unknown names unlinked with their best name', () => {
    const { entities } = resolveDoc(
      docWith('Ziad Al-Obeidi spoke.', [['Ziad Al-Obeidi', 'person']]),
      knowledge(),
    );
    assert.equal(entities[0]!.ref, null);
    assert.equal(entities[0]!.name, 'Ziad al-Obeidi');
  });
});

describe('resolveEntities: descriptions and pronouns', () => {
  it('attaches "the cleric", "the armed group" and a safe pronoun', () => {
    const text =
      'The Light Brigades are an Iraqi force loyal to the cleric Jaafar al-Musawi. Fighters of the armed group marched. ' +
      'Jaafar al-Musawi spoke in Baghdad. He warned rivals. Later the cleric left the capital for Damascus. ' +
      'In the Syrian capital he met nobody.';
    const { entities } = resolveDoc(
      docWith(text, [
        ['Light Brigades', 'organization'],
        ['Jaafar al-Musawi', 'person'],
        ['Baghdad', 'location'],
        ['Damascus', 'location'],
      ]),
      knowledge(),
    );
    assert.equal(
      entityOf(entities, 'Damascus')!
        .mentions.filter((m) => m.coref)
        .map((m) => m.text)
        .join(),
      'the Syrian capital',
    );
    const cleric = entityOf(entities, 'Jaafar al-Musawi')!;
    const corefs = cleric.mentions.filter((m) => m.coref).map((m) => m.text);
    assert.deepEqual(corefs, ['the cleric', 'He', 'the cleric', 'he']);
    const group = entityOf(entities, 'Light Brigades')!;
    assert.equal(
      group.mentions
        .filter((m) => m.coref)
        .map((m) => m.text)
        .join(),
      'the armed group',
    );
    const baghdad = entityOf(entities, 'Baghdad')!;
    assert.equal(
      baghdad.mentions
        .filter((m) => m.coref)
        .map((m) => m.text)
        .join(),
      'the capital',
    );
  });

  it('tells the prime minister from another minister', () => {
    const text =
      'Prime Minister Ziad Al-Obeidi met Oil Minister Hadi al-Amiri. Later the prime minister left.';
    const { entities } = resolveDoc(
      docWith(text, [
        ['Ziad Al-Obeidi', 'person'],
        ['Hadi al-Amiri', 'person'],
      ]),
      knowledge(),
    );
    assert.equal(
      entities[0]!.mentions
        .filter((m) => m.coref)
        .map((m) => m.text)
        .join(),
      'the prime minister',
    );
    assert.equal(entities[1]!.mentions.filter((m) => m.coref).length, 0);
  });

  it('leaves descriptions alone when nothing fits them', () => {
    const text =
      'Gulf Wire reported the deployment. The movement took place in the capital as the group watched.';
    const { entities } = resolveDoc(docWith(text, [['Gulf Wire', 'organization']]), knowledge());
    assert.equal(entities.length, 1, 'no capital entity is made up');
    assert.equal(entities[0]!.mentions.filter((m) => m.coref).length, 0, 'a news outlet is not "the group"');
  });

  it('keeps pronoun gender consistent with titles and earlier pronouns', () => {
    const text = 'Mrs Layla Haddad met Mr Omar Khatib. She said he was late.';
    const { entities } = resolveDoc(
      docWith(text, [
        ['Mrs Layla Haddad', 'person'],
        ['Mr Omar Khatib', 'person'],
      ]),
      knowledge(),
    );
    const corefs = (s: string) =>
      entityOf(entities, s)!
        .mentions.filter((m) => m.coref)
        .map((m) => m.text)
        .join();
    assert.equal(corefs('Mrs Layla Haddad'), 'She');
    assert.equal(corefs('Mr Omar Khatib'), 'he');
    assert.equal(entityOf(entities, 'Mrs Layla Haddad')!.name, 'Layla Haddad');
  });

  it('does not attach a pronoun past a name the recogniser missed', () => {
    const text = "Ziad Al-Obeidi's aide Karim Salman posted a warning in which he spoke of attacks.";
    const { entities } = resolveDoc(docWith(text, [['Ziad Al-Obeidi', 'person']]), knowledge());
    assert.equal(entities[0]!.mentions.filter((m) => m.coref).length, 0);
  });

  it('does not attach a pronoun when two people are in view', () => {
    const text = 'Ziad Al-Obeidi met Hadi al-Amiri. He said nothing.';
    const { entities } = resolveDoc(
      docWith(text, [
        ['Ziad Al-Obeidi', 'person'],
        ['Hadi al-Amiri', 'person'],
      ]),
      knowledge(),
    );
    assert.ok(entities.every((e) => e.mentions.every((m) => !m.coref)));
  });
});

describe('resolveEntities: relations', () => {
  const text =
    'The Iraqi Prime Minister, Ziad Al-Obeidi, met Hadi al-Amiri, an Iraqi MP and member of the Parliamentary ' +
    "Water Committee. Al-Obeidi's adviser Karim Salman attended. The Light Brigades, affiliated to the " +
    'Iran-backed Shia cleric Jaafar al-Musawi, stayed away. The former spokesman of the National Movement, ' +
    'Omar Fadhil, objected. National Movement leader Sami Aziz agreed with the State Minister Nabil Jasim.';
  const marks: [string, EntityKind][] = [
    ['Ziad Al-Obeidi', 'person'],
    ['Al-Obeidi', 'person'],
    ['Hadi al-Amiri', 'person'],
    ['Karim Salman', 'person'],
    ['Light Brigades', 'organization'],
    ['Jaafar al-Musawi', 'person'],
    ['National Movement', 'organization'],
    ['Omar Fadhil', 'person'],
    ['Sami Aziz', 'person'],
    ['Nabil Jasim', 'person'],
  ];
  const { entities, relations } = resolveDoc(docWith(text, marks), knowledge());
  const id = (s: string) => entityOf(entities, s)?.id;
  const has = (type: string, subject: string | undefined, object: string | undefined) =>
    relations.some((r) => r.type === type && r.subject === subject && r.object === object);

  it('reads titles as roles', () => {
    assert.equal(has('holds_role', id('Ziad Al-Obeidi'), 'role:Prime Minister of Iraq'), true);
    assert.equal(has('holds_role', id('Hadi al-Amiri'), 'role:Member of Parliament of Iraq'), true);
    assert.equal(has('holds_role', id('Nabil Jasim'), 'role:State Minister'), true);
  });
  it('reads membership, advisers, affiliation and backing', () => {
    const committee = entities.find((e) => e.name === 'Parliamentary Water Committee');
    assert.ok(committee, 'the committee becomes an organisation');
    assert.ok(has('member_of', id('Hadi al-Amiri'), committee.id));
    assert.ok(has('adviser_to', id('Karim Salman'), id('Ziad Al-Obeidi')));
    assert.ok(has('affiliated_with', id('Light Brigades'), id('Jaafar al-Musawi')));
    const iran = entities.find((e) => e.ref === 'actor:gov-iran');
    assert.ok(iran);
    assert.ok(has('backed_by', id('Jaafar al-Musawi'), iran.id));
    assert.ok(has('member_of', id('Omar Fadhil'), id('National Movement')));
    assert.equal(has('leader_of', id('Sami Aziz'), id('National Movement')), true);
  });
  it('gives every relation its sentence as evidence', () => {
    for (const r of relations) for (const e of r.evidence) assert.equal(e.text, text.slice(e.start, e.end));
  });
});
