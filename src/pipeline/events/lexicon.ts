// The event lexicon (knowledge/lexicon/event-lexicon.json) compiled once into token
// matchers. Data says which words signal which sub-type; code here only knows the pattern
// syntax: "x|y" alternatives, "lemma@v" verb forms, "lemma@n" noun forms, "form@V" one verb
// form, "?" optional,
// "*N" a gap of up to N tokens.
import data from '../../../knowledge/lexicon/event-lexicon.json' with { type: 'json' };
import { nounForms, verbForms } from './inflect.ts';

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

type Element = { forms: ReadonlySet<string>; optional: boolean; verbal: boolean } | { gap: number };

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

/** A set of token patterns indexed by their first word; matching is linear in the text. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();

  add(pattern: string, value: T): void {
    const elements = pattern.split(/\s+/).map(compileElement);
    const first = elements[0];
    if (!first || 'gap' in first) throw new Error(`lexicon pattern must start with a word: ${pattern}`);
    const verbal = elements.some((e) => 'verbal' in e && e.verbal);
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
    let best: PhraseMatch<T> | undefined;
    for (const p of list) {
      const r = matchElements(p.elements, 0, words, i, limit, -1);
      if (r && (!best || r.end > best.end)) best = { value: p.value, start: i, end: r.end, verbAt: r.verbAt };
    }
    return best;
  }

  /** All non-overlapping longest matches in tokens [from, to). */
  scan(words: readonly string[], from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(words, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  /** Whether some pattern ends exactly at token `end` (exclusive), starting within `maxLen` tokens. */
  endsAt(words: readonly string[], end: number, maxLen = 4): boolean {
    for (let i = Math.max(0, end - maxLen); i < end; i++) {
      const m = this.matchAt(words, i, end);
      if (m && m.end === end) return true;
    }
    return false;
  }
}

function compileElement(spec: string): Element {
  const gap = /^\*(\d+)$/.exec(spec);
  if (gap) return { gap: Number(gap[1]) };
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
  return { forms, optional, verbal };
}

function matchElements(
  els: readonly Element[],
  k: number,
  words: readonly string[],
  i: number,
  limit: number,
  verbAt: number,
): { end: number; verbAt: number } | undefined {
  if (k === els.length) return { end: i, verbAt };
  const el = els[k]!;
  if ('gap' in el) {
    for (let skip = 0; skip <= el.gap && i + skip <= limit; skip++) {
      const r = matchElements(els, k + 1, words, i + skip, limit, verbAt);
      if (r) return r;
    }
    return undefined;
  }
  if (i < limit && el.forms.has(words[i] ?? '')) {
    const r = matchElements(els, k + 1, words, i + 1, limit, verbAt < 0 && el.verbal ? i : verbAt);
    if (r) return r;
  }
  return el.optional ? matchElements(els, k + 1, words, i, limit, verbAt) : undefined;
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
}

function phraseSet(list: readonly string[]): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const p of list) m.add(p, true);
  return m;
}

function compile(): CompiledLexicon {
  const triggers = new PhraseMatcher<TriggerEntry>();
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
  const contentCues = new PhraseMatcher<string>();
  for (const c of data.contentCues) for (const p of c.patterns) contentCues.add(p, c.subtype);
  const genericActors = new PhraseMatcher<GenericActorEntry>();
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
    Object.entries(data.cues).map(([k, list]) => [k, phraseSet(list)]),
  ) as CompiledLexicon['cues'];
  const numbers = new PhraseMatcher<number>();
  for (const [k, v] of Object.entries(data.numbers)) numbers.add(k, v);
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
  };
}

let compiled: CompiledLexicon | undefined;

/** The compiled lexicon, built on first use (a few milliseconds). */
export function getLexicon(): CompiledLexicon {
  compiled ??= compile();
  return compiled;
}
