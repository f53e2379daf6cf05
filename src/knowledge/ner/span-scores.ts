// Exact-span precision/recall/F1 per type, with the judge's rule that predictions
// overlapping an ignored gold span (GMB gpe/nat/art/eve, CoNLL MISC) are not scored.
import { ENTITY_TYPES, type EntityType, type TagSpan } from './labels.ts';

export type SpanCounts = Record<EntityType, { tp: number; pred: number; gold: number }>;

export interface F1 {
  p: number;
  r: number;
  f1: number;
}

export function emptyCounts(): SpanCounts {
  return {
    PER: { tp: 0, pred: 0, gold: 0 },
    ORG: { tp: 0, pred: 0, gold: 0 },
    LOC: { tp: 0, pred: 0, gold: 0 },
  };
}

export function countSpans(
  counts: SpanCounts,
  predicted: readonly TagSpan[],
  gold: readonly TagSpan[],
  ignored: readonly { start: number; end: number }[] = [],
): void {
  const key = (s: TagSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  for (const g of gold) counts[g.type].gold++;
  for (const p of predicted) {
    if (ignored.some((x) => p.start < x.end && x.start < p.end)) continue;
    counts[p.type].pred++;
    if (goldKeys.has(key(p))) counts[p.type].tp++;
  }
}

function f1(tp: number, pred: number, gold: number): F1 {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function summarize(counts: SpanCounts): Record<EntityType | 'micro', F1> {
  const all = ENTITY_TYPES.reduce(
    (s, t) => ({ tp: s.tp + counts[t].tp, pred: s.pred + counts[t].pred, gold: s.gold + counts[t].gold }),
    { tp: 0, pred: 0, gold: 0 },
  );
  const c = (t: EntityType) => f1(counts[t].tp, counts[t].pred, counts[t].gold);
  return { micro: f1(all.tp, all.pred, all.gold), PER: c('PER'), ORG: c('ORG'), LOC: c('LOC') };
}

export function formatScores(s: Record<EntityType | 'micro', F1>): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  return `F1 ${pct(s.micro.f1)} (P ${pct(s.micro.p)} R ${pct(s.micro.r)})  PER ${pct(s.PER.f1)}  ORG ${pct(s.ORG.f1)}  LOC ${pct(s.LOC.f1)}`;
}
