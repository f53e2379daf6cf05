// Acronyms the article defines: "the Popular Mobilization Forces (PMF)". The acronym in
// brackets and every later use of it become names of the long form's entity, whether or not
// the recogniser marked them.
import type { Doc, Mention, Token } from '../document.ts';
import { describeName, type NameInfo } from './cluster.ts';
import { initialsOf, isAcronym } from './name-forms.ts';

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function tokenIndexAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function definedAcronym(tokens: readonly Token[], info: NameInfo): string | undefined {
  if (info.words.length < 2) return undefined;
  const i = tokenIndexAtOrAfter(tokens, info.mention.end);
  if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')') return undefined;
  const acr = tokens[i + 1]!.text;
  if (!isAcronym(acr)) return undefined;
  return initialsOf(info.surface).includes(acr.replace(/[.&-]/g, '')) ? acr : undefined;
}

/**
 * Marks names that are defined acronyms (`definedBy`) and returns new name mentions for uses
 * of a defined acronym that no recognised mention covers.
 */
export function defineAcronyms(doc: Doc, infos: readonly NameInfo[]): NameInfo[] {
  const defs = new Map<string, NameInfo>();
  for (const info of infos) {
    const acr = definedAcronym(doc.tokens, info);
    if (acr && !defs.has(acr)) defs.set(acr, info);
  }
  if (!defs.size) return [];
  const covered = new Uint8Array(doc.tokens.length);
  for (const info of infos) {
    const def = defs.get(info.surface);
    if (def && def !== info) info.definedBy = def;
    const from = tokenIndexAtOrAfter(doc.tokens, info.mention.start);
    for (let t = from; t < doc.tokens.length && doc.tokens[t]!.start < info.mention.end; t++) covered[t] = 1;
  }
  const added: NameInfo[] = [];
  doc.tokens.forEach((tok, t) => {
    // every defined acronym starts with a capital A-Z (isAcronym): skip the rest unhashed
    const c = tok.text.charCodeAt(0);
    if (c < 65 || c > 90) return;
    const def = defs.get(tok.text);
    if (!def || covered[t]) return;
    const mention: Mention = {
      start: tok.start,
      end: tok.end,
      text: tok.text,
      kind: def.mention.kind,
      source: 'pattern',
      tokenStart: t,
      tokenEnd: t + 1,
    };
    const info = describeName(mention);
    info.definedBy = def;
    added.push(info);
  });
  return added;
}
