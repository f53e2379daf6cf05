// Reading CoNLL-style NER data (one token per line: word … tag; blank line between
// sentences) and mapping GMB's tag set onto PER/ORG/LOC for training.
import type { EntityType, TagSpan } from './labels.ts';

export interface ConllSentence {
  words: string[];
  /** part-of-speech column when present (GMB has it), else '' */
  pos: string[];
  /** raw tags as written, e.g. "B-geo" */
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { words: [], pos: [], tags: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('-DOCSTART-') || /^#\s*Sentence/.test(line)) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], pos: [], tags: [] };
      continue;
    }
    const parts = line.split(/\s+/);
    cur.words.push(parts[0]!);
    cur.pos.push(parts.length > 2 ? parts[1]! : '');
    cur.tags.push(parts[parts.length - 1]!);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/**
 * GMB → training type. GMB's `gpe` covers both countries ("Nepal", proper nouns) and
 * demonyms ("Iraqi", adjectives and plural nouns): only the proper nouns are places in
 * CoNLL-style data, so they become LOC and the rest O. Time, artefact, event and nationality
 * tags are O.
 */
export function mapGmbType(type: string, pos: string): EntityType | null {
  switch (type) {
    case 'per':
      return 'PER';
    case 'org':
      return 'ORG';
    case 'geo':
      return 'LOC';
    case 'gpe':
      return pos === 'NNP' ? 'LOC' : null;
    default:
      return null;
  }
}

/** Which spans the GMB judge ignores: predictions overlapping them are not scored. */
export function isIgnoredGmbType(type: string): boolean {
  return type === 'gpe' || type === 'nat' || type === 'art' || type === 'eve';
}

export interface GoldSpans {
  spans: TagSpan[];
  /** token ranges the judge ignores (gpe, nat, art, eve) */
  ignored: { start: number; end: number }[];
}

/** Spans of a BIO-tagged sentence; `typeOf` maps a raw type (and the token's POS) or drops it. */
export function bioSpans(
  s: ConllSentence,
  typeOf: (type: string, pos: string) => EntityType | null,
): GoldSpans {
  const spans: TagSpan[] = [];
  const ignored: { start: number; end: number }[] = [];
  let open: TagSpan | undefined;
  let openIgnored: { start: number; end: number; raw: string } | undefined;
  s.tags.forEach((tag, i) => {
    const [bio, raw = ''] = tag === 'O' ? ['O', ''] : [tag[0]!, tag.slice(2)];
    const type = bio === 'O' ? null : typeOf(raw, s.pos[i] ?? '');
    if (open && (bio !== 'I' || type !== open.type)) {
      spans.push(open);
      open = undefined;
    }
    if (openIgnored && (bio !== 'I' || raw !== openIgnored.raw)) {
      ignored.push({ start: openIgnored.start, end: openIgnored.end });
      openIgnored = undefined;
    }
    if (bio !== 'O' && isIgnoredGmbType(raw)) {
      if (openIgnored) openIgnored.end = i + 1;
      else openIgnored = { start: i, end: i + 1, raw };
    }
    if (!type) return;
    if (open) open.end = i + 1;
    else open = { start: i, end: i + 1, type };
  });
  if (open) spans.push(open);
  if (openIgnored) ignored.push({ start: openIgnored.start, end: openIgnored.end });
  return { spans, ignored };
}
