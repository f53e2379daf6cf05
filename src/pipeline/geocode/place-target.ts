// A location entity as the geocoder sees it: its surface forms, the clues around its
// mentions, and its gazetteer candidates.

import { memoizeString } from '../../knowledge/match/bounded-memo.ts';
import { editDistance } from '../../knowledge/match/edit-distance.ts';
import { foldName } from '../../knowledge/match/fold-name.ts';
import { bareName } from '../../knowledge/match/skeleton-key.ts';
import type { Gazetteer, Place } from '../../knowledge/types.ts';
import type { EntityDraft } from '../document.ts';
import { expandAbbreviation } from './abbreviations.ts';
import { partCandidates } from './part-names.ts';
import { type KindHint, readSurface, readSurroundings, type Surroundings } from './read-place-phrase.ts';
import type { Candidate, Clues } from './score-place.ts';

export interface Target {
  entity: number;
  surfaces: string[];
  candidates: Candidate[];
  clues: Clues;
  /** every name mention is relative ("south of X"): X is only the anchor */
  relative: boolean;
  /** the name is a generic reference to the focus country's capital */
  capital: boolean;
}

const CANDIDATES = 40;
const GENERIC_CAPITAL =
  /^(?:the\s+)?(?:(?:country|nation|state)['’]s\s+|[A-Z][\p{L}]+\s+)?capital(?:\s+city)?$/u;
const POPULATED = new Set(['city', 'town', 'village', 'district', 'neighbourhood']);

export function buildTarget(e: EntityDraft, index: number, text: string, g: Gazetteer): Target {
  const named = e.mentions.filter((m) => !m.coref);
  const surfaces = [...new Set([...named.map((m) => m.text), ...(named.length ? [] : [e.name])])];
  const capital = surfaces.length > 0 && surfaces.every((s) => GENERIC_CAPITAL.test(s.trim()));
  const around: Surroundings[] = named.map((m) => readSurroundings(text, m.start, m.end));
  const phrases = surfaces.map((s) => readSurface(expandAbbreviation(s) ?? s));
  const hint: KindHint | undefined = phrases.find((p) => p.hint)?.hint ?? around.find((a) => a.hint)?.hint;
  const relative = around.length > 0 && around.every((a) => a.relative && !a.relative.near);
  const byId = new Map<string, Candidate>();
  if (!capital)
    for (const p of phrases)
      for (const s of new Set([p.full, p.core]))
        for (const c of g.findCandidates(s, CANDIDATES)) {
          const prev = byId.get(c.item.id);
          if (!prev || prev.match < c.score) byId.set(c.item.id, { place: c.item, match: c.score });
        }
  const names = new Set(phrases.flatMap((p) => [plainName(p.core), plainName(p.full)]));
  let candidates = [...byId.values()].filter((c) => plausible(c, names, surfaces));
  if (candidates.some((c) => c.match >= 0.95)) candidates = candidates.filter((c) => c.match >= 0.95);
  if (!candidates.length && !capital)
    candidates = phrases.flatMap((p) => partCandidates(p.full, g, CANDIDATES));
  for (const c of candidates) if (!names.has(plainName(c.place.name))) c.alternate = true;
  markShadowed(candidates);
  const containers = containerPlaces(around, g);
  return {
    entity: index,
    surfaces,
    candidates,
    clues: hint ? { hint, containers } : { containers },
    relative,
    capital,
  };
}

const SHORT_WORDS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/**
 * A name folded, without articles, with "St."/"Mt."/"Ft." spelt out and without a trailing
 * "City" (New York City is called New York), for comparing names.
 */
const plainName = memoizeString(function foldPlainName(s: string): string {
  return bareName(foldName(s))
    .split(' ')
    .map((w) => SHORT_WORDS[w] ?? w)
    .join(' ')
    .replace(/(?<=\S) city$/, '');
});

const INITIALISM = /^[A-Z][A-Z&.]{0,4}$/;
const BROAD = new Set(['country', 'admin1', 'region', 'water']);

/**
 * Skeleton matches must still look alike ("Al-Azhamiya" ~ "Adhamiyah", not "Oahu" ~ "Ohio"),
 * and an initialism ("EU", "BC") names a country or region, never a town spelt the same.
 */
function plausible(c: Candidate, names: ReadonlySet<string>, surfaces: readonly string[]): boolean {
  if (surfaces.every((s) => INITIALISM.test(s.trim()))) {
    if (c.match < 0.95) return false;
    return BROAD.has(c.place.kind) || (c.place.alt ?? []).some((a) => surfaces.includes(a));
  }
  if (c.match >= 0.95) return true;
  const name = plainName(c.place.name);
  for (const n of names) if (editDistance(n, name) <= Math.max(1, Math.floor(0.35 * n.length))) return true;
  return false;
}

/**
 * A division whose same-named populated place lies inside it and makes up much of it (or is a
 * metropolis): the name means the city (Baghdad, Karbala, New York), not the province (Quebec
 * is not Québec City).
 */
function markShadowed(candidates: Candidate[]): void {
  for (const c of candidates) {
    const p = c.place;
    if (p.kind !== 'admin1' && p.kind !== 'admin2') continue;
    c.shadowed = candidates.some(
      (o) =>
        o.match >= 0.95 &&
        POPULATED.has(o.place.kind) &&
        o.place.country === p.country &&
        (o.place.admin1 === p.admin1 || p.kind === 'admin2') &&
        ((o.place.population ?? 0) >= 0.25 * (p.population ?? 0) || (o.place.population ?? 0) >= 1_000_000),
    );
  }
}

function containerPlaces(around: readonly Surroundings[], g: Gazetteer): Place[] {
  const out: Place[] = [];
  for (const a of around) {
    if (!a.container) continue;
    const phrase = readSurface(expandAbbreviation(a.container) ?? a.container);
    for (const c of g.findCandidates(phrase.core, 8)) if (c.score >= 0.95) out.push(c.item);
  }
  return out;
}
