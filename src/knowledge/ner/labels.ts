// The BILOU tag set and conversions between tags and spans. BILOU (rather than BIO) gives the
// tagger a distinct tag for the last and the only token of a name, which helps it place the
// end of a span — the part exact-match scoring punishes most.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
export const LABEL_COUNT = LABELS.length;

/** Token span of one entity, `end` exclusive. */
export interface TagSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** 0 for O, else 1 + type * 4 + position (B I L U). */
export function labelIndex(position: 'B' | 'I' | 'L' | 'U', type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + 'BILU'.indexOf(position);
}

function typeOf(label: number): EntityType | undefined {
  return label === 0 ? undefined : ENTITY_TYPES[(label - 1) >> 2];
}

function positionOf(label: number): string {
  return label === 0 ? 'O' : 'BILU'[(label - 1) & 3]!;
}

/** Is `next` allowed after `prev` in BILOU (-1 = sentence start, LABEL_COUNT = sentence end)? */
export function isAllowedTransition(prev: number, next: number): boolean {
  const open = prev >= 0 && prev < LABEL_COUNT && 'BI'.includes(positionOf(prev));
  if (next === LABEL_COUNT) return !open;
  const p = positionOf(next);
  if (!open) return p === 'O' || p === 'B' || p === 'U';
  return (p === 'I' || p === 'L') && typeOf(next) === typeOf(prev);
}

/** Label indexes for token spans (spans must not overlap). */
export function spansToLabels(length: number, spans: readonly TagSpan[]): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = labelIndex('U', s.type);
    else {
      out[s.start] = labelIndex('B', s.type);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = labelIndex('I', s.type);
      out[s.end - 1] = labelIndex('L', s.type);
    }
  }
  return out;
}

/** Spans from label indexes; tolerant of ill-formed sequences (a stray I/L opens a span). */
export function labelsToSpans(labels: ArrayLike<number>): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const type = typeOf(label);
    const p = positionOf(label);
    if (open && (type !== open.type || p === 'B' || p === 'U' || p === 'O')) {
      out.push(open);
      open = undefined;
    }
    if (!type) continue;
    if (!open) open = { start: i, end: i + 1, type };
    else open.end = i + 1;
    if (p === 'L' || p === 'U') {
      out.push(open);
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Label index of a tag string such as "B-PER" (BILOU or BIO); 0 for O and unknown types. */
const INDEX_OF_TAG = new Map(LABELS.map((tag, i) => [tag, i]));

/** Spans from tag strings such as "B-PER" (BILOU or BIO), read like label indexes. */
export function tagsToSpans(tags: readonly string[]): TagSpan[] {
  return labelsToSpans(tags.map((tag) => INDEX_OF_TAG.get(tag) ?? 0));
}
