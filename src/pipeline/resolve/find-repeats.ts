// Names the recogniser missed the second time: once the article has named an entity, a later
// occurrence of the same name ("Iran Wire" after "IranWire") or of a person's Arabic surname
// ("al-Sadr" after "Muqtada al-Sadr") is a mention of it. A shorter place mention inside such
// a name ("Iran" in "Iran Wire") gives way unless it was a hint.
import type { Doc, Mention } from '../document.ts';
import { addName, type Cluster, describeName } from './cluster.ts';
import { findSurnameOwner } from './cluster-names.ts';
import { findCountryByWord } from './country-words.ts';
import { tokenIndexAtOrAfter } from './define-acronyms.ts';
import { keyWords } from './name-forms.ts';

const MAX_WORDS = 4;
const ARABIC_SURNAME = /^(al|el)-\p{Lu}/iu;

const UPPER_START = /^\p{Lu}/u;
const A = 97;
const E = 101;

function isNameToken(text: string): boolean {
  // called for every token: settle plain ASCII starts without a regex (A-Z yes; others
  // unless "al-"/"el-", whose lower-case a/e go on to the checks below)
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && c !== A && c !== E) return false;
  return UPPER_START.test(text) || ARABIC_SURNAME.test(text);
}

/** Token index → the mention covering it (the first one). */
function coverTokens(doc: Doc, mentions: readonly Mention[]): (Mention | undefined)[] {
  const cover: (Mention | undefined)[] = new Array(doc.tokens.length);
  for (const m of mentions) {
    for (
      let t = tokenIndexAtOrAfter(doc.tokens, m.start);
      t < doc.tokens.length && doc.tokens[t]!.start < m.end;
      t++
    ) {
      cover[t] ??= m;
    }
  }
  return cover;
}

/** The name goes on at token t: a capitalised word in the same sentence and line. */
function continuesName(doc: Doc, t: number): boolean {
  const next = doc.tokens[t];
  const prev = doc.tokens[t - 1];
  if (!next || !prev || next.sentence !== prev.sentence || !isNameToken(next.text)) return false;
  return !doc.text.slice(prev.end, next.start).includes('\n');
}

/** A token run may become a name if nothing but non-pinned places lying inside it cover it. */
function isFree(cover: readonly (Mention | undefined)[], from: number, to: number, doc: Doc): boolean {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to - 1]!.end;
  for (let t = from; t < to; t++) {
    const m = cover[t];
    // only a place strictly inside the run gives way ("Iran" in "Iran Wire"), never a whole one
    const inside = !!m && m.start >= start && m.end <= end && m.end - m.start < end - start;
    if (m && (m.kind !== 'location' || m.pinned || !inside)) return false;
  }
  return true;
}

/**
 * Adds the missed repeats to their clusters and returns the place mentions they replace
 * (the caller drops those).
 */
export function addRepeatedNames(
  doc: Doc,
  clusters: readonly Cluster[],
  mentions: readonly Mention[],
): Set<Mention> {
  const byKey = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.kind === 'location') continue;
    for (const n of c.names) {
      if (n.key && !byKey.has(n.key)) byKey.set(n.key, c);
      if (n.compact && !byKey.has(n.compact)) byKey.set(n.compact, c);
    }
  }
  const replaced = new Set<Mention>();
  if (!byKey.size) return replaced;
  const latest = latestFinder(clusters);
  const surnames = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.kind !== 'person') continue;
    for (const w of c.surnames) surnames.set(w, [...(surnames.get(w) ?? []), c]);
  }
  const cover = coverTokens(doc, mentions);
  const { tokens } = doc;
  const keys: (readonly string[] | undefined)[] = new Array(tokens.length);
  const keyOf = (t: number) => {
    keys[t] ??= keyWords(tokens[t]!.text);
    return keys[t]!;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i]!.text) || (cover[i] && cover[i]!.kind !== 'location')) continue;
    // a run never starts with a bare particle ("The U.S." is not a new name for "U.S.")
    if (keyOf(i).length === 0) continue;
    // the run's key and space-free key, grown a token at a time
    let spaced = '';
    let compact = '';
    let found: { end: number; cluster: Cluster } | undefined;
    for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
      if (tokens[j]!.sentence !== tokens[i]!.sentence || !isNameToken(tokens[j]!.text)) break;
      const words = keyOf(j);
      if (words.length) {
        const joined = words.join(' ');
        spaced = spaced ? `${spaced} ${joined}` : joined;
        compact += words.length === 1 ? joined : words.join('');
      }
      const c = byKey.get(spaced) ?? byKey.get(compact);
      if (c && isFree(cover, i, j + 1, doc)) found = { end: j + 1, cluster: c };
    }
    if (found && continuesName(doc, found.end)) found = undefined;
    const end = found?.end ?? i + 1;
    const target = found?.cluster ?? surnameOwner(doc, i, cover, surnames, latest);
    if (!target) continue;
    const mention = runMention(doc, i, end);
    mention.kind = target.kind;
    for (let t = i; t < end; t++) if (cover[t]) replaced.add(cover[t]!);
    addName(target, describeName(mention));
    i = end - 1;
  }
  return replaced;
}

/** The mention of tokens [from, to) as a (person, until its cluster says otherwise) name. */
function runMention(doc: Doc, from: number, to: number): Mention {
  const start = doc.tokens[from]!.start;
  const stop = doc.tokens[to - 1]!.end;
  return { start, end: stop, text: doc.text.slice(start, stop), kind: 'person', source: 'pattern' };
}

/** For each cluster, a finder of its last name mention before a position (binary search). */
function latestFinder(clusters: readonly Cluster[]): (c: Cluster, pos: number) => number {
  const starts = new Map(clusters.map((c) => [c, c.names.map((n) => n.mention.start).sort((a, b) => a - b)]));
  return (c, pos) => {
    const list = starts.get(c) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]! : -1;
  };
}

/** A lone "al-X" token, free and not part of a longer name, that is the surname of a person. */
function surnameOwner(
  doc: Doc,
  i: number,
  cover: readonly (Mention | undefined)[],
  surnames: ReadonlyMap<string, Cluster[]>,
  latest: (c: Cluster, pos: number) => number,
): Cluster | undefined {
  const tok = doc.tokens[i]!;
  if (cover[i] || !ARABIC_SURNAME.test(tok.text) || findCountryByWord(tok.text.slice(3))) return undefined;
  const prev = doc.tokens[i - 1];
  if (prev && prev.sentence === tok.sentence && /^\p{Lu}/u.test(prev.text)) return undefined;
  if (continuesName(doc, i + 1)) return undefined;
  const info = describeName(runMention(doc, i, i + 1));
  return findSurnameOwner(info, surnames.get(info.words[0] ?? '') ?? [], latest);
}
