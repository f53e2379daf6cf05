// Heavy parsing and network packages load on first use, not at start-up: `marsad extract`
// shares the CLI bundle and must start in well under a second (linkedom alone costs ~0.3 s).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

function load<T>(name: string): T {
  let m = loaded.get(name);
  if (m === undefined) {
    m = require(name);
    loaded.set(name, m);
  }
  return m as T;
}

export const linkedom = (): typeof import('linkedom') => load('linkedom');
export const readability = (): typeof import('@mozilla/readability') => load('@mozilla/readability');
export const feedsmith = (): typeof import('feedsmith') => load('feedsmith');
export const undici = (): typeof import('undici') => load('undici');
