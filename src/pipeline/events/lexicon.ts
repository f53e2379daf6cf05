// The event lexicon (knowledge/lexicon/event-lexicon.json) compiled once into token
// matchers. Data says which words signal which sub-type; code here only knows the pattern
// syntax: "x|y" alternatives, "lemma@v" verb forms, "lemma@n" noun forms, "form@V" one verb
// form, "?" optional,
// "*N" a gap of up to N tokens.
import data from '../../../knowledge/lexicon/event-lexicon.json' with { type: 'json' };
import { nounForms, verbForms } from './inflect.ts';
import { HARD_STOPS, MODALS, PROMISES, WARNINGS } from './word-classes.ts';

export interface TriggerEntry {
  family: string;
  group: string;
  type: string;
  subtype: string;
  weight: number;
  /** which role the grammatical subject of a passive takes ("were deployed" → actor1) */
  passiveSubject?: 'actor1' | 'actor2';
  statement: boolean;
}

export interface GenericActorEntry {
  key: string;
  template: string;
  subtype: string;
}

/** A word element (`gap` −1) or a gap of up to `gap` tokens (no forms); one shape for speed. */
interface Element {
  gap: number;
  forms: ReadonlySet<string>;
  optional: boolean;
  verbal: boolean;
}

const NO_FORMS: ReadonlySet<string> = new Set();

interface Pattern<T> {
  elements: Element[];
  value: T;
  verbal: boolean;
}

export interface PhraseMatch<T> {
  value: T;
  start: number;
  /** exclusive token index */
  end: number;
  /** token index of the first verbal element, -1 for nominal patterns */
  verbAt: number;
}

/**
 * Words with, per token, a bit mask of the lexicon's matchers that have a pattern starting
 * with that word (`CompiledLexicon.startMask`): a window scan tests a bit instead of looking
 * the word up in each matcher's index. A document view builds it once.
 */
export interface IndexedWords {
  readonly words: readonly string[];
  readonly starts: Uint32Array;
}

/** Whether token `i` belongs to a single-word class of the lexicon (`CompiledLexicon.classes`). */
export function isWordOf(iw: IndexedWords, i: number, cls: PhraseMatcher<true>): boolean {
  return ((iw.starts[i] ?? 0) & cls.bit) !== 0;
}

