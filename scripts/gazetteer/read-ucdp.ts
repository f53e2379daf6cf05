// Place names below city level from the UCDP Georeferenced Event Dataset (CC BY 4.0):
// `where_coordinates` such as "Jurf al-Sakhar town" becomes the name "Jurf al-Sakhar" of kind
// town. Only rows located at a named place (where_prec 1–2) are kept; the events at one place
// are aggregated into one entry at their mean position.
import { readFileSync } from 'node:fs';
import type { PlaceKind } from '../../src/knowledge/types.ts';

export interface UcdpPlace {
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** ISO alpha-3 of the country */
  iso3: string;
  adm1: string;
  events: number;
}

const KIND_WORDS: Record<string, PlaceKind> = {
  town: 'town',
  city: 'city',
  village: 'village',
  locality: 'village',
  area: 'district',
  neighbourhood: 'neighbourhood',
  neighborhood: 'neighbourhood',
  district: 'district',
  base: 'base',
  airbase: 'base',
  airport: 'airport',
  refinery: 'facility',
  dam: 'facility',
  station: 'facility',
  camp: 'base',
};

/** Splits "Jurf al-Sakhar town" into name and kind; null when the name is not a place name. */
export function parseUcdpName(raw: string): { name: string; kind: PlaceKind } | null {
  const s = raw
    .replace(/\s+/g, ' ')
    .replace(/\(.*?\)/g, '')
    .trim();
  const m = /^(.*\S)\s+(\p{L}+)$/u.exec(s);
  const word = m?.[2]?.toLowerCase() ?? '';
  const kind = KIND_WORDS[word];
  if (m && kind) {
    // "Al Asad Base" keeps its kind word in the name: it is part of how the place is called.
    const keep = kind === 'base' || kind === 'airport' || kind === 'facility';
    return { name: keep ? s : (m[1] ?? s), kind };
  }
  return /province|governorate|district|river|lake|mountains?$/i.test(s)
    ? null
    : { name: s, kind: 'village' };
}

/** Minimal CSV line splitter (quoted fields with doubled quotes). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function readUcdpPlaces(file: string): UcdpPlace[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const head = splitCsvLine(lines[0] ?? '');
  const col = (n: string): number => head.indexOf(n);
  const [cPrec, cWhere, cAdm1, cLat, cLon, cIso] = [
    col('where_prec'),
    col('where_coordinates'),
    col('adm_1'),
    col('latitude'),
    col('longitude'),
    col('iso3'),
  ];
  const byKey = new Map<string, UcdpPlace>();
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const f = splitCsvLine(line);
    const prec = Number(f[cPrec]);
    if (!(prec === 1 || prec === 2)) continue;
    const parsed = parseUcdpName(f[cWhere] ?? '');
    const lat = Number(f[cLat]);
    const lon = Number(f[cLon]);
    if (!parsed || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${f[cIso]}|${parsed.name}`;
    const p = byKey.get(key);
    if (p) {
      p.lat = (p.lat * p.events + lat) / (p.events + 1);
      p.lon = (p.lon * p.events + lon) / (p.events + 1);
      p.events++;
    } else {
      byKey.set(key, { ...parsed, lat, lon, iso3: f[cIso] ?? '', adm1: f[cAdm1] ?? '', events: 1 });
    }
  }
  return [...byKey.values()];
}
