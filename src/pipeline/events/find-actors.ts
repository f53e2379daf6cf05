// Who did it and to whom: actor1/actor2 from the words around a trigger. Subject before an
// active verb, "by X" agents of passives and nominals, objects and "against/targeting/on X"
// after it, generic ACLED-style actors ("gunmen", "residents", "Iraqi forces") from the
// lexicon when no named actor is there.
import type { EntityDraft } from '../document.ts';
import { type DocView, type MentionRef, perSentence } from './doc-view.ts';
import type { TriggerHit } from './find-triggers.ts';
import { type GenericActorEntry, getLexicon, isWordOf } from './lexicon.ts';

export type ActorRef =
  | { kind: 'entity'; entity: EntityDraft; start: number; end: number }
  | {
      kind: 'generic';
      entry: GenericActorEntry;
      start: number;
      end: number;
      country?: string;
      /** the country's name as written when the lexicon has no name for its code */
      countryName?: string;
    };

export interface ActorPair {
  actor1?: ActorRef;
  actor2?: ActorRef;
}

const OBJECT_WINDOW = 12;
const TARGET_WORDS = new Set(['against', 'targeting', 'targetting', 'on', 'at', 'upon', 'toward', 'towards']);

function isActorEntity(ref: MentionRef): boolean {
  return ref.entity.kind !== 'location';
}

/** "BAGHDAD, March 6 (Reuters) -": the outlet credited in a dateline did nothing. */
function isCredit(view: DocView, ref: MentionRef): boolean {
  return (
    ref.entity.subtype === 'media' &&
    view.words[ref.tokenStart - 1] === '(' &&
    view.words[ref.tokenEnd] === ')'
  );
}

/** "a Katyusha rocket": a name that is itself a trigger (a weapon) is no actor. */
function isWeaponName(view: DocView, ref: MentionRef): boolean {
  const m = getLexicon().triggers.find(view, ref.tokenStart);
  return !!m && !m.value.statement && m.end >= ref.tokenEnd;
}

/** "al-Sadr's adviser Saleh …": the possessor is not the head of the phrase. */
function isPossessor(view: DocView, ref: MentionRef): boolean {
  const next = view.words[ref.tokenEnd];
  return next === "'s" || next === "'";
}

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'to',
  'from',
  'into',
  'across',
  'of',
  'inside',
  'outside',
  'around',
  'over',
]);

const SPEAKER_NEXT = new Set(['has', 'have', 'had', 'said', 'says', 'also', 'on', 'is', 'was']);

const capitalCodes = new WeakMap<EntityDraft, string | null>();

/** The country whose capital the entity names, if any (remembered per entity). */
function capitalCode(entity: EntityDraft): string | undefined {
  let code = capitalCodes.get(entity);
  if (code === undefined) {
    code = getLexicon().capitals[entity.name.toLowerCase()] ?? null;
    capitalCodes.set(entity, code);
  }
  return code ?? undefined;
}

/** "Washington demanded …": a capital right before what it says or does stands for its state. */
function capitalCountry(view: DocView, ref: MentionRef): string | undefined {
  const code = capitalCode(ref.entity);
  if (!code) return undefined;
  const next = view.words[ref.tokenEnd] ?? '';
  const lex = getLexicon();
  return SPEAKER_NEXT.has(next) || lex.triggers.find(view, ref.tokenEnd)?.value.statement ? code : undefined;
}

/** "Iran accused …", "Israel struck …": a country named where an actor stands. */
function isCountryActor(view: DocView, ref: MentionRef): boolean {
  const e = ref.entity;
  const isCountry = e.geo?.precision === 'country' || e.subtype === 'country' || !!capitalCountry(view, ref);
  return (
    e.kind === 'location' &&
    isCountry &&
    !LOCATIVE.has(view.words[ref.tokenStart - 1] ?? '') &&
    // "in northeastern Syria"
    !LOCATIVE.has(view.words[ref.tokenStart - 2] ?? '') &&
    !isPossessor(view, ref)
  );
}