/** A set of token patterns indexed by their first word; matching is linear in the text. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();

  /** @param bit this matcher's bit in `IndexedWords.starts` (0: not in the mask, always look up) */
  constructor(readonly bit = 0) {}

  /** The first words of the patterns. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  add(pattern: string, value: T): void {
    const elements = pattern.split(/\s+/).map(compileElement);
    const first = elements[0];
    if (!first || first.gap >= 0) throw new Error(`lexicon pattern must start with a word: ${pattern}`);
    const verbal = elements.some((e) => e.verbal);
    for (const form of first.forms) {
      const list = this.byFirst.get(form) ?? [];
      list.push({ elements, value, verbal });
      this.byFirst.set(form, list);
    }
  }

  /** The longest match starting at token `i`, if any. */
  matchAt(words: readonly string[], i: number, limit = words.length): PhraseMatch<T> | undefined {
    const list = this.byFirst.get(words[i] ?? '');
    if (!list) return undefined;
    // the first of the longest matches; one object for the winner only
    let best: Pattern<T> | undefined;
    let bestEnd = -1;
    let bestVerbAt = -1;
    for (const p of list) {
      const end = matchElements(p.elements, 0, words, i, limit, -1);
      if (end > bestEnd) {
        best = p;
        bestEnd = end;
        bestVerbAt = matchedVerbAt;
      }
    }
    return best && { value: best.value, start: i, end: bestEnd, verbAt: bestVerbAt };
  }

  /** One literal word (no pattern syntax: "?" is a question mark). */
  addWord(word: string, value: T): void {
    const list = this.byFirst.get(word) ?? [];
    list.push({
      elements: [{ gap: -1, forms: new Set([word]), optional: false, verbal: false }],
      value,
      verbal: false,
    });
    this.byFirst.set(word, list);
  }

  /** `matchAt` on indexed words: a token whose bit is clear starts no pattern. */
  find(iw: IndexedWords, i: number, limit = iw.words.length): PhraseMatch<T> | undefined {
    if (this.bit !== 0 && ((iw.starts[i] ?? 0) & this.bit) === 0) return undefined;
    return this.matchAt(iw.words, i, limit);
  }

  /** Whether a match starts in tokens [from, to) and ends by `to`. */
  occursIn(iw: IndexedWords, from: number, to: number): boolean {
    // `find` inlined by hand: most tokens of a window fail the bit test
    const { starts, words } = iw;
    const bit = this.bit;
    for (let i = from; i < to; i++) {
      if (bit !== 0 && ((starts[i] ?? 0) & bit) === 0) continue;
      if (this.matchAt(words, i, to)) return true;
    }
    return false;
  }

  /** All non-overlapping longest matches in tokens [from, to). */
  scan(iw: IndexedWords, from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.find(iw, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  /** Whether some pattern ends exactly at token `end` (exclusive), starting within `maxLen` tokens. */
  endsAt(iw: IndexedWords, end: number, maxLen = 4): boolean {
    for (let i = Math.max(0, end - maxLen); i < end; i++) {
      const m = this.find(iw, i, end);
      if (m && m.end === end) return true;
    }
    return false;
  }
}

function compileElement(spec: string): Element {
  const gap = /^\*(\d+)$/.exec(spec);
  if (gap) return { gap: Number(gap[1]), forms: NO_FORMS, optional: false, verbal: false };
  const optional = spec.length > 1 && spec.endsWith('?');
  const body = optional ? spec.slice(0, -1) : spec;
  const forms = new Set<string>();
  let verbal = false;
  for (const alt of body.split('|')) {
    if (alt.endsWith('@v')) {
      verbal = true;
      for (const f of verbForms(alt.slice(0, -2))) forms.add(f);
    } else if (alt.endsWith('@V')) {
      verbal = true;
      forms.add(alt.slice(0, -2));
    } else if (alt.endsWith('@n')) {
      for (const f of nounForms(alt.slice(0, -2))) forms.add(f);
    } else forms.add(alt);
  }
  return { gap: -1, forms, optional, verbal };
}

/** verbAt of the match `matchElements` last returned (saves an object per attempt) */
let matchedVerbAt = -1;

/** End (exclusive) of the first match of elements k… at token i, else −1; see matchedVerbAt. */
function matchElements(
  els: readonly Element[],
  k: number,
  words: readonly string[],
  i: number,
  limit: number,
  verbAt: number,
): number {
  if (k === els.length) {
    matchedVerbAt = verbAt;
    return i;
  }
  const el = els[k]!;
  if (el.gap >= 0) {
    for (let skip = 0; skip <= el.gap && i + skip <= limit; skip++) {
      const end = matchElements(els, k + 1, words, i + skip, limit, verbAt);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < limit && el.forms.has(words[i] ?? '')) {
    const end = matchElements(els, k + 1, words, i + 1, limit, verbAt < 0 && el.verbal ? i : verbAt);
    if (end >= 0) return end;
  }
  return el.optional ? matchElements(els, k + 1, words, i, limit, verbAt) : -1;
}

export interface CompiledLexicon {
  version: string;
  triggers: PhraseMatcher<TriggerEntry>;
  contentCues: PhraseMatcher<string>;
  genericActors: PhraseMatcher<GenericActorEntry>;
  genericEntries: Readonly<Record<string, GenericActorEntry>> & {
    government: GenericActorEntry;
    military: GenericActorEntry;
  };
  cues: Readonly<Record<keyof typeof data.cues, PhraseMatcher<true>>>;
  words: {
    placeGlue: ReadonlySet<string>;
    placePrepositions: ReadonlySet<string>;
    listGlue: ReadonlySet<string>;
    clauseBreaks: ReadonlySet<string>;
    beForms: ReadonlySet<string>;
  };
  nationalities: Readonly<Record<string, string>>;
  /** capitals that stand for their government ("Washington demanded …") */
  capitals: Readonly<Record<string, string>>;
  countries: Readonly<Record<string, string>>;
  numbers: PhraseMatcher<number>;
  /** single-word classes: membership of token i is a bit test (`isWordOf`) */
  classes: Readonly<
    Record<'clauseBreak' | 'hardStop' | 'modal' | 'promise' | 'warning', PhraseMatcher<true>>
  >;
  /** the bits of the matchers with a pattern starting with `word` (see IndexedWords) */
  startMask(word: string): number;
}

/** Hands out one mask bit per matcher (at most 32) and builds the first-word mask. */
class MatcherBits {
  private readonly matchers: PhraseMatcher<unknown>[] = [];

  create<T>(): PhraseMatcher<T> {
    if (this.matchers.length >= 32) throw new Error('event lexicon: more than 32 matchers');
    const m = new PhraseMatcher<T>((1 << this.matchers.length) >>> 0);
    this.matchers.push(m);
    return m;
  }

  masks(): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of this.matchers)
      for (const w of m.firstWords()) out.set(w, ((out.get(w) ?? 0) | m.bit) >>> 0);
    return out;
  }
}

