// Material events: per sentence, the triggers that are real (not negated, planned, quoted)
// are grouped (violence, protest, each strategic family), typed, given actors, places, a
// date and fatalities, and merged with the same action told earlier in the article.
import type { Doc } from '../document.ts';
import { findEventActors } from './actor-rules.ts';
import { suspicionSpan } from './arrest-background.ts';
import { chooseDate, type DatedIndex } from './choose-date.ts';
import { countFatalities } from './count-fatalities.ts';
import type { DocView, MentionRef } from './doc-view.ts';
import type { EventDraft } from './draft.ts';
import { type ActorRef, actorCandidates, bodyStart, clauseStart, sameActor } from './find-actors.ts';
import { findEventPlaces, reportVerbBetween } from './find-places.ts';
import type { TriggerHit } from './find-triggers.ts';
import { getLexicon } from './lexicon.ts';
import { readAttribution } from './read-attribution.ts';
import { type Typed, typeProtest, typeViolence } from './resolve-subtype.ts';
import {
  dropGrievances,
  isBackReference,
  isHeadline,
  isTargetPhrase,
  seizedWeapons,
} from './sentence-rules.ts';

const MERGE_WINDOW = 4;
const ABSORBED_BY_PROTEST = new Set(['attack', 'kill', 'clash', 'abduct', 'arrest']);
const WEAK_KILL = new Set(['death', 'deaths', 'dead', 'die', 'dies', 'died', 'dying', 'injured', 'wounded']);
const DEFAULT_ACTOR1: Readonly<Record<string, readonly [string, string]>> = {
  violence: ['Unidentified Armed Group ({country})', 'armed_group'],
  arrest: ['Police Forces of {country}', 'state_force'],
  disrupt: ['Military Forces of {country}', 'state_force'],
};

const STATE_FORCES = new Set(['police', 'military', 'government']);

/**
 * "Supporters of the cleric stormed a protest": a non-state attack on a protest is violence
 * against civilians, not a protest event (a state force doing it is an intervention).
 */
function isAttackOnProtest(view: DocView, groups: Map<string, TriggerHit[]>): boolean {
  const protest = groups.get('protest');
  const violence = groups.get('violence');
  if (!protest || !violence) return false;
  const protestStarts = new Set(protest.map((p) => p.start));
  const attack = violence.find(
    (v) => v.verbAt >= 0 && !v.passive && [0, 1, 2, 3].some((k) => protestStarts.has(v.end + k)),
  );
  if (!attack) return false;
  const { actor1 } = findEventActors(view, attack);
  return !(actor1?.kind === 'generic' && STATE_FORCES.has(actor1.entry.key));
}