function countryActor(view: DocView, ref: MentionRef): ActorRef {
  const lex = getLexicon();
  const entry = lex.genericEntries.government;
  const capital = capitalCountry(view, ref);
  const country = capital ?? ref.entity.geo?.country ?? ref.entity.country;
  return {
    kind: 'generic',
    entry,
    start: ref.tokenStart,
    end: ref.tokenEnd,
    ...(capital ? {} : { countryName: ref.entity.name }),
    ...(country ? { country } : {}),
  };
}

/** Actor candidates in tokens [from, to): entity mentions first, generic phrases in the gaps. */
export function actorCandidates(view: DocView, from: number, to: number): ActorRef[] {
  const lex = getLexicon();
  const out: ActorRef[] = [];
  let i = from;
  while (i < to) {
    const m = view.mentionAt[i];
    if (m) {
      if (isCredit(view, m)) {
        // no actor
      } else if (
        isActorEntity(m) &&
        !isPossessor(view, m) &&
        !isWeaponName(view, m) &&
        m.tokenStart >= from
      ) {
        out.push({ kind: 'entity', entity: m.entity, start: m.tokenStart, end: m.tokenEnd });
      } else if (isCountryActor(view, m) && m.tokenStart >= from) {
        out.push(countryActor(view, m));
      }
      i = Math.max(i + 1, m.tokenEnd);
      continue;
    }
    const g = lex.genericActors.find(view, i, to);
    // "ISIS militants", "Hezbollah fighters": the named group is the actor, not a generic one
    const prev = out.at(-1);
    const headOfName = prev?.kind === 'entity' && prev.end === i;
    if (g && !view.mentionAt[g.end - 1] && !headOfName) {
      const country =
        lex.nationalities[view.words[i - 1] ?? ''] ?? lex.nationalities[view.words[i - 2] ?? ''];
      out.push({
        kind: 'generic',
        entry: g.value,
        start: g.start,
        end: g.end,
        ...(country ? { country } : {}),
      });
      i = g.end;
      continue;
    }
    i++;
  }
  return out;
}

/** First token of the clause holding token `at` (a clause break or the sentence start). */
/** How far back or ahead of a trigger its arguments and cues are read (keeps run-ons linear). */
export const REACH = 40;

export function clauseStart(view: DocView, sentenceStart: number, at: number): number {
  const breaks = getLexicon().classes.clauseBreak;
  sentenceStart = Math.max(sentenceStart, at - REACH);
  for (let i = at - 1; i > sentenceStart; i--) {
    if (!isWordOf(view, i, breaks)) continue;
    const w = view.words[i]!;
    const prev = view.words[i - 1];
    if (w === 'as' && (prev === 'such' || prev === 'well' || prev === 'so')) continue;
    return i + 1;
  }
  return sentenceStart;
}

function clauseEnd(view: DocView, at: number, sentenceEnd: number): number {
  const breaks = getLexicon().classes.clauseBreak;
  const limit = Math.min(sentenceEnd, at + OBJECT_WINDOW);
  for (let i = at; i < limit; i++) if (isWordOf(view, i, breaks) && view.words[i] !== 'as') return i;
  return limit;
}

/** Statements want the first person of the clause; events the organisation nearest the verb. */
function preferred(list: readonly ActorRef[], personFirst: boolean, view?: DocView): ActorRef | undefined {
  if (personFirst) {
    for (const a of list) if (isPerson(a)) return a;
    return list[0];
  }
  // plain loops: findLast with a closure showed up in profiles
  let last = list[list.length - 1];
  for (let k = list.length - 1; k >= 0; k--) {
    if (!isPerson(list[k]!)) {
      last = list[k];
      break;
    }
  }
  return (view && appositiveHead(view, list, last)) ?? last;
}

function isPerson(a: ActorRef): boolean {
  return a.kind === 'entity' && a.entity.kind === 'person';
}

/** "Saraya al-Salam, the armed wing of the Sadrist movement, deployed": the head, not the owner. */
function appositiveHead(view: DocView, list: readonly ActorRef[], last: ActorRef | undefined) {
  if (!last) return undefined;
  const before = view.words[last.start - 1] === 'the' ? last.start - 2 : last.start - 1;
  if (view.words[before] !== 'of') return undefined;
  const head = list.find((a) => a.kind === 'entity' && a.end < last.start && view.words[a.end] === ',');
  return head && view.words[head.end + 1] === 'the' ? head : undefined;
}

