// Finds event and statement triggers in a sentence and reads their grammatical context:
// voice, negation, modality/future/conditionals, quotation, hedges and background.
import type { DocView } from './doc-view.ts';
import { clauseStart, REACH } from './find-actors.ts';
import { isPastForm } from './inflect.ts';
import {
  type CompiledLexicon,
  getLexicon,
  isWordOf,
  type PhraseMatcher,
  type TriggerEntry,
} from './lexicon.ts';

export interface TriggerHit {
  entry: TriggerEntry;
  sentence: number;
  start: number;
  /** exclusive token index */
  end: number;
  /** token of the verb, -1 for nominal triggers */
  verbAt: number;
  passive: boolean;
  quoted: boolean;
  negated: boolean;
  /** planned, threatened, conditional, future, aggregate: not a material event */
  irrealis: boolean;
  alleged: boolean;
  historical: boolean;
}

const NEAR = 3;
const FAR = 8;
const ADVERBS = new Set([
  'also',
  'reportedly',
  'allegedly',
  'later',
  'then',
  'reported',
  'recently',
  'already',
]);

/** First token of the window that ends at `at`, not crossing a hard stop or the sentence start. */
function windowStart(view: DocView, from: number, at: number, size: number): number {
  let i = at;
  const stop = getLexicon().classes.hardStop;
  while (i > from && at - i < size && !isWordOf(view, i - 1, stop)) i--;
  return i;
}

function hasCue(view: DocView, cue: PhraseMatcher<true>, from: number, to: number): boolean {
  return cue.occursIn(view, from, to);
}

const TRANSITIVE = new Set(['kill', 'abduct', 'arrest', 'attack']);
const AFTER_REDUCED = new Set(['in', 'by', 'at', 'near', 'during', 'after', 'when', 'while', 'outside']);

function isPassive(view: DocView, lex: CompiledLexicon, verbAt: number, from: number, family = ''): boolean {
  if (verbAt < 0 || !isPastForm(view.words[verbAt]!)) return false;
  // "soldier killed in Syria by ISIS": a transitive verb with no object is a reduced passive
  if (
    TRANSITIVE.has(family) &&
    /ed$/.test(view.words[verbAt]!) &&
    AFTER_REDUCED.has(view.words[verbAt + 1] ?? '')
  ) {
    return true;
  }
  for (let i = verbAt - 1; i >= from && verbAt - i <= 3; i--) {
    const w = view.words[i]!;
    if (lex.words.beForms.has(w)) return w !== 'had' || view.words[i + 1] === 'been';
    if (!ADVERBS.has(w) && w !== 'not' && w !== 'been') return false;
  }
  return false;
}

function isNegated(view: DocView, lex: CompiledLexicon, from: number, at: number): boolean {
  const near = windowStart(view, from, at, NEAR);
  for (let i = near; i < at; i++) {
    const w = view.words[i]!;
    if (w === 'not' || w === 'never' || w === 'no' || w.endsWith("n't") || w === 'without') return true;
  }
  return hasCue(view, lex.cues.negation, windowStart(view, from, at, FAR), at);
}

function isIrrealis(view: DocView, lex: CompiledLexicon, from: number, at: number, verbAt: number): boolean {
  if (verbAt >= 0 && view.words[verbAt - 1] === 'to') {
    const before = view.words[verbAt - 2] ?? '';
    if (!lex.cues.realisBeforeTo.endsAt(view, verbAt - 1) && !/ed$/.test(before)) return true;
  }
  // cues in the clause or the last few words: "Over the past three years, India has been hit
  // by protests", "statecraft could not be achieved by … strikes"
  const clause = Math.min(clauseStart(view, from, at), windowStart(view, from, at, FAR));
  const { promise, warning, modal } = lex.classes;
  const irrealis = lex.cues.irrealis;
  const such = view.words[at - 1] === 'such';
  const against = view.words[at - 1] === 'against';
  // a token in none of the classes (nor starting an irrealis cue) decides nothing below
  const any = promise.bit | warning.bit | modal.bit | irrealis.bit;
  for (let i = clause; i < at; i++) {
    const bits = view.starts[i]!;
    if (!such && (bits & any) === 0) continue;
    if (isMonthMay(view, i)) continue;
    // "threatened on Monday to expand the group's attacks"
    if (bits & promise.bit) return true;
    // "warned armed factions against attacking missions, saying such attacks harm …"
    if (bits & warning.bit && against) return true;
    if (such) return true;
    if (bits & modal.bit || irrealis.find(view, i, at)) return true;
  }
  return false;
}

const DIGIT_START = /^\d/;

/** "May 12", "12 May": the month, not the modal. */
function isMonthMay(view: DocView, i: number): boolean {
  if (view.words[i] !== 'may' || view.doc.tokens[i]?.text !== 'May') return false;
  return DIGIT_START.test(view.words[i + 1] ?? '') || DIGIT_START.test(view.words[i - 1] ?? '');
}

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  "'s",
  'another',
  'new',
]);

/**
 * "a warning", "the shelling", "the Speicher massacre": an -ing or bare form after a
 * determiner (or a determiner and a name) is a noun.
 */
