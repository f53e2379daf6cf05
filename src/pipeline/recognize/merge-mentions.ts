// Putting the recognised mentions together: names a line break split into two sentences are
// rejoined, and hinted places (the contract's `hints.places`) come back as pinned location
// mentions at exactly the hinted span, replacing any recognised mention they overlap.
import type { Doc, Mention } from '../document.ts';

/** "Muqtada\nal-Sadr": a name broken by a single line break, with nothing else between. */
export function joinAcrossLineBreaks(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const adjacent =
      prev &&
      prev.kind === m.kind &&
      prev.tokenEnd !== undefined &&
      prev.tokenEnd === m.tokenStart &&
      doc.tokens[prev.tokenEnd - 1]!.sentence !== doc.tokens[m.tokenStart]!.sentence &&
      /^[ \t]*\n[ \t]*$/.test(doc.text.slice(prev.end, m.start));
    if (prev && adjacent) {
      out[out.length - 1] = {
        ...prev,
        end: m.end,
        text: doc.text.slice(prev.start, m.end),
        tokenEnd: m.tokenEnd,
      };
    } else out.push(m);
  }
  return out;
}

/** Index of the first token starting at or after `offset` (-1 if none): binary search. */
function firstTokenFrom(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length ? lo : -1;
}

/** The hinted place spans, as pinned location mentions aligned to tokens where possible. */
export function hintedMentions(doc: Doc): Mention[] {
  const out: Mention[] = [];
  for (const h of doc.article.hints?.places ?? []) {
    if (h.end <= h.start || h.end > doc.text.length) continue;
    const m: Mention = {
      start: h.start,
      end: h.end,
      text: doc.text.slice(h.start, h.end),
      kind: 'location',
      source: 'hint',
      pinned: true,
    };
    const first = firstTokenFrom(doc, h.start);
    let last = first;
    while (last >= 0 && last < doc.tokens.length && doc.tokens[last]!.end <= h.end) last++;
    if (
      first >= 0 &&
      last > first &&
      doc.tokens[first]!.start === h.start &&
      doc.tokens[last - 1]!.end === h.end
    ) {
      m.tokenStart = first;
      m.tokenEnd = last;
    }
    out.push(m);
  }
  return out;
}

/** All pinned mentions, plus the others that overlap none of them; sorted by position. */
export function withoutOverlaps(mentions: readonly Mention[], pinned: readonly Mention[]): Mention[] {
  const kept = mentions.filter((m) => !pinned.some((p) => m.start < p.end && p.start < m.end));
  return [...kept, ...pinned].sort((a, b) => a.start - b.start || a.end - b.end);
}
