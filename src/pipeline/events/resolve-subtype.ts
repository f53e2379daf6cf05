// One sub-type per sentence and trigger group, with the codebook's distinctions: the weapon
// that did the harm beats a bare "attack"/"killed"; who was hit separates battles from
// violence against civilians; what the crowd or the police did separates the protest types.
import type { DocView } from './doc-view.ts';
import type { TriggerHit } from './find-triggers.ts';
import { getLexicon, type PhraseMatcher } from './lexicon.ts';

export interface Typed {
  type: string;
  subtype: string;
  /** the trigger that names the event (its actors are read around it) */
  anchor: TriggerHit;
}

// Most specific first: a suicide bomber's blast is a Suicide bomb even if "explosion" is named.
const VIOLENCE_ORDER = [
  'suicide',
  'chemical',
  'airstrike',
  'shelling',
  'ied',
  'grenade',
  'explosion',
  'sexual',
  'recapture',
  'overtake',
  'clash',
  'abduct',
  'attack',
  'kill',
];

function sentenceHas(view: DocView, s: number, cue: PhraseMatcher<true>): boolean {
  const { tokenStart, tokenEnd } = view.doc.sentences[s]!;
  return cue.occursIn(view, tokenStart, tokenEnd);
}

function wordsAfter(view: DocView, hit: TriggerHit, cue: PhraseMatcher<true>, span: number): boolean {
  const end = Math.min(view.doc.sentences[hit.sentence]!.tokenEnd, hit.end + span);
  return cue.occursIn(view, hit.end, end);
}

function wordsBefore(view: DocView, hit: TriggerHit, cue: PhraseMatcher<true>, span: number): boolean {
  const start = Math.max(view.doc.sentences[hit.sentence]!.tokenStart, hit.start - span);
  return cue.occursIn(view, start, hit.start);
}

/** Whom a trigger hits: the words after an active verb, before a passive one. */
function targetHas(view: DocView, hit: TriggerHit, cue: PhraseMatcher<true>): boolean {
  return hit.passive ? wordsBefore(view, hit, cue, 6) : wordsAfter(view, hit, cue, 6);
}

/** Attack or killing without a weapon: a battle when armed men were hit, else civilians. */
function typeBareViolence(view: DocView, anchor: TriggerHit, hits: readonly TriggerHit[]): Typed {
  const { cues } = getLexicon();
  const bare = hits.filter((h) => h.entry.family === 'attack' || h.entry.family === 'kill');
  const civilian = bare.some((h) => targetHas(view, h, cues.civilianTarget));
  const armed = bare.some((h) => targetHas(view, h, cues.armedTarget));
  if (civilian && !armed) return { type: 'Violence against civilians', subtype: 'Attack', anchor };
  if (armed && !civilian) return { type: 'Battles', subtype: 'Armed clash', anchor };
  if (bare.every((h) => h.entry.family === 'kill')) {
    return { type: 'Violence against civilians', subtype: 'Attack', anchor };
  }
  return { type: 'Battles', subtype: 'Armed clash', anchor };
}

export function typeViolence(view: DocView, hits: readonly TriggerHit[]): Typed {
  let anchor = hits[0]!;
  let rank = VIOLENCE_ORDER.length;
  for (const h of hits) {
    const r = VIOLENCE_ORDER.indexOf(h.entry.family);
    if (r >= 0 && r < rank) {
      rank = r;
      anchor = h;
    }
  }
  const family = anchor.entry.family;
  if (family === 'attack' || family === 'kill') return typeBareViolence(view, anchor, hits);
  // the actor is read at the first trigger of the sentence ("gunmen shot dead …")
  const verbal = hits.filter((h) => h.verbAt >= 0);
  const first = verbal.length ? verbal.reduce((a, b) => (b.start < a.start ? b : a)) : anchor;
  return {
    type: anchor.entry.type,
    subtype: anchor.entry.subtype,
    anchor: { ...anchor, ...pickArgs(first, anchor) },
  };
}

/** Keep the weapon trigger's typing but read actors at the earliest verbal trigger. */
function pickArgs(first: TriggerHit, anchor: TriggerHit): Partial<TriggerHit> {
  if (anchor.verbAt >= 0 || first.verbAt < 0) return {};
  return { start: first.start, end: first.end, verbAt: first.verbAt, passive: first.passive };
}

export function typeProtest(view: DocView, hits: readonly TriggerHit[]): Typed {
  const { cues } = getLexicon();
  const s = hits[0]!.sentence;
  const anchor = hits.find((h) => h.entry.family === 'protest') ?? hits[0]!;
  if (hits.some((h) => h.entry.family === 'mob') || sentenceHas(view, s, cues.mob)) {
    return { type: 'Riots', subtype: 'Mob violence', anchor };
  }
  if (hits.some((h) => h.entry.family === 'riot') || sentenceHas(view, s, cues.riot)) {
    return { type: 'Riots', subtype: 'Violent demonstration', anchor };
  }
  if (sentenceHas(view, s, cues.excessive)) {
    return { type: 'Protests', subtype: 'Excessive force against protesters', anchor };
  }
  if (sentenceHas(view, s, cues.intervention)) {
    return { type: 'Protests', subtype: 'Protest with intervention', anchor };
  }
  return { type: 'Protests', subtype: 'Peaceful protest', anchor };
}