function isGerundNoun(view: DocView, at: number): boolean {
  const w = view.words[at]!;
  const prev = view.words[at - 1] ?? '';
  const inflected = w.endsWith('ed') || w.endsWith('s');
  if (DETERMINERS.has(prev)) return w.endsWith('ing') || !inflected;
  if (!DETERMINERS.has(view.words[at - 2] ?? '')) return false;
  const bare = !inflected && !w.endsWith('ing');
  // "the rocket attack", "a drone strike": a bare form after a determiner and a noun
  if (startsWith(prev, LOWER_START, 97, 122)) return bare;
  const prevToken = view.doc.tokens[at - 1];
  return !!prevToken && startsWith(prevToken.text, UPPER_START, 65, 90) && bare;
}

const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/** `re.test(t)` for a first-character class whose ASCII members are the codes [lo, hi]. */
function startsWith(t: string, re: RegExp, lo: number, hi: number): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= lo && c <= hi;
  return re.test(t);
}

/**
 * "the Rockets swept", "9 March": a trigger word capitalised mid-sentence is a name, unless
 * it is an acronym (IED, RPG) or the sentence is a title-case headline.
 */
function isCapitalised(view: DocView, at: number, sentenceStart: number): boolean {
  if (at === sentenceStart) return false;
  const text = view.doc.tokens[at]!.text;
  const first = text[0]!;
  const c = text.charCodeAt(0);
  // ASCII: only A–Z change when lower-cased (spares the two case conversions)
  if (c < 128 ? c < 65 || c > 90 : first === first.toLowerCase()) return false;
  return text !== text.toUpperCase();
}

const LETTER_START = /^\p{L}/u;

/** `/^\p{L}/u`, with ASCII decided without the regex. */
function startsWithLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER_START.test(t);
}

function isTitleCase(view: DocView, from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    const t = view.doc.tokens[i]!.text;
    if (t.length < 4 || !startsWithLetter(t)) continue;
    words++;
    if (t[0] !== t[0]!.toLowerCase()) capitalised++;
  }
  return words >= 3 && capitalised / words > 0.6;
}

const NUMBER = /^\d/;

/** "March 31", "9 March": the month, not a march. */
function isMonthName(view: DocView, at: number): boolean {
  if (view.words[at] !== 'march') return false;
  return NUMBER.test(view.words[at + 1] ?? '') || NUMBER.test(view.words[at - 1] ?? '');
}

const OBJECT_START = new Set([
  'the',
  'a',
  'an',
  'that',
  'how',
  'what',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'these',
]);

/** "the efforts demonstrate the influence …": a transitive "demonstrate" is no protest. */
function isTransitiveDemonstrate(view: DocView, at: number): boolean {
  return view.words[at]!.startsWith('demonstrat') && OBJECT_START.has(view.words[at + 1] ?? '');
}

/** "Houston Rockets", "Red Line", "the Najaf Massacre": a trigger word inside a named entity. */
function isInsideName(view: DocView, at: number): boolean {
  const m = view.mentionAt[at];
  return !!m && !m.mention.coref && m.tokenEnd - m.tokenStart > 1;
}

/** Triggers of sentence `s`, each with its context; overlapping matches keep the longest. */
export function findTriggers(view: DocView, s: number): TriggerHit[] {
  const lex = getLexicon();
  const sent = view.doc.sentences[s]!;
  const from = sent.tokenStart;
  const to = sent.tokenEnd;
  let titleCase: boolean | undefined; // computed only when a capitalised trigger needs it
  const out: TriggerHit[] = [];
  for (const m of lex.triggers.scan(view, from, to)) {
    if (isCapitalised(view, m.start, from)) {
      titleCase ??= isTitleCase(view, from, to);
      if (!titleCase) continue;
    }
    if (isInsideName(view, m.start)) continue;
    if (isMonthName(view, m.start) || isTransitiveDemonstrate(view, m.start)) continue;
    // "riot police", "air force": the words name an actor here, not an action
    const actor = lex.genericActors.find(view, m.start, to);
    if (actor && actor.end >= m.end && actor.end - actor.start > 1) continue;
    if (m.verbAt >= 0 && isGerundNoun(view, m.verbAt)) m.verbAt = -1;
    const at = m.verbAt >= 0 ? m.verbAt : m.start;
    out.push({
      entry: m.value,
      sentence: s,
      start: m.start,
      end: m.end,
      verbAt: m.verbAt,
      passive: isPassive(view, lex, m.verbAt, from, m.value.family),
      quoted: view.inQuote[m.start] ?? false,
      negated: isNegated(view, lex, from, m.start),
      // "took to the streets to protest": a protest's purpose infinitive is the protest itself
      irrealis: isIrrealis(view, lex, from, m.start, m.value.group === 'protest' ? -1 : m.verbAt),
      alleged: hasCue(view, lex.cues.alleged, Math.max(from, at - REACH), at),
      // "the anniversary of the massacre" dates what follows it; "paraded to mark the
      // anniversary" is today's event
      historical: hasCue(view, lex.cues.historical, Math.max(from, m.start - REACH), m.start),
    });
  }
  return out;
}
