// When: the time expression nearest the trigger in its sentence, else the latest one in the
// few sentences before it (same story), else the publication date with precision "unknown".
import type { DateRange, IsoDate } from '../../domain/contract.ts';
import type { Doc, TimeExpression } from '../document.ts';
import { tokenAtOffset } from './doc-view.ts';

const LOOK_BACK = 3;
const COMMEMORATES =
  /\b(?:mark|marks|marking|marked|commemorate|commemorates|commemorating|celebrate|celebrating|observe|observing)\s+(?:the\s+)?(?:\w+\s+)?$/i;

export interface DatedIndex {
  bySentence: TimeExpression[][];
}

// "BAGHDAD, March 6 (Reuters) - …": the dateline's day is when the story was filed
const DATELINE_TAIL = /^\s*(?:\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s/;
const DATELINE_HEAD = 60;

function isDateline(doc: Doc, t: TimeExpression): boolean {
  // bounded look-back: a long single-line text must not make this quadratic
  const head = t.start <= DATELINE_HEAD || doc.clean.slice(t.start - DATELINE_HEAD, t.start).includes('\n');
  return head && DATELINE_TAIL.test(doc.clean.slice(t.end, t.end + 48));
}

export function indexTimes(doc: Doc): DatedIndex {
  const bySentence: TimeExpression[][] = doc.sentences.map(() => []);
  for (const t of doc.times) {
    // "since October" frames an aggregate, it does not date an event
    if (t.kind === 'since' || isDateline(doc, t)) continue;
    const tok = doc.tokens[tokenAtOffset(doc, t.start)];
    if (tok) bySentence[tok.sentence]?.push(t);
  }
  return { bySentence };
}

export interface ChosenDate {
  range: DateRange;
  historical: boolean;
  /** the date came from the trigger's own sentence */
  local: boolean;
}

export function fallbackRange(doc: Doc): DateRange {
  const day = (doc.published ?? doc.times[0]?.range.start ?? '1970-01-01') as IsoDate;
  return { start: day, end: day, precision: 'unknown' };
}

export function chooseDate(
  doc: Doc,
  index: DatedIndex,
  sentence: number,
  offset: number,
  skip?: readonly [number, number],
): ChosenDate {
  // "paraded to mark the anniversary": a commemorated day after the trigger is another event's
  const own = (index.bySentence[sentence] ?? []).filter(
    (t) =>
      (t.start < offset || !COMMEMORATES.test(doc.clean.slice(Math.max(0, t.start - 30), t.start))) &&
      !(skip && t.start >= skip[0] && t.end <= skip[1]),
  );
  let best: TimeExpression | undefined;
  for (const t of own) {
    const d = Math.abs(t.start - offset);
    if (!best || d < Math.abs(best.start - offset)) best = t;
  }
  if (best) return { range: best.range, historical: best.historical ?? false, local: true };
  for (let s = sentence - 1; s >= 0 && sentence - s <= LOOK_BACK; s--) {
    const list = (index.bySentence[s] ?? []).filter((t) => !t.historical);
    const last = list.at(-1);
    if (last) return { range: last.range, historical: false, local: false };
  }
  return { range: fallbackRange(doc), historical: false, local: false };
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}
