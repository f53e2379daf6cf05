// Properties of the matcher over the real actor files (knowledge/actors/*.json): every name
// finds its actor, one typo in a long name still does, and common words find nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { foldName } from '../match/fold-name.ts';
import { isStopSurface } from '../match/stop-words.ts';
import type { Actor } from '../types.ts';
import { ActorNameIndex } from './actor-index.ts';
import { COUNTRY_STOP_NAMES } from './country-stop-names.ts';
import { readActors } from './load-actors.ts';

const actors = readActors(fileURLToPath(new URL('../../../knowledge', import.meta.url)));
const index = new ActorNameIndex(actors);
const skip = actors.length === 0 ? 'no actors in knowledge/actors yet' : false;

/** Names the index is meant to match: not stop words, not country names, not lower-case "kh". */
function isMatchable(name: string): boolean {
  const folded = foldName(name);
  return !isStopSurface(folded) && !COUNTRY_STOP_NAMES.has(folded);
}

const namesOf = (a: Actor): string[] => [a.name, ...a.aliases, ...(a.scriptNames ?? [])];
const allNames = actors.flatMap((a) => namesOf(a).map((name) => ({ actor: a, name })));

describe('actor names (knowledge/actors)', { skip }, () => {
  it('finds every actor first (or tied first) under each of its names', () => {
    const misses: string[] = [];
    for (const { actor, name } of allNames) {
      if (!isMatchable(name) && !/^[A-Z0-9-]+$/.test(name)) continue;
      const found = index.findCandidates(name, 50);
      const best = found[0]?.score ?? 0;
      if (!found.some((c) => c.item.id === actor.id && c.score === best)) {
        misses.push(`${actor.id} "${name}" → ${found[0]?.item.id ?? 'nothing'}`);
      }
    }
    assert.deepEqual(misses, []);
  });

  it('still finds an actor after one random slip in a long word of a name ≥ 8 letters', () => {
    const long = allNames.filter(
      ({ name }) => foldName(name).replace(/ /g, '').length >= 8 && isMatchable(name),
    );
    const slip = fc.record({
      pick: fc.nat(),
      at: fc.nat(),
      op: fc.constantFrom('substitute', 'delete', 'insert', 'swap'),
      letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    });
    fc.assert(
      fc.property(slip, ({ pick, at, op, letter }) => {
        const { actor, name } = long[pick % long.length] as { actor: Actor; name: string };
        const slipped = corrupt(name, at, op, letter);
        if (slipped === undefined) return;
        const found = index.findCandidates(slipped, 50).map((c) => c.item.id);
        assert.ok(
          found.includes(actor.id),
          `"${slipped}" (from "${name}") → ${found.slice(0, 3).join(', ')}`,
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('never matches short common English words', () => {
    const words = `the and for but not you all any can had her was one our out day get has him his how man
      new now old see two way who boy did its let put say she too use war oil gas law air sea aid arm army city
      town said will been from they them this that with have more also into over after were when what some than
      then only such most many very just year week says told near area north south east west forces police`;
    const list = words.split(/\s+/).filter(Boolean);
    fc.assert(
      fc.property(fc.constantFrom(...list), fc.boolean(), (w, title) => {
        const surface = title ? w[0]?.toUpperCase() + w.slice(1) : w;
        assert.deepEqual(
          index.findCandidates(surface).map((c) => c.item.id),
          [],
          surface,
        );
      }),
      { numRuns: 400 },
    );
  });
});

/** One slip inside a written word long enough to be typo-tolerant (≥ 5 letters, ≥ 6 alone), or undefined. */
function corrupt(name: string, at: number, op: string, letter: string): string | undefined {
  const words = [...name.matchAll(/[A-Za-z]+/g)];
  const min = words.length > 1 ? 5 : 6;
  // Initialisms ("USCENTCOM") are matched only as written; their letters are not a spelling.
  const eligible = words.filter((m) => m[0].length >= min && /[a-z]/.test(m[0]));
  if (!eligible.length) return undefined;
  const m = eligible[at % eligible.length] as RegExpMatchArray;
  const start = m.index ?? 0;
  const i = start + 1 + (at % (m[0].length - 2)); // keep the first and last letters
  const c = name[i] as string;
  switch (op) {
    case 'substitute':
      return letter === c.toLowerCase() ? undefined : name.slice(0, i) + letter + name.slice(i + 1);
    case 'delete':
      return name.slice(0, i) + name.slice(i + 1);
    case 'insert':
      return name.slice(0, i) + letter + name.slice(i);
    default:
      return name.slice(0, i) + name[i + 1] + c + name.slice(i + 2);
  }
}