const DASHES = new Set(['-', '--', '–', '—']);
const DATELINE_TOKENS = 16;

/** First token after a dateline ("BAGHDAD, March 6 (Reuters) -"), else the sentence start. */
export const bodyStart = perSentence((view, sentence) => {
  const { tokenStart, tokenEnd } = view.doc.sentences[sentence]!;
  const end = Math.min(tokenEnd, tokenStart + DATELINE_TOKENS);
  for (let i = tokenStart + 1; i < end; i++) {
    if (DASHES.has(view.words[i]!) && view.words[i - 1] === ')') return i + 1;
  }
  return tokenStart;
});

/** The subject: searched in the trigger's clause, then in the whole sentence before it. */
function findSubject(view: DocView, hit: TriggerHit, personFirst: boolean): ActorRef | undefined {
  const start = bodyStart(view, hit.sentence);
  const from = Math.max(start, clauseStart(view, start, hit.start));
  return (
    preferred(actorCandidates(view, from, hit.start), personFirst, view) ??
    preferred(actorCandidates(view, Math.max(start, hit.start - REACH), from), personFirst, view)
  );
}

/** The candidate that follows one of `words` to the right of the trigger, within its clause. */
function afterWord(view: DocView, hit: TriggerHit, words: ReadonlySet<string>): ActorRef | undefined {
  const end = clauseEnd(view, hit.end, view.doc.sentences[hit.sentence]!.tokenEnd);
  for (let i = hit.end; i < end; i++) {
    // ", police said": an argument does not run past a comma
    if (view.words[i] === ',') return undefined;
    if (!words.has(view.words[i]!)) continue;
    const found = actorCandidates(view, i + 1, Math.min(end, i + 8))[0];
    if (found) return found;
  }
  return undefined;
}

function firstObject(view: DocView, hit: TriggerHit, skip?: ActorRef): ActorRef | undefined {
  const sentEnd = view.doc.sentences[hit.sentence]!.tokenEnd;
  let end = clauseEnd(view, hit.end, sentEnd);
  // the object ends at a comma: ", wounding two guards, officials said" names no target
  for (let i = hit.end; i < end; i++) if (view.words[i] === ',') end = i;
  return actorCandidates(view, hit.end, end).find((a) => !sameActor(a, skip));
}

export function sameActor(a: ActorRef | undefined, b: ActorRef | undefined): boolean {
  if (!a || !b) return false;
  if (a.kind === 'entity' && b.kind === 'entity') return a.entity.id === b.entity.id;
  if (a.kind === 'generic' && b.kind === 'generic') return a.entry.key === b.entry.key;
  return false;
}

const BY = new Set(['by']);
const AGAINST = new Set(['against']);

/** "the faction's mobilization": the possessor right before a nominal trigger. */
function possessorBefore(view: DocView, hit: TriggerHit): ActorRef | undefined {
  let i = hit.start - 1;
  if (view.words[i] !== "'s" && view.words[i] !== "'") return undefined;
  const m = view.mentionAt[i - 1];
  if (m && m.entity.kind !== 'location')
    return { kind: 'entity', entity: m.entity, start: m.tokenStart, end: m.tokenEnd };
  i--;
  return undefined;
}

const SUPPORT_VERBS = new Set([
  'carried',
  'carry',
  'carries',
  'carrying',
  'launched',
  'launch',
  'launches',
  'conducted',
  'conduct',
  'conducts',
  'staged',
  'stage',
  'committed',
  'commit',
  'mounted',
  'waged',
  'perpetrated',
  'organised',
  'organized',
  'held',
  'led',
  'claimed',
  'began',
  'started',
  'executed',
  'made',
  'announced',
  'completed',
]);
const ADJACENT = 3;

/**
 * The subject of a nominal trigger is its actor only when a support verb links them ("ISIS
 * carried out an attack") or they are adjacent ("an ISIS attack"); in "residents commemorated
 * the massacre" the residents did not do it.
 */
