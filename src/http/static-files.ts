// The web app's files, served from a fixed table (no path from the request ever reaches the
// file system, so there is nothing to traverse).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  png: 'image/png',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
}

export function staticTable(root: string): Map<string, string> {
  const nm = join(root, 'node_modules');
  const table = new Map<string, string>([
    ['/', join(root, 'web', 'index.html')],
    ['/index.html', join(root, 'web', 'index.html')],
    ['/app.js', join(root, 'web', 'app.js')],
    ['/style.css', join(root, 'web', 'style.css')],
    ['/vendor/leaflet/leaflet.css', join(nm, 'leaflet', 'dist', 'leaflet.css')],
    ['/vendor/leaflet/leaflet.js', join(nm, 'leaflet', 'dist', 'leaflet.js')],
    ['/vendor/topojson-client.min.js', join(nm, 'topojson-client', 'dist', 'topojson-client.min.js')],
    ['/data/countries-50m.json', join(nm, 'world-atlas', 'countries-50m.json')],
  ]);
  for (const img of [
    'layers.png',
    'layers-2x.png',
    'marker-icon.png',
    'marker-icon-2x.png',
    'marker-shadow.png',
  ]) {
    table.set(`/vendor/leaflet/images/${img}`, join(nm, 'leaflet', 'dist', 'images', img));
  }
  return table;
}

export function createStaticReader(root: string): (path: string) => StaticFile | undefined {
  const table = staticTable(root);
  const cache = new Map<string, StaticFile>();
  return (path) => {
    const hit = cache.get(path);
    if (hit) return hit;
    const file = table.get(path);
    if (!file || !existsSync(file)) return undefined;
    const ext = file.slice(file.lastIndexOf('.') + 1);
    const out = { body: new Uint8Array(readFileSync(file)), type: TYPES[ext] ?? 'application/octet-stream' };
    cache.set(path, out);
    return out;
  };
}
