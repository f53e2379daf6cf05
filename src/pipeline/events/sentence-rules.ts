// Sentence-level rules for news text: a patrol that is an attack's target, a grievance that a
// protest is about, weapons that are a seizure's cargo, and "the attack" told again.
import type { Doc } from '../document.ts';
import type { DocView } from './doc-view.ts';
import type { EventDraft } from './draft.ts';
import type { TriggerHit } from './find-triggers.ts';

const TARGETED = new Set([
  'near',
  'at',
  'on',
  'targeting',
  'targetting',
  'against',
  'hit',
  'struck',
  'ambushed',
]);

/** "near an Iraqi army patrol": the trigger word sits in the attack's target phrase. */
export function isTargetPhrase(view: DocView, h: TriggerHit): boolean {
  for (let i = Math.max(0, h.start - 4); i < h.start; i++) if (TARGETED.has(view.words[i]!)) return true;
  return false;
}

const GRIEVANCE = new Set([
  'against',
  'over',
  'denounce',
  'denouncing',
  'condemn',
  'condemning',
  'decry',
  'decrying',
]);

/** "gathered to protest against the alleged rape of a girl": the grievance is no new event. */
export function dropGrievances(view: DocView, groups: Map<string, TriggerHit[]>): void {
  const protest = groups.get('protest');
  const violence = groups.get('violence');
  if (!protest || !violence) return;
  const first = Math.min(...protest.map((h) => h.start));
  const kept = violence.filter((h) => {
    if (h.start < first) return true;
    for (let i = Math.max(first, h.start - 4); i < h.start; i++)
      if (GRIEVANCE.has(view.words[i]!)) return false;
    return true;
  });
  if (kept.length) groups.set('violence', kept);
  else groups.delete('violence');
}

/**
 * "seized a truck loaded with rifles and mortar rounds": weapons named after a seizure are
 * its cargo, and the seizure is a disrupted weapons use (drafts and anchors edited in place).
 */
export function seizedWeapons(drafts: EventDraft[], anchors: TriggerHit[]): void {
  const seizure = drafts.findIndex((d) => d.group === 'loot');
  if (seizure < 0) return;
  const after = anchors[seizure]!.end;
  let cargo = false;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const a = anchors[k]!;
    if (drafts[k]!.group !== 'violence' || a.verbAt >= 0 || a.start < after) continue;
    drafts.splice(k, 1);
    anchors.splice(k, 1);
    cargo = true;
  }
  const d = drafts.find((x) => x.group === 'loot');
  if (cargo && d) Object.assign(d, { group: 'disrupt', family: 'disrupt', subtype: 'Disrupted weapons use' });
}

const DEFINITE = new Set(['the', 'this', 'that']);

/** "the attack" with no place or day of its own refers back to violence already told. */
export function isBackReference(view: DocView, anchor: TriggerHit, d: EventDraft): boolean {
  return (
    d.group === 'violence' &&
    anchor.verbAt < 0 &&
    DEFINITE.has(view.words[anchor.start - 1] ?? '') &&
    !d.places.length &&
    !d.date.local
  );
}

/** The first sentence is a headline when it is a line of its own with no final stop. */
export function isHeadline(doc: Doc): boolean {
  const first = doc.sentences[0];
  if (!first || doc.sentences.length < 2) return false;
  const line = doc.clean.slice(first.start, first.end).trimEnd();
  return !/[.!?]$/.test(line) && doc.clean.slice(first.end, doc.sentences[1]!.start).includes('\n');
}