function nominalSubject(view: DocView, hit: TriggerHit): ActorRef | undefined {
  const subject = findSubject(view, hit, false);
  if (!subject) return undefined;
  // "the prime minister condemned the attack": the speaker did not carry it out
  const statement = getLexicon().triggers;
  for (let i = subject.end; i < hit.start; i++) {
    if (statement.find(view, i, hit.start)?.value.statement) return undefined;
  }
  if (hit.start - subject.end <= ADJACENT) return subject;
  for (let i = subject.end; i < hit.start; i++) if (SUPPORT_VERBS.has(view.words[i]!)) return subject;
  return undefined;
}

/** A state acting materially is its military ("Israel struck …" → Military Forces of Israel). */
export function asForce(ref: ActorRef | undefined): ActorRef | undefined {
  if (ref?.kind !== 'generic' || ref.entry.key !== 'government' || !ref.countryName) return ref;
  return { ...ref, entry: getLexicon().genericEntries.military };
}

/** actor1/actor2 read from the trigger's own clause (see actor-rules.ts for the refinements). */
export function findEventActorsRaw(view: DocView, hit: TriggerHit): ActorPair {
  const agent = afterWord(view, hit, BY);
  // a deployment has no target unless the text says whom it is against
  const target = afterWord(view, hit, hit.entry.passiveSubject === 'actor1' ? AGAINST : TARGET_WORDS);
  if (hit.verbAt < 0) {
    // nominal: "X's deployment", "the deployment of X", "an attack by X on Y"
    const of = view.words[hit.end] === 'of' ? actorCandidates(view, hit.end + 1, hit.end + 6)[0] : undefined;
    const ofIsActor = hit.entry.passiveSubject === 'actor1' || hit.entry.group === 'protest';
    const subject = possessorBefore(view, hit) ?? nominalSubject(view, hit);
    const actor1 = agent ?? (ofIsActor ? (of ?? subject) : subject);
    const actor2 = target ?? (ofIsActor ? undefined : of);
    return { actor1, actor2: sameActor(actor1, actor2) ? undefined : actor2 };
  }
  const subject = findSubject(view, hit, false);
  if (hit.passive) {
    if (hit.entry.passiveSubject === 'actor1') return { actor1: agent ?? subject, actor2: target };
    return { actor1: agent, actor2: subject ?? target };
  }
  // deployments, parades, bases: a bare object is a place or a unit, not a target
  const object =
    target ?? (hit.entry.passiveSubject === 'actor1' ? undefined : firstObject(view, hit, subject));
  return { actor1: subject, actor2: sameActor(subject, object) ? undefined : object };
}

const SPEAKER_AFTER = new Set(['by', 'of', 'from']);

/** Speaker and addressee of a statement trigger. */
export function findSpeaker(view: DocView, hit: TriggerHit): ActorPair {
  let speaker: ActorRef | undefined;
  if (hit.verbAt < 0 && !hit.passive) speaker = afterWord(view, hit, SPEAKER_AFTER);
  if (hit.passive) speaker = afterWord(view, hit, BY);
  speaker ??= findSubject(view, hit, true) ?? pronounSpeaker(view, hit);
  const actor2 = firstObject(view, hit, speaker);
  return { actor1: speaker, actor2 };
}

const PERSONAL = new Set(['he', 'she']);

/** "he said" with no coreference from the resolver: the last person named before it. */
function pronounSpeaker(view: DocView, hit: TriggerHit): ActorRef | undefined {
  const sent = view.doc.sentences[hit.sentence]!;
  const from = clauseStart(view, sent.tokenStart, hit.start);
  let pronoun = false;
  for (let i = from; i < hit.start && !pronoun; i++) pronoun = PERSONAL.has(view.words[i]!);
  if (!pronoun) return undefined;
  for (let s = hit.sentence; s >= 0 && hit.sentence - s <= 2; s--) {
    const people = (view.mentionsBySentence[s] ?? []).filter(
      (m) => m.entity.kind === 'person' && (s < hit.sentence || m.tokenEnd <= hit.start),
    );
    const last = people.at(-1);
    if (last) return { kind: 'entity', entity: last.entity, start: last.tokenStart, end: last.tokenEnd };
  }
  return undefined;
}
