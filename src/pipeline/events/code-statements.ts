// Statements: a speaker (actor1), who is spoken about (actor2), and what the statement mainly
// does. Specific verbs ("accused", "warned", "defended") give the sub-type; a bare "said" or
// "tweeted" is coded only when its words carry a cue ("must", "red line", "in support of").
// One statement per speaker per occasion; old statements and cue-less quotes are not coded.
import type { Doc } from '../document.ts';
import { chooseDate, type DatedIndex, daysBetween } from './choose-date.ts';
import type { DocView } from './doc-view.ts';
import type { EventDraft } from './draft.ts';
import { type ActorRef, findSpeaker, sameActor } from './find-actors.ts';
import type { TriggerHit } from './find-triggers.ts';
import { getLexicon } from './lexicon.ts';
import { isHeadline } from './sentence-rules.ts';

const MAX_AGE_DAYS = 35;
const SAME_OCCASION = 1;

/**
 * The first content cue of the sentence outside quotation marks: what a bare "said" is
 * about. Quoted words are too often routine ("we must confirm") to code on their own.
 */
function classifyContent(view: DocView, s: number): string | undefined {
  const { tokenStart, tokenEnd } = view.doc.sentences[s]!;
  const cues = getLexicon().contentCues;
  for (let i = tokenStart; i < tokenEnd; i++) {
    if (view.inQuote[i]) continue;
    const m = cues.find(view, i, tokenEnd);
    if (m) return m.value;
  }
  return undefined;
}

function statementDraft(doc: Doc, view: DocView, times: DatedIndex, hit: TriggerHit): EventDraft | undefined {
  const subtype = hit.entry.subtype || classifyContent(view, hit.sentence);
  if (!subtype) return undefined;
  const { actor1, actor2 } = findSpeaker(view, hit);
  if (!actor1) return undefined;
  const offset = doc.tokens[hit.start]!.start;
  const date = chooseDate(doc, times, hit.sentence, offset);
  if (date.historical) return undefined;
  if (doc.published && daysBetween(date.range.end, doc.published) > MAX_AGE_DAYS) return undefined;
  const draft: EventDraft = {
    group: 'statement',
    family: hit.entry.family,
    type: 'Statements',
    subtype,
    sentences: [hit.sentence],
    offset,
    actor1,
    places: [],
    date,
    alleged: false,
    historical: false,
    claimed: false,
    // generic speech ranks below a specific verb when one speaker does both
    weight: hit.entry.subtype ? hit.entry.weight : 0.6,
  };
  if (actor2) draft.actor2 = actor2;
  return draft;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

function isPronoun(view: DocView, d: EventDraft): boolean {
  return !!d.actor1 && d.actor1.end - d.actor1.start === 1 && PRONOUNS.has(view.words[d.actor1.start]!);
}

/** Statement drafts of the document, one per speaker and occasion. */
export function codeStatements(doc: Doc, view: DocView, times: DatedIndex, hitsBySentence: TriggerHit[][]) {
  const out: EventDraft[] = [];
  const bySpeaker = new Map<string, EventDraft>();
  let lastSentence = -1;
  for (let s = 0; s < doc.sentences.length; s++) {
    for (const hit of hitsBySentence[s] ?? []) {
      if (!hit.entry.statement || hit.quoted || hit.negated) continue;
      const d = statementDraft(doc, view, times, hit);
      if (!d?.actor1) continue;
      // "a warning …, in which he spoke of …": a pronoun's generic speech is the same occasion
      if (!hit.entry.subtype && isPronoun(view, d) && lastSentence === s) continue;
      const key = speakerKey(d.actor1);
      const same = bySpeaker.get(key);
      if (!same || !sameOccasion(same, d, s)) {
        out.push(d);
        bySpeaker.set(key, d);
        lastSentence = s;
        continue;
      }
      mergeStatement(same, d, s);
    }
  }
  return isHeadline(doc) ? out.filter((d) => !toldByLead(d, out)) : out;
}

function countryOf(a: ActorRef | undefined): string | undefined {
  if (!a) return undefined;
  return a.kind === 'entity' ? a.entity.country : a.country;
}

/**
 * "Houthis say they seized ship, U.S. warns": a headline statement that the body tells again
 * (same kind of statement, or a speaker of the same state) is that statement, with a speaker
 * the body names better.
 */
function toldByLead(d: EventDraft, all: readonly EventDraft[]): boolean {
  if (d.sentences.some((s) => s > 0)) return false;
  const country = countryOf(d.actor1);
  return all.some(
    (o) =>
      o !== d &&
      (o.family === d.family ||
        (!!country && countryOf(o.actor1) === country && d.actor1?.kind === 'generic')),
  );
}

function speakerKey(a: ActorRef): string {
  return a.kind === 'entity' ? `e:${a.entity.id}` : `g:${a.entry.key}:${a.country ?? a.countryName ?? ''}`;
}

/** The same speaker again: the same occasion when close by or when no other day is named. */
function sameOccasion(prev: EventDraft, d: EventDraft, s: number): boolean {
  if (s - prev.sentences.at(-1)! <= SAME_OCCASION || !d.date.local || !prev.date.local) return true;
  return prev.date.range.start === d.date.range.start && prev.date.range.end === d.date.range.end;
}

function mergeStatement(same: EventDraft, d: EventDraft, s: number): void {
  if (!same.sentences.includes(s)) same.sentences.push(s);
  same.actor2 ??= d.actor2;
  if (d.weight > same.weight) {
    same.subtype = d.subtype;
    same.family = d.family;
    same.weight = d.weight;
  }
  if (!same.date.local && d.date.local) same.date = d.date;
}

/** A claimed attack takes the claimant as actor1 (codebook: certainty "claimed"). */
export function applyClaims(material: EventDraft[], statements: readonly EventDraft[]): void {
  const bySentence = new Map<number, EventDraft[]>();
  for (const ev of material) {
    if (ev.group !== 'violence') continue;
    for (const x of ev.sentences) bySentence.set(x, [...(bySentence.get(x) ?? []), ev]);
  }
  for (const st of statements) {
    if (st.family !== 'claim' || !st.actor1) continue;
    const s = st.sentences[0]!;
    for (let x = s - 2; x <= s + 2; x++) {
      for (const ev of bySentence.get(x) ?? []) {
        // a named claimant outranks a generic one read from a vaguer sentence (a headline)
        const generic = ev.actor1?.kind === 'generic';
        const unknown =
          !ev.actor1 ||
          (generic && ev.actor1?.kind === 'generic' && ev.actor1.entry.key === 'uag') ||
          (generic && ev.claimed && st.actor1.kind === 'entity');
        if (!unknown && !sameActor(ev.actor1, st.actor1)) continue;
        ev.actor1 = st.actor1;
        ev.claimed = true;
      }
    }
  }
}
