// Turns CoNLL sentences into training/evaluation sentences that look exactly like what the
// pipeline will see: the tokens are joined with spaces and re-tokenised with the pipeline's
// tokenizer (so "Mr." becomes "Mr" "." as it will at run time), labels are projected onto the
// new tokens, titles are cut from person spans (CoNLL convention), and dictionary tags come
// from the same knowledge the pipeline loads.
import type { Knowledge } from '../types.ts';
import { bioSpans, type ConllSentence, type GoldSpans, mapGmbType } from './conll.ts';
import { scanDictionaries } from './dictionary-context.ts';
import {
  addSentenceFlags,
  type DocumentFlags,
  type DocumentWords,
  flagsOfDocument,
} from './document-flags.ts';
import { type EntityType, labelsToSpans, spansToLabels, type TagSpan } from './labels.ts';
import { augmentNames } from './name-augmentation.ts';
import { leadingTitleCount } from './name-lists.ts';
import { seededRandom } from './train-perceptron.ts';

export interface PreparedSentence {
  words: string[];
  dictionary: (string | undefined)[];
  /** training labels (BILOU indexes) */
  labels: Uint8Array;
  /** gold as the GMB judge scores it: per/org/geo only, gpe/nat/art/eve ignored */
  judgeGold: GoldSpans;
  /** spans ignored when scoring against `labels` (demonyms, nationalities, artefacts, events) */
  conllIgnored: { start: number; end: number }[];
  /** the sentence's document, as the tagger sees it at run time */
  documentWords: DocumentWords;
  /** how the sentence's words appear in that document (training features) */
  document: DocumentFlags;
}

/**
 * GMB's files have no document boundaries; consecutive sentences come from the same story, so
 * runs of this many sentences stand for documents (the judge groups dev sentences the same way).
 */
export const SENTENCES_PER_DOCUMENT = 20;

export interface PrepareOptions {
  tokenize: (text: string) => { start: number; end: number }[];
  stripTitles: boolean;
  /** share of sentences added a second time in capitals (teaches headline reading) */
  capsRate: number;
  /** share of sentences with names added a second time with Arabic-shaped names */
  nameRate?: number;
  seed: number;
  /** dictionary tags of a sentence's words (default: scan the knowledge's dictionaries) */
  tagDictionary?: (words: readonly string[]) => (string | undefined)[];
}

const judgeType = (type: string): EntityType | null =>
  type === 'per' ? 'PER' : type === 'org' ? 'ORG' : type === 'geo' ? 'LOC' : null;

function retokenize(s: ConllSentence, tokenize: PrepareOptions['tokenize']) {
  const starts: number[] = [];
  let text = '';
  for (const w of s.words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += w;
  }
  const raw = tokenize(text);
  const first: number[] = new Array(s.words.length).fill(-1);
  const last: number[] = new Array(s.words.length).fill(-1);
  let orig = 0;
  raw.forEach((t, k) => {
    while (orig + 1 < starts.length && t.start >= starts[orig + 1]!) orig++;
    if (first[orig] === -1) first[orig] = k;
    last[orig] = k;
  });
  const words = raw.map((t) => text.slice(t.start, t.end));
  const project = <T extends { start: number; end: number }>(x: T): T | undefined => {
    const a = first[x.start]!;
    const b = last[x.end - 1]!;
    return a < 0 || b < 0 ? undefined : { ...x, start: a, end: b + 1 };
  };
  return { words, project };
}

function dictionaryTags(
  words: readonly string[],
  knowledge: Pick<Knowledge, 'actors' | 'gazetteer'>,
  o: PrepareOptions,
): (string | undefined)[] {
  return (
    o.tagDictionary?.(words) ??
    (scanDictionaries(words, knowledge).context.dictionary as (string | undefined)[])
  );
}

function prepareOne(s: ConllSentence, knowledge: Pick<Knowledge, 'actors' | 'gazetteer'>, o: PrepareOptions) {
  const { words, project } = retokenize(s, o.tokenize);
  const defined = <T>(x: T | undefined): x is T => x !== undefined;
  const trainGold = bioSpans(s, mapGmbType);
  const judge = bioSpans(s, judgeType);
  const spans: TagSpan[] = trainGold.spans.map(project).filter(defined);
  if (o.stripTitles) {
    for (const sp of spans) if (sp.type === 'PER') sp.start += leadingTitleCount(words, sp.start, sp.end);
  }
  const locs = new Set(spans.filter((x) => x.type === 'LOC').map((x) => `${x.start}:${x.end}`));
  const ignored = judge.ignored.map(project).filter(defined);
  return {
    words,
    dictionary: dictionaryTags(words, knowledge, o),
    labels: spansToLabels(words.length, spans),
    judgeGold: { spans: judge.spans.map(project).filter(defined), ignored },
    conllIgnored: ignored.filter((x) => !locs.has(`${x.start}:${x.end}`)),
  };
}

/** One pseudo-document's sentences prepared, with the document they share. */
function prepareDocument(
  sentences: readonly ConllSentence[],
  knowledge: Pick<Knowledge, 'actors' | 'gazetteer'>,
  o: PrepareOptions,
): PreparedSentence[] {
  const prepared = sentences.map((s) => prepareOne(s, knowledge, o));
  const tokens: { text: string }[] = [];
  const bounds: { tokenStart: number; tokenEnd: number }[] = [];
  for (const p of prepared) {
    bounds.push({ tokenStart: tokens.length, tokenEnd: tokens.length + p.words.length });
    for (const w of p.words) tokens.push({ text: w });
  }
  const documentWords = { tokens, sentences: bounds };
  const document = flagsOfDocument(documentWords);
  return prepared.map((p) => ({ ...p, documentWords, document }));
}

export function prepareSentences(
  sentences: readonly ConllSentence[],
  knowledge: Pick<Knowledge, 'actors' | 'gazetteer'>,
  options: PrepareOptions,
): PreparedSentence[] {
  const random = seededRandom(options.seed + 1);
  const out: PreparedSentence[] = [];
  const originals: PreparedSentence[] = [];
  for (let d = 0; d < sentences.length; d += SENTENCES_PER_DOCUMENT)
    originals.push(...prepareDocument(sentences.slice(d, d + SENTENCES_PER_DOCUMENT), knowledge, options));
  for (const p of originals) {
    out.push(p);
    const spans = labelsToSpans(p.labels);
    if (options.nameRate && spans.length && random() < options.nameRate) {
      const a = augmentNames(p.words, spans, random);
      // the new names occur only in this sentence: its document is the original one plus it
      const document = flagsOfDocument(p.documentWords);
      addSentenceFlags(
        a.words.map((text) => ({ text })),
        0,
        a.words.length,
        document,
      );
      out.push({
        ...p,
        words: a.words,
        dictionary: dictionaryTags(a.words, knowledge, options),
        labels: spansToLabels(a.words.length, a.spans),
        document,
      });
    }
    if (options.capsRate > 0 && random() < options.capsRate) {
      const words = p.words.map((w) => w.toUpperCase());
      const dictionary = dictionaryTags(words, knowledge, options);
      out.push({ ...p, words, dictionary });
    }
  }
  return out;
}
