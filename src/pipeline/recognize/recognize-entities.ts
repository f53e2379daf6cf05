// Recognition: per sentence, the statistical tagger (with dictionary membership as features)
// proposes person/organisation/location spans; the actor index adds known multi-word actors
// the tagger missed and proposes `ref`s for spans it names exactly; hinted places come back
// pinned, exactly as hinted, displacing anything overlapping them.
import type { EntityKind } from '../../domain/contract.ts';
import { type DictionaryScan, scanDictionaries } from '../../knowledge/ner/dictionary-context.ts';
import { type TagSpan, tagsToSpans } from '../../knowledge/ner/labels.ts';
import { leadingTitleCount } from '../../knowledge/ner/name-lists.ts';
import type { Knowledge } from '../../knowledge/types.ts';
import type { Doc, Mention, Stage } from '../document.ts';
import {
  actorProposal,
  isShouted,
  isStandaloneName,
  placeProposal,
  type RefProposal,
} from './dictionary-mentions.ts';
import { hintedMentions, joinAcrossLineBreaks, withoutOverlaps } from './merge-mentions.ts';

/**
 * GMB puts titles inside person spans ("President Hosni Mubarak"), CoNLL does not. The tagger
 * learns GMB's habit; with this off, leading title words are cut from person mentions (the
 * title is then left to resolution as a role). See docs/ner-design.md for the measured trade-off.
 * Off (lead's decision): neither setting reaches GMB's 84 (83.1 on, 75.9 off), and on CoNLL-style
 * spans, which held-out news, the codebook's actor forms and analysts use, off scores 84.3 against
 * 76.0 (relabelled GMB dev). Entity names are title-free either way.
 */
export const PERSON_SPANS_INCLUDE_TITLES = false;

const KIND: Record<TagSpan['type'], EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/**
 * The mention of tokens [start, end); with the ref and subtype of a dictionary proposal of the
 * same kind (a proposal of another kind is left to resolution). Built as one literal, in the
 * key order the output has always had.
 */
function toMention(
  doc: Doc,
  start: number,
  end: number,
  kind: EntityKind,
  source: Mention['source'],
  p?: RefProposal,
): Mention {
  const s = doc.tokens[start]!.start;
  const e = doc.tokens[end - 1]!.end;
  const m: Mention = {
    start: s,
    end: e,
    text: doc.text.slice(s, e),
    kind,
    source,
    tokenStart: start,
    tokenEnd: end,
  };
  if (p && p.kind === kind) {
    m.ref = p.ref;
    m.subtype = p.subtype;
  }
  return m;
}

/** Token spans are keyed as one number; a tagging unit is far shorter than this. */
const SPAN_KEY = 1 << 20;

/** Ref proposals of the unambiguous dictionary hits, by span (undefined when there are none). */
function refProposals(scan: DictionaryScan): Map<number, RefProposal> | undefined {
  if (scan.placeHits.length === 0 && scan.actorHits.length === 0) return undefined;
  // keyed by start × SPAN_KEY + end: a number, not a string built per span
  const proposals = new Map<number, RefProposal>();
  for (const hit of scan.placeHits) {
    const p = placeProposal(hit);
    if (p) proposals.set(hit.startToken * SPAN_KEY + hit.endToken, p);
  }
  for (const hit of scan.actorHits) {
    const p = actorProposal(hit);
    if (p) proposals.set(hit.startToken * SPAN_KEY + hit.endToken, p);
  }
  return proposals;
}

function anyCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i] === 1) return true;
  return false;
}

function recognizeSentence(doc: Doc, knowledge: Knowledge, from: number, to: number, out: Mention[]): void {
  const words: string[] = new Array(to - from);
  for (let i = from; i < to; i++) words[i - from] = doc.tokens[i]!.text;
  const scan = scanDictionaries(words, knowledge);
  const spans = knowledge.ner
    ? tagsToSpans(knowledge.ner.tagSentence(words, { ...scan.context, document: doc }))
    : [];
  const proposals = refProposals(scan);
  const covered = new Uint8Array(words.length);
  for (const s of spans) {
    if (s.type === 'PER' && !PERSON_SPANS_INCLUDE_TITLES) s.start += leadingTitleCount(words, s.start, s.end);
    covered.fill(1, s.start, s.end);
    const p = proposals?.get(s.start * SPAN_KEY + s.end);
    out.push(toMention(doc, from + s.start, from + s.end, KIND[s.type], 'model', p));
  }
  // read only when a dictionary hit needs it (most sentences have none left uncovered)
  let shouted: boolean | undefined;
  for (const hit of scan.actorHits) {
    if (anyCovered(covered, hit.startToken, hit.endToken)) continue;
    const p = actorProposal(hit);
    if (!p) continue;
    shouted ??= isShouted(words);
    const exact = hit.candidates[0]?.how === 'exact';
    if (!isStandaloneName(words.slice(hit.startToken, hit.endToken), shouted, p.kind, exact)) continue;
    out.push(toMention(doc, from + hit.startToken, from + hit.endToken, p.kind, 'dictionary', p));
  }
}

const MAX_UNIT_TOKENS = 150;
const ENDS_CLAUSE = /^[.!?:;"”’»)…]$/;

/**
 * Token ranges tagged as one sequence: sentences, except that a sentence the splitter ended at
 * a bare line break (no closing punctuation: a wrapped line, "Muqtada\nSadr") is tagged
 * together with the next one, so a name broken across lines is seen whole.
 */
function taggingUnits(doc: Doc): [number, number][] {
  const units: [number, number][] = [];
  for (const s of doc.sentences) {
    const last = units[units.length - 1];
    const prevToken = last ? doc.tokens[last[1] - 1] : undefined;
    const soft =
      last &&
      prevToken &&
      last[1] === s.tokenStart &&
      s.tokenEnd - last[0] <= MAX_UNIT_TOKENS &&
      !ENDS_CLAUSE.test(prevToken.text) &&
      /^[ \t]*\n[ \t]*$/.test(doc.text.slice(prevToken.end, doc.tokens[s.tokenStart]!.start));
    if (last && soft) last[1] = s.tokenEnd;
    else units.push([s.tokenStart, s.tokenEnd]);
  }
  return units;
}

export const recognizeEntities: Stage = {
  name: 'recognize',
  reads: ['text', 'tokens', 'sentences'],
  writes: ['mentions'],
  run(doc, ctx) {
    const found: Mention[] = [];
    for (const [from, to] of taggingUnits(doc)) recognizeSentence(doc, ctx.knowledge, from, to, found);
    const joined = joinAcrossLineBreaks(doc, found);
    const pinned = hintedMentions(doc);
    const mentions = withoutOverlaps(joined, pinned);
    return { ...doc, mentions };
  },
};