function phraseSet(bits: MatcherBits, list: readonly string[]): PhraseMatcher<true> {
  const m = bits.create<true>();
  for (const p of list) m.add(p, true);
  return m;
}

function wordClass(bits: MatcherBits, words: readonly string[]): PhraseMatcher<true> {
  const m = bits.create<true>();
  for (const w of words) m.addWord(w, true);
  return m;
}

function compile(): CompiledLexicon {
  const bits = new MatcherBits();
  const triggers = bits.create<TriggerEntry>();
  for (const t of data.triggers) {
    const entry: TriggerEntry = { ...t, statement: false } as TriggerEntry;
    for (const p of t.patterns) triggers.add(p, entry);
  }
  for (const s of data.statements) {
    const entry: TriggerEntry = {
      family: s.family,
      group: 'statement',
      type: 'Statements',
      subtype: s.subtype,
      weight: s.weight,
      statement: true,
    };
    for (const p of s.patterns) triggers.add(p, entry);
  }
  const contentCues = bits.create<string>();
  for (const c of data.contentCues) for (const p of c.patterns) contentCues.add(p, c.subtype);
  const genericActors = bits.create<GenericActorEntry>();
  const genericEntries: Record<string, GenericActorEntry> = {};
  for (const g of data.genericActors) {
    const entry = { key: g.key, template: g.template, subtype: g.subtype };
    genericEntries[g.key] = entry;
    for (const p of g.patterns) genericActors.add(p, entry);
  }
  const government = genericEntries.government;
  const military = genericEntries.military;
  if (!government || !military)
    throw new Error('event lexicon: generic actors "government" and "military" are required');
  const cues = Object.fromEntries(
    Object.entries(data.cues).map(([k, list]) => [k, phraseSet(bits, list)]),
  ) as CompiledLexicon['cues'];
  const numbers = bits.create<number>();
  for (const [k, v] of Object.entries(data.numbers)) numbers.add(k, v);
  const classes = {
    clauseBreak: wordClass(bits, data.clauseBreaks),
    hardStop: wordClass(bits, HARD_STOPS),
    modal: wordClass(bits, MODALS),
    promise: wordClass(bits, PROMISES),
    warning: wordClass(bits, WARNINGS),
  };
  const masks = bits.masks();
  return {
    version: data.version,
    triggers,
    contentCues,
    genericActors,
    genericEntries: { ...genericEntries, government, military },
    cues,
    words: {
      placeGlue: new Set(data.placeGlue),
      placePrepositions: new Set(data.placePrepositions),
      listGlue: new Set(data.listGlue),
      clauseBreaks: new Set(data.clauseBreaks),
      beForms: new Set(data.beForms),
    },
    nationalities: data.nationalities,
    capitals: data.capitals,
    countries: data.countries,
    numbers,
    classes,
    startMask: (word) => masks.get(word) ?? 0,
  };
}

let compiled: CompiledLexicon | undefined;

/** The compiled lexicon, built on first use (a few milliseconds). */
export function getLexicon(): CompiledLexicon {
  compiled ??= compile();
  return compiled;
}
