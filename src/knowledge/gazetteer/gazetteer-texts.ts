// Serialises places in the compact file format (see gazetteer-format.ts): used by the builder,
// and by tests to make a small gazetteer in memory.

import { MATCH_KEYS_VERSION } from '../match/skeleton-key.ts';
import {
  COLUMNS,
  FLAG_CURATED,
  formatKeys,
  formatRow,
  GAZETTEER_FORMAT,
  type PlaceRow,
} from './gazetteer-format.ts';

const POPULATED = new Set(['city', 'town', 'village', 'district']);

export interface GazetteerTexts {
  places: string;
  keys: string;
}

export function gazetteerTexts(rows: PlaceRow[]): GazetteerTexts {
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Populated places' alternate names live on only as keys: they are many and only matched.
  const slim = rows.map((r) =>
    POPULATED.has(r.kind) && !r.flags.includes(FLAG_CURATED) ? { ...r, alt: [] } : r,
  );
  const implied = rows.map((r) => impliedAdmin1(r, byId) === r.admin1);
  const parentOf = (r: PlaceRow): number | undefined => index.get(r.parent);
  // Parent offsets have a fixed width, so a first pass with any number gives every line's offset.
  const header = `#${GAZETTEER_FORMAT}\t${COLUMNS.join('\t')}\n`;
  const offsets: number[] = [];
  let at = Buffer.byteLength(header);
  slim.forEach((r, i) => {
    offsets.push(at);
    at += Buffer.byteLength(formatRow(r, parentOf(r) === undefined ? undefined : 0, implied[i] ?? false)) + 1;
  });
  const lines = slim.map((r, i) => {
    const p = parentOf(r);
    return formatRow(r, p === undefined ? undefined : offsets[p], implied[i] ?? false);
  });
  return {
    places: `${header}${lines.join('\n')}\n`,
    keys: `#${GAZETTEER_FORMAT}\t${MATCH_KEYS_VERSION}\tkey\toffsets\n${formatKeys(rows, offsets)}\n`,
  };
}

/** The admin1 name the parent chain gives (what the loader will derive). */
export function impliedAdmin1(r: PlaceRow, byId: ReadonlyMap<string, PlaceRow>): string {
  for (let p: PlaceRow | undefined = r, n = 0; p && n < 8; p = byId.get(p.parent), n++)
    if (p.kind === 'admin1') return p.name;
  return '';
}
