// Every direct quotation with its speaker (the statement's speaker in that sentence, else the
// nearest named person or organisation outside the quote) and the speech verb near it.
import type { Quote } from '../../domain/contract.ts';
import type { DocView } from './doc-view.ts';
import { tokenAtOffset } from './doc-view.ts';
import type { TriggerHit } from './find-triggers.ts';

export function findQuotes(
  view: DocView,
  hitsBySentence: readonly TriggerHit[][],
  speakers: Map<number, string>,
): Quote[] {
  const doc = view.doc;
  const out: Quote[] = [];
  for (const q of view.quotes) {
    if (q.end <= q.start) continue;
    const t = tokenAtOffset(doc, q.start);
    const s = doc.tokens[t]?.sentence;
    if (s === undefined) continue;
    const speech = (hitsBySentence[s] ?? []).filter((h) => h.entry.statement && !h.quoted);
    const verbHit = speech.reduce<TriggerHit | undefined>(
      (best, h) => (!best || Math.abs(h.start - t) < Math.abs(best.start - t) ? h : best),
      undefined,
    );
    let speaker = speakers.get(s) ?? null;
    if (!speaker) {
      const named = (view.mentionsBySentence[s] ?? []).filter(
        (m) => m.entity.kind !== 'location' && !view.inQuote[m.tokenStart],
      );
      const before = named.filter((m) => m.tokenEnd <= t);
      speaker = (before.at(-1) ?? named[0])?.entity.id ?? null;
    }
    const quote: Quote = {
      speaker,
      text: { start: q.start, end: q.end, text: doc.text.slice(q.start, q.end) },
    };
    if (verbHit)
      quote.verb = doc.text.slice(doc.tokens[verbHit.start]!.start, doc.tokens[verbHit.end - 1]!.end);
    out.push(quote);
  }
  return out;
}
