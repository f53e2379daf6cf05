// `npm run build:knowledge`: rebuilds the derived knowledge files in knowledge/build/ from
// ../shared/data and the npm data packages. Today: the gazetteer (+ its attribution).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEYS_FILE, PLACES_FILE } from '../src/knowledge/gazetteer/gazetteer-format.ts';
import { gazetteerTexts } from '../src/knowledge/gazetteer/gazetteer-texts.ts';
import { ATTRIBUTION } from './gazetteer/attribution.ts';
import { buildGazetteer, DEFAULT_SOURCES } from './gazetteer/build-gazetteer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'knowledge/build');
const t0 = performance.now();
const log = (s: string): void => console.error(`build:knowledge: ${s}`);

const rows = buildGazetteer(DEFAULT_SOURCES(root), log);
const { places, keys } = gazetteerTexts(rows);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, PLACES_FILE), places);
writeFileSync(join(out, KEYS_FILE), keys);
writeFileSync(join(out, 'ATTRIBUTION.md'), ATTRIBUTION);
const secs = ((performance.now() - t0) / 1000).toFixed(1);
const mb = (s: string): string => `${(Buffer.byteLength(s) / 1e6).toFixed(1)} MB`;
log(`${rows.length} places (${mb(places)}), keys ${mb(keys)} → knowledge/build/ in ${secs} s`);
