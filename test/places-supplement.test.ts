// The hand-written MENA places supplement (knowledge/places/*.json): every entry well formed and
// inside its country, ids unique, parents resolvable, no duplicate place.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Place, PlaceKind } from '../src/knowledge/types.ts';

const DIR = join(import.meta.dirname, '..', 'knowledge', 'places');
const GEONAMES = join(import.meta.dirname, '..', '..', 'shared', 'data', 'geonames');

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const entries: { file: string; place: Place }[] = files.flatMap((file) =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Place[]).map((place) => ({ file, place })),
);

/** rough [south, north, west, east] boxes; a place must lie inside its country's */
const BOXES: Record<string, [number, number, number, number]> = {
  IQ: [29.0, 37.4, 38.7, 48.9],
  SY: [32.3, 37.4, 35.6, 42.4],
  LB: [33.0, 34.7, 35.0, 36.7],
  IL: [29.4, 33.45, 34.2, 35.95],
  PS: [31.2, 32.6, 34.2, 35.6],
  YE: [12.0, 19.1, 41.8, 54.6],
  IR: [25.0, 39.8, 44.0, 63.4],
  SA: [16.0, 32.2, 34.5, 55.7],
  AE: [22.6, 26.1, 51.5, 56.4],
  QA: [24.4, 26.2, 50.7, 51.7],
  KW: [28.5, 30.1, 46.5, 48.5],
  BH: [25.5, 26.4, 50.3, 50.9],
  OM: [16.6, 26.4, 51.9, 59.9],
  JO: [29.1, 33.4, 34.9, 39.3],
  TR: [35.8, 42.2, 25.6, 44.9],
  EG: [22.0, 31.7, 24.7, 36.9],
  '': [-5.0, 45.0, 25.0, 75.0],
};

const KINDS: ReadonlySet<PlaceKind> = new Set([
  'admin1',
  'admin2',
  'town',
  'village',
  'district',
  'neighbourhood',
  'base',
  'airport',
  'crossing',
  'oilfield',
  'shrine',
  'facility',
  'region',
  'water',
]);
const PRECISION: Partial<Record<PlaceKind, string>> = {
  district: 'district',
  neighbourhood: 'district',
  base: 'point',
  airport: 'point',
  crossing: 'point',
  oilfield: 'point',
  shrine: 'point',
  town: 'city',
  village: 'city',
  admin2: 'admin2',
  admin1: 'admin1',
};

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:al|el|an|ar|as|ash|ad|az)[-\s]/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

function km(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** GeoNames ids known to the shared data (cities, admin1 regions, countries), or null without it. */
function geonamesIds(): Set<string> | null {
  if (!existsSync(GEONAMES)) return null;
  const ids = new Set<string>();
  const column = (file: string, col: number) => {
    for (const line of readFileSync(join(GEONAMES, file), 'utf8').split('\n')) {
      const id = line.split('\t')[col];
      if (id && /^\d+$/.test(id)) ids.add(id);
    }
  };
  column('cities15000.txt', 0);
  column('regionInfo.tsv', 3);
  column('countryInfo.tsv', 16);
  return ids;
}

/** Admin1 names as the gazetteer builder spells them (GeoNames ASCII names, bare). */
function admin1Names(): Map<string, Set<string>> | null {
  const file = join(GEONAMES, 'regionInfo.tsv');
  if (!existsSync(file)) return null;
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [code, , ascii] = line.split('\t');
    if (!code || !ascii) continue;
    const bare = ascii
      .replace(/^(?:Muhafazat|Mohafazat|Ostan-e|Provincia de|Province of)\s+/i, '')
      .replace(/\s+(?:Governorate|Province|Region|State|Oblast|District|Prefecture|Department)$/i, '')
      .replace(/['’ʼ]+$/u, '')
      .trim();
    const country = code.slice(0, 2);
    if (!out.has(country)) out.set(country, new Set());
    out.get(country)!.add(bare);
  }
  return out;
}

describe('knowledge/places supplement', () => {
  it('has at least 500 places', () => {
    assert.ok(entries.length >= 500, `${entries.length} places`);
  });

  it('has well-formed entries inside their country', () => {
    for (const { file, place: p } of entries) {
      const where = `${file}: ${p.id}`;
      assert.match(p.id, /^marsad:[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, where);
      assert.ok(p.name.trim().length > 1, where);
      assert.ok(KINDS.has(p.kind), `${where}: kind ${p.kind}`);
      const precision = PRECISION[p.kind];
      if (precision) assert.equal(p.precision, precision, `${where}: precision`);
      assert.ok(Number.isFinite(p.lat) && Math.abs(p.lat) <= 90, `${where}: lat`);
      assert.ok(Number.isFinite(p.lon) && Math.abs(p.lon) <= 180, `${where}: lon`);
      const box = BOXES[p.country];
      assert.ok(box, `${where}: country ${p.country}`);
      const [s, n, w, e] = box;
      assert.ok(p.lat >= s && p.lat <= n && p.lon >= w && p.lon <= e, `${where}: outside ${p.country}`);
      if (p.kind === 'water') assert.ok(p.country === '' || p.country in BOXES, where);
      for (const a of p.alt ?? []) assert.ok(a.trim() === a && a.length > 0, `${where}: alt "${a}"`);
    }
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    for (const { place } of entries) {
      assert.ok(!seen.has(place.id), `duplicate id ${place.id}`);
      seen.add(place.id);
    }
  });

  it('has resolvable parents', () => {
    const ours = new Set(entries.map((e) => e.place.id));
    const geonames = geonamesIds();
    for (const { file, place: p } of entries) {
      if (!p.parent) continue;
      if (p.parent.startsWith('marsad:')) assert.ok(ours.has(p.parent), `${file}: ${p.id} → ${p.parent}`);
      else {
        assert.match(p.parent, /^geonames:\d+$/, `${file}: ${p.id}`);
        if (geonames) assert.ok(geonames.has(p.parent.slice(9)), `${file}: ${p.id} → ${p.parent}`);
      }
    }
  });

  it('spells admin1 the way the GeoNames-built gazetteer does', () => {
    const names = admin1Names();
    if (!names) return;
    for (const { file, place: p } of entries) {
      if (!p.admin1 || !names.has(p.country)) continue;
      assert.ok(names.get(p.country)!.has(p.admin1), `${file}: ${p.id} admin1 "${p.admin1}"`);
    }
  });

  it('has no two places within 1 km under the same name', () => {
    const byName = new Map<string, Place[]>();
    for (const { place } of entries) {
      const key = fold(place.name);
      for (const other of byName.get(key) ?? []) {
        assert.ok(km(place, other) > 1, `${place.id} and ${other.id}`);
      }
      byName.set(key, [...(byName.get(key) ?? []), place]);
    }
  });
});