/** Trigger groups of one sentence after the codebook's absorption rules. */
function groupHits(view: DocView, hits: readonly TriggerHit[]): Map<string, TriggerHit[]> {
  const groups = new Map<string, TriggerHit[]>();
  for (const h of hits) {
    const key = h.entry.group === 'violence' || h.entry.group === 'protest' ? h.entry.group : h.entry.family;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  if (isAttackOnProtest(view, groups)) groups.delete('protest');
  dropGrievances(view, groups);
  const protest = groups.get('protest');
  if (protest) {
    for (const key of ['violence', 'arrest']) {
      const list = groups.get(key) ?? [];
      const kept = list.filter((h) => !ABSORBED_BY_PROTEST.has(h.entry.family));
      protest.push(...list.filter((h) => ABSORBED_BY_PROTEST.has(h.entry.family)));
      if (kept.length) groups.set(key, kept);
      else groups.delete(key);
    }
  }
  const violence = groups.get('violence');
  // "a bomb exploded near an army patrol": a patrol or convoy after the attack is its target
  const deploy = groups.get('deploy');
  if (violence && deploy) {
    const first = Math.min(...violence.map((h) => h.start));
    const kept = deploy.filter((h) => h.start < first || !isTargetPhrase(view, h));
    if (kept.length) groups.set('deploy', kept);
    else groups.delete('deploy');
  }
  const loot = groups.get('loot')?.[0];
  // (unless the weapons are what was seized: see seizedWeapons)
  const cargo = !!loot && !!violence?.every((h) => h.verbAt < 0 && h.start >= loot.end);
  if (violence && loot && !cargo && violence.some((h) => h.entry.family !== 'kill')) groups.delete('loot');
  if (violence && groups.has('disrupt') && countFatalities(view, violence[0]!.sentence) === undefined) {
    groups.delete('violence');
  }
  if (violence?.every((h) => h.entry.family === 'kill' && WEAK_KILL.has(view.words[h.start]!))) {
    if (countFatalities(view, violence[0]!.sentence) === undefined) groups.delete('violence');
  }
  return groups;
}

function typeGroup(view: DocView, key: string, hits: readonly TriggerHit[]): Typed {
  if (key === 'violence') return typeViolence(view, hits);
  if (key === 'protest') return typeProtest(view, hits);
  const anchor = hits[0]!;
  return { type: anchor.entry.type, subtype: anchor.entry.subtype, anchor };
}

/**
 * "the group", "the militia" between the subject and the trigger (or no subject at all):
 * the last organisation named in the two sentences before.
 */
function resolveAnaphora(
  view: DocView,
  hit: TriggerHit,
  subject: ActorRef | undefined,
): ActorRef | undefined {
  const sent = view.doc.sentences[hit.sentence]!;
  const from = Math.max(subject?.end ?? 0, clauseStart(view, sent.tokenStart, hit.start));
  const anaphora = getLexicon().cues.anaphora;
  let at = -1;
  for (let i = from; i < hit.start && at < 0; i++) if (anaphora.find(view, i, hit.start)) at = i;
  if (at < 0) return undefined;
  // "Hezbollah said its fighters fired": the organisation named before it in the sentence first
  const body = bodyStart(view, hit.sentence);
  for (let s = hit.sentence; s >= 0 && hit.sentence - s <= 2; s--) {
    const orgs = (view.mentionsBySentence[s] ?? []).filter(
      (m) =>
        m.entity.kind === 'organization' && (s < hit.sentence || (m.tokenEnd <= at && m.tokenStart >= body)),
    );
    const last = orgs.at(-1);
    if (last) return { kind: 'entity', entity: last.entity, start: last.tokenStart, end: last.tokenEnd };
  }
  return undefined;
}

const CROWDS = new Set(['protesters', 'rioters', 'civilians']);

function protestActors(view: DocView, typed: Typed, found: { actor1?: ActorRef; actor2?: ActorRef }) {
  const { tokenStart, tokenEnd } = view.doc.sentences[typed.anchor.sentence]!;
  const all = actorCandidates(view, tokenStart, tokenEnd);
  const wanted = typed.type === 'Riots' ? 'rioters' : 'protesters';
  const lex = getLexicon();
  // residents or students who protest are the protesters (or rioters) of the event
  const crowdRef = all.find((a) => a.kind === 'generic' && CROWDS.has(a.entry.key));
  const crowd =
    crowdRef?.kind === 'generic'
      ? { ...crowdRef, entry: lex.genericEntries[wanted] ?? crowdRef.entry }
      : undefined;
  const named = [found.actor1, found.actor2].find((a) => a?.kind === 'entity');
  const force = all.find(
    (a) => a.kind === 'generic' && (a.entry.key === 'police' || a.entry.key === 'military'),
  );
  const intervened = typed.subtype !== 'Peaceful protest' && typed.type === 'Protests';
  return {
    actor1: crowd,
    assoc1: named,
    actor2: intervened ? force : undefined,
    defaultActor1: [
      typed.type === 'Riots' ? 'Rioters ({country})' : 'Protesters ({country})',
      typed.type === 'Riots' ? 'rioters' : 'protesters',
    ] as const,
  };
}

const CROWD_WORDS = new Set(['crowd', 'crowds', 'mob', 'mobs', 'vigilante', 'vigilantes', 'rioters']);
const BARE_VIOLENCE = new Set(['attack', 'kill']);

function draftFor(
  view: DocView,
  times: DatedIndex,
  key: string,
  typed: Typed,
  skip?: readonly [number, number],
): EventDraft {
  const doc = view.doc;
  const hit = typed.anchor;
  const found = findEventActors(view, hit);
  const antecedent =
    hit.passive && hit.entry.passiveSubject !== 'actor1'
      ? undefined
      : resolveAnaphora(view, hit, found.actor1);
  if (antecedent) found.actor1 = antecedent;
  // "a crowd beat a man to death": an unorganised crowd's violence is mob violence
  const a1 = found.actor1;
  const crowd = a1?.kind === 'generic' && CROWD_WORDS.has(view.words[a1.end - 1] ?? '');
  if (key === 'violence' && crowd && BARE_VIOLENCE.has(hit.entry.family)) {
    typed = { ...typed, type: 'Riots', subtype: 'Mob violence' };
    const rioters = getLexicon().genericEntries.rioters;
    if (found.actor1?.kind === 'generic' && rioters) found.actor1 = { ...found.actor1, entry: rioters };
  }
  // "protesters stormed and set fire to a party office": a crowd's destruction is a riot
  if (key === 'loot' && found.actor1?.kind === 'generic' && CROWDS.has(found.actor1.entry.key)) {
    key = 'protest';
    typed = { ...typed, type: 'Riots', subtype: 'Violent demonstration' };
  }
  const actors =
    key === 'protest'
      ? protestActors(view, typed, found)
      : { actor1: found.actor1, actor2: found.actor2, assoc1: undefined, defaultActor1: DEFAULT_ACTOR1[key] };
  const offset = doc.tokens[hit.start]!.start;
  // "arrested men accused of firing rockets last month": that month is not the arrest's
  const skipChars = skip ? ([doc.tokens[skip[0]]!.start, doc.tokens[skip[1] - 1]!.end] as const) : undefined;
  const date = chooseDate(doc, times, hit.sentence, offset, skipChars);
  const fatalities =
    key === 'violence' || key === 'protest' ? eventFatalities(view, hit.sentence) : undefined;
  const draft: EventDraft = {
    group: key,
    family: hit.entry.family,
    type: typed.type,
    subtype: typed.subtype,
    sentences: [hit.sentence],
    offset,
    places: [],
    date,
    alleged: hit.alleged,
    historical: hit.historical || date.historical,
    claimed: false,
    weight: hit.entry.weight,
  };
  if (actors.actor1) draft.actor1 = actors.actor1;
  if (actors.actor2) draft.actor2 = actors.actor2;
  if (actors.assoc1) draft.assoc1 = actors.assoc1;
  if (actors.defaultActor1) draft.defaultActor1 = actors.defaultActor1;
  if (fatalities !== undefined) draft.fatalities = fatalities;
  const source = readAttribution(view, hit.sentence);
  if (source) draft.attributedTo = source;
  return draft;
}

const TALLY_MAX_TOKENS = 6;

/** Fatalities of the sentence, else of a short tally sentence right after it ("2 fatalities."). */
function eventFatalities(view: DocView, s: number): number | undefined {
  const own = countFatalities(view, s);
  const next = view.doc.sentences[s + 1];
  if (own !== undefined || !next || next.tokenEnd - next.tokenStart > TALLY_MAX_TOKENS) return own;
  return countFatalities(view, s + 1);
}

/** Each event place of the sentence goes to the nearest trigger of the sentence. */
function assignPlaces(
  view: DocView,
  s: number,
  drafts: readonly EventDraft[],
  anchors: readonly TriggerHit[],
  skip?: readonly [number, number],
) {
  const verbEnds = anchors.filter((a) => a.verbAt >= 0 && !a.passive).map((a) => a.verbAt + 1);
  for (const place of findEventPlaces(view, s, verbEnds)) {
    // "arrested men suspected of firing rockets at the Green Zone": not where the arrest was
    if (skip && place.tokenStart >= skip[0] && place.tokenEnd <= skip[1]) continue;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    anchors.forEach((a, k) => {
      if (place.tokenEnd <= a.start && reportVerbBetween(view, place.tokenEnd, a.start)) return;
      const d = place.tokenStart >= a.end ? place.tokenStart - a.end : a.start - place.tokenEnd + 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    });
    if (best >= 0) drafts[best]!.places.push(place);
  }
}

function overlaps(a: EventDraft, b: EventDraft): boolean {
  if (!a.date.local || !b.date.local) return true;
  return a.date.range.start <= b.date.range.end && b.date.range.start <= a.date.range.end;
}

function kindKey(d: EventDraft): string {
  return d.group === 'violence' || d.group === 'protest' ? `${d.group}:${d.type}` : `${d.group}:${d.family}`;
}

function sameKind(a: EventDraft, b: EventDraft): boolean {
  if (a.group !== b.group) return false;
  return a.group === 'violence' || a.group === 'protest' ? a.type === b.type : a.family === b.family;
}

/** Adds a later mention; a bare back-reference ("the attack") adds evidence, not actors. */
function mergeInto(target: EventDraft, d: EventDraft, backReference = false): void {
  target.sentences.push(...d.sentences);
  for (const p of d.places)
    if (!target.places.some((q) => q.entity.id === p.entity.id)) target.places.push(p);
  if (!backReference) {
    target.actor1 ??= d.actor1;
    target.actor2 ??= d.actor2;
  }
  if (!target.date.local && d.date.local) target.date = d.date;
  // a headline cites nobody; the lead's "officials said" does
  target.attributedTo ??= d.attributedTo;
  if (d.fatalities !== undefined)
    target.fatalities = Math.min(target.fatalities ?? d.fatalities, d.fatalities);
  target.weight = Math.max(target.weight, d.weight);
  // a peaceful rally that police later dispersed is one protest with intervention
  if (target.type === 'Protests' && PROTEST_RANK.indexOf(d.subtype) > PROTEST_RANK.indexOf(target.subtype)) {
    target.subtype = d.subtype;
    target.actor2 = d.actor2 ?? target.actor2;
  }
}

const PROTEST_RANK = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'];

function compatibleActors(a: EventDraft, b: EventDraft): boolean {
  return !a.actor1 || !b.actor1 || sameActor(a.actor1, b.actor1);
}

const LEAD_SENTENCES = 3;

/**
 * The lead tells the headline's event with its real actors and places ("Activist shot dead in
 * southern Iraq" → "Gunmen shot dead … in Nasiriyah"): the lead's details replace the headline's.
 */
function mergeLead(title: EventDraft, lead: EventDraft): void {
  const places = lead.places.length ? lead.places : title.places;
  title.actor1 = lead.actor1 ?? title.actor1;
  title.actor2 = lead.actor2 ?? title.actor2;
  title.type = lead.type;
  title.subtype = lead.subtype;
  if (lead.date.local) title.date = lead.date;
  mergeInto(title, lead);
  title.places = [...places];
}

/** Material event drafts of the document, merged across sentences. */
export function codeMaterial(doc: Doc, view: DocView, times: DatedIndex, hitsBySentence: TriggerHit[][]) {
  const clusters: EventDraft[] = [];
  // only clusters touched in the last few sentences can take a new mention (keeps this linear)
  let recent: EventDraft[] = [];
  // "the rocket attack", told again far below, is the last event of its kind
  const lastOfKind = new Map<string, EventDraft>();
  let lastViolence: EventDraft | undefined;
  let headline: EventDraft | undefined;
  for (let s = 0; s < doc.sentences.length; s++) {
    if (recent.length) recent = recent.filter((c) => s - c.sentences.at(-1)! <= MERGE_WINDOW);
    // "X denied that its members took part in the fighting": what is denied is not told
    const denial = (hitsBySentence[s] ?? []).find((h) => h.entry.family === 'deny')?.start ?? Infinity;
    const real = (hitsBySentence[s] ?? []).filter(
      (h) => !h.entry.statement && !h.quoted && !h.negated && !h.irrealis && h.start < denial,
    );
    if (!real.length) continue;
    const drafts: EventDraft[] = [];
    const anchors: TriggerHit[] = [];
    const suspicion = suspicionSpan(view, real);
    for (const [key, hits] of groupHits(view, real)) {
      const typed = typeGroup(view, key, hits);
      drafts.push(draftFor(view, times, key, typed, suspicion));
      anchors.push(typed.anchor);
    }
    seizedWeapons(drafts, anchors);
    assignPlaces(view, s, drafts, anchors, suspicion);
    for (const [k, d] of drafts.entries()) {
      // "condemned the attack": a definite bare mention is the violence told before, any type
      const last = lastOfKind.get(kindKey(d)) ?? lastViolence;
      if (last && isBackReference(view, anchors[k]!, d)) {
        mergeInto(last, d, true);
        continue;
      }
      const near = (c: EventDraft) => sameKind(c, d) && s - c.sentences.at(-1)! <= MERGE_WINDOW;
      // a back-reference with no place and no date of its own ("the deployment of the group")
      // is the same action whatever actor the sentence seems to name
      const kind = kindKey(d);
      const title = headline && s <= LEAD_SENTENCES && sameKind(headline, d) ? headline : undefined;
      if (title) {
        mergeLead(title, d);
        headline = undefined;
        lastOfKind.set(kind, title);
        if (d.group === 'violence') lastViolence = title;
        continue;
      }
      const target =
        recent.find((c) => near(c) && compatibleActors(c, d) && overlaps(c, d)) ??
        (!d.places.length && !d.date.local ? lastOfKind.get(kind) : undefined);
      if (target) mergeInto(target, d, !d.places.length && !d.date.local);
      else {
        clusters.push(d);
        recent.push(d);
        if (s === 0 && isHeadline(doc)) headline = d;
      }
      lastOfKind.set(kind, target ?? d);
      if (d.group === 'violence') lastViolence = target ?? d;
    }
  }
  return clusters;
}

export type { MentionRef };
