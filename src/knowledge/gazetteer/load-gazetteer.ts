// Loads the gazetteer: the derived compact files built by `npm run build:knowledge`
// (knowledge/build/gazetteer-*.tsv, which already merge the hand-written supplement). Without
// them (a fresh checkout before the build), the supplement alone is served.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameIndex } from '../match/name-index.ts';
import { MATCH_KEYS_VERSION } from '../match/skeleton-key.ts';
import type { Gazetteer, Place } from '../types.ts';
import { CompactGazetteer } from './compact-gazetteer.ts';
import { KEYS_FILE, PLACES_FILE } from './gazetteer-format.ts';

class SupplementGazetteer extends NameIndex<Place> implements Gazetteer {
  private readonly byId: Map<string, Place>;
  constructor(places: Place[]) {
    super(places, (p) => [p.name, ...(p.alt ?? [])]);
    this.byId = new Map(places.map((p) => [p.id, p]));
  }
  getPlace(id: string): Place | undefined {
    return this.byId.get(id);
  }
  getAncestors(place: Place): Place[] {
    const out: Place[] = [];
    for (let p = place.parent ? this.byId.get(place.parent) : undefined; p && out.length < 8; ) {
      out.push(p);
      p = p.parent ? this.byId.get(p.parent) : undefined;
    }
    return out;
  }
}

export function loadGazetteer(knowledgeDir: string): Gazetteer {
  const places = join(knowledgeDir, 'build', PLACES_FILE);
  const keys = join(knowledgeDir, 'build', KEYS_FILE);
  if (existsSync(places) && existsSync(keys)) {
    const keyBytes = readFileSync(keys);
    const header = keyBytes.toString('utf8', 0, Math.max(0, keyBytes.indexOf(10)));
    if (!header.includes(MATCH_KEYS_VERSION))
      process.emitWarning(`${KEYS_FILE} was built with other match keys: run npm run build:knowledge`);
    return new CompactGazetteer(readFileSync(places), keyBytes);
  }
  const dir = join(knowledgeDir, 'places');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  return new SupplementGazetteer(
    files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Place[]),
  );
}
