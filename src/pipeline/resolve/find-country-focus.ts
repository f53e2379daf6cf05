// The country an article is mostly about: demonyms and country names in the text ("Iraqi",
// "Iraq") and the countries of the places it names. It breaks ties between actors with the
// same name in different countries and tells which city "the capital" is.
import type { Gazetteer } from '../../knowledge/types.ts';
import type { Doc, Mention } from '../document.ts';
import {
  type CountryWords,
  findCountryByCapital,
  findCountryByCode,
  findCountryByWord,
} from './country-words.ts';

const MAX_LOOKUPS = 4;

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

// getPlace decodes a compact record and costs ten name look-ups: the name is enough here
function lookUpCountry(gazetteer: Gazetteer, m: Mention): string | undefined {
  return gazetteer.findCandidates(m.text, 1)[0]?.item.country;
}

export function findCountryFocus(
  doc: Doc,
  gazetteer: Gazetteer,
  places: readonly Mention[],
): CountryWords | undefined {
  const votes = new Map<string, number>();
  const vote = (code: string | undefined, n = 1) => {
    if (code) votes.set(code, (votes.get(code) ?? 0) + n);
  };
  for (const tok of doc.tokens) if (isCapitalised(tok.text)) vote(findCountryByWord(tok.text)?.code);
  const seen = new Map<string, string | undefined>();
  let lookups = 0;
  for (const m of places) {
    const key = m.text.toLowerCase();
    if (!seen.has(key)) {
      const named = (findCountryByWord(m.text) ?? findCountryByCapital(m.text))?.code;
      // a few gazetteer look-ups are enough to find the focus; they are the costly part
      seen.set(key, named ?? (lookups++ < MAX_LOOKUPS ? lookUpCountry(gazetteer, m) : undefined));
    }
    // a named city says more about the focus than a passing country name
    vote(seen.get(key), 2);
  }
  let best: string | undefined;
  for (const [code, n] of votes) if (!best || n > (votes.get(best) ?? 0)) best = code;
  return best ? (findCountryByCode(best) ?? { code: best, name: best, capital: '' }) : undefined;
}
