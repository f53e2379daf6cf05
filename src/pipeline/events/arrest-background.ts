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

/** Tokens [start, end) of the detainees' suspected deeds (up to the next comma), if any. */
export function suspicionSpan(view: DocView, hits: readonly TriggerHit[]): [number, number] | undefined {
  const cue = suspicionCue(view, hits);
  if (cue < 0) return undefined;
  const sentEnd = view.doc.sentences[hits[0]!.sentence]!.tokenEnd;
  let end = cue;
  while (end < sentEnd && !SPAN_ENDS.has(view.words[end]!)) end++;
  return [cue, end];
}

// "… suspected of planting the bomb, in a raid near Hawija": the arrest's own details resume
const SPAN_ENDS = new Set([',', 'during', 'raid', 'raids', 'operation', 'operations', 'sweep', 'crackdown']);

// "a rocket cell", "a rocket launcher", "a bomb factory", "a protest activist": a trigger
// word naming a thing or a person is no event
const NAMED_THINGS = new Set([
  'cell',
  'cells',
  'network',
  'networks',
  'launcher',
  'launchers',
  'squad',
  'squads',
  'factory',
  'factories',
  'workshop',
  'workshops',
  'launchpad',
  'maker',
  'makers',
  // "a protest activist", "a protest leader"
  'activist',
  'activists',
  'leader',
  'leaders',
  'organiser',
  'organisers',
  'organizer',
  'organizers',
]);

function namesAThing(view: DocView, h: TriggerHit): boolean {
  return h.verbAt < 0 && !h.entry.statement && NAMED_THINGS.has(view.words[h.end] ?? '');
}

/** The sentence's hits without weapon modifiers and the detainees' suspected deeds. */
export function dropArrestBackground(view: DocView, hits: readonly TriggerHit[]): TriggerHit[] {
  const kept = hits.filter((h) => !namesAThing(view, h));
  const cue = suspicionCue(view, kept);
  if (cue < 0) return kept;
  return kept.filter((h) => h.start < cue || (h.entry.family === 'arrest' && !h.entry.statement));
}
