import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type ActorIssue, foldAliasKey, validateActors } from './actor-schema.ts';

const ACTORS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../knowledge/actors');

function loadEntries(): { file: string; entry: unknown }[] {
  const files = readdirSync(ACTORS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const data: unknown = JSON.parse(readFileSync(join(ACTORS_DIR, file), 'utf8'));
    assert.ok(Array.isArray(data), `${file} must hold a JSON array`);
    return data.map((entry) => ({ file, entry }));
  });
}

function describeIssue(issue: ActorIssue, files: string[]): string {
  const [index, ...rest] = issue.path;
  const where = typeof index === 'number' ? files[index] : '?';
  return `${issue.code} ${where} #${String(index)} ${rest.join('.')}: ${issue.message}`;
}

describe('knowledge/actors data', () => {
  const loaded = loadEntries();
  const result = validateActors(loaded.map((l) => l.entry));
  const files = loaded.map((l) => l.file);

  it('passes the schema and the cross-entry rules', () => {
    const shown = result.issues.slice(0, 30).map((i) => describeIssue(i, files));
    assert.deepEqual(shown, []);
  });

  it('holds at least 400 actors', () => {
    assert.ok(result.actors.length >= 400, `only ${result.actors.length} actors`);
  });

  it('spells the canonical names the project links to', () => {
    const names = new Set(result.actors.map((a) => a.name));
    for (const name of [
      'Muqtada al-Sadr',
      'Saraya al-Salam',
      'Mustafa al-Kadhimi',
      'Sadrist Movement',
      'Islamic State',
      'IranWire',
      'Military Forces of Iraq',
      'Police Forces of Iraq',
      'Government of Iraq',
    ])
      assert.ok(names.has(name), `missing ${name}`);
  });

  it('lists every region file', () => {
    const present = new Set(files);
    for (const f of ['iraq', 'iran', 'syria', 'lebanon', 'yemen', 'gulf', 'israel-palestine', 'jordan'])
      assert.ok(present.has(`${f}.json`), `missing ${f}.json`);
  });
});

const base = { kind: 'organization', subtype: 'armed_group', source: 'test fixture' } as const;

describe('validateActors', () => {
  it('accepts a minimal valid pair with a dated affiliation', () => {
    const { issues } = validateActors([
      { ...base, id: 'actor:a', name: 'Alpha Brigades', aliases: ['AB'] },
      {
        ...base,
        id: 'actor:b',
        name: 'Beta Front',
        aliases: [],
        affiliations: [{ type: 'part_of', target: 'actor:a', from: '2014-06', to: '2020' }],
      },
    ]);
    assert.deepEqual(issues, []);
  });

  it('reports schema problems with a path instead of throwing', () => {
    const { issues, actors } = validateActors([{ ...base, id: 'Actor:Bad Id', name: 'X y z', aliases: [] }]);
    assert.equal(actors.length, 0);
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['invalid_entry', [0, 'id']]],
    );
  });

  it('finds duplicate ids, unknown targets and reversed tenures', () => {
    const { issues } = validateActors([
      { ...base, id: 'actor:a', name: 'Alpha', aliases: [] },
      {
        ...base,
        id: 'actor:a',
        name: 'Gamma',
        aliases: [],
        affiliations: [{ type: 'member_of', target: 'actor:zzz', from: '2020-05', to: '2019' }],
      },
    ]);
    assert.deepEqual(issues.map((i) => i.code).sort(), ['date_order', 'duplicate_id', 'unknown_target']);
  });

  it('lets two people share a surname but not two organisations a name', () => {
    const person = { kind: 'person', subtype: 'cleric', source: 'fixture' } as const;
    const ok = validateActors([
      { ...person, id: 'actor:p1', name: 'Ammar al-Hakim', aliases: ['al-Hakim'] },
      { ...person, id: 'actor:p2', name: 'Muhammad Saeed al-Hakim', aliases: ['al-Hakim', 'Hakim'] },
      { ...person, id: 'actor:p3', name: 'Hakim al-Zamili', aliases: ['Hakim'] },
    ]);
    assert.deepEqual(ok.issues, []);
    const bad = validateActors([
      { ...base, id: 'actor:o1', name: 'Popular Front', aliases: ['The Front'] },
      { ...base, id: 'actor:o2', name: 'Other Front', aliases: ['the front'] },
    ]);
    assert.deepEqual(
      bad.issues.map((i) => i.code),
      ['shared_alias'],
    );
  });

  it('rejects a person subtype on an organisation', () => {
    const { issues } = validateActors([
      { ...base, id: 'actor:m', name: 'Mujahid', subtype: 'cleric', aliases: [] },
    ]);
    assert.deepEqual(
      issues.map((i) => i.code),
      ['subtype_kind'],
    );
  });

  it('allows short aliases only as all-caps initialisms', () => {
    const { issues } = validateActors([
      { ...base, id: 'actor:k', name: 'Kappa', aliases: ['KH', 'Kh', 'al'] },
    ]);
    assert.deepEqual(
      issues.map((i) => i.path),
      [
        [0, 'aliases', 1],
        [0, 'aliases', 2],
      ],
    );
  });

  it('folds case, marks and separators when comparing names', () => {
    assert.equal(foldAliasKey("Kata'ib Ḥizb-Allāh"), 'kataib hizb allah');
    assert.equal(foldAliasKey(foldAliasKey('Asa’ib  Ahl al-Haq')), foldAliasKey('Asa’ib  Ahl al-Haq'));
  });
});
