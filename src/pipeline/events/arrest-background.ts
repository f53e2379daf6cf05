// "Police arrested two men suspected of firing rockets at the base": what the detainees are
// suspected of is background to the arrest, not a new event and not an accusation.
import type { DocView } from './doc-view.ts';
import type { TriggerHit } from './find-triggers.ts';

// "suspected of", "accused of", "charged with", "on suspicion of", "for involvement in"
const SUSPICION = new Set(['suspected', 'accused', 'charged', 'suspicion', 'involvement']);
const LINK = new Set(['of', 'with', 'in']);
const REACH = 12;

/** Token of the suspicion cue that follows an arrest trigger of the sentence, else -1. */
function suspicionCue(view: DocView, hits: readonly TriggerHit[]): number {
  const arrest = hits.find((h) => h.entry.family === 'arrest' && !h.entry.statement);
  if (!arrest) return -1;
  const end = Math.min(view.words.length, arrest.end + REACH);
  for (let i = arrest.end; i < end; i++) {
    const w = view.words[i]!;
    if (w === '.' || w === ';') return -1;
    if (SUSPICION.has(w) && LINK.has(view.words[i + 1] ?? '')) return i;
  }
  return -1;
}

/** The sentence's hits without those inside the detainees' suspected deeds. */
export function dropArrestBackground(view: DocView, hits: readonly TriggerHit[]): TriggerHit[] {
  const cue = suspicionCue(view, hits);
  if (cue < 0) return [...hits];
  return hits.filter((h) => h.start < cue || (h.entry.family === 'arrest' && !h.entry.statement));
}
