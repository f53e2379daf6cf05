// The working model of in-article resolution: named mentions described for comparison, and
// clusters of them that become entities.
import type { EntityKind } from '../../domain/contract.ts';
import { skeletonKey } from '../../knowledge/match/skeleton-key.ts';
import type { Mention } from '../document.ts';
import type { Link } from './link-actors.ts';
import { keyWords, stripTitles } from './name-forms.ts';

export interface NameInfo {
  mention: Mention;
  /** the name as written, without leading titles or "the" */
  surface: string;
  /** title words stripped from the front, lower-case ("prime minister") */
  title: string;
  /** folded words without particles (shared between mentions of a name: never mutate) */
  words: readonly string[];
  key: string;
  /** key without spaces: "iranwire" for "Iran Wire" */
  compact: string;
  skeleton: string;
  link?: Link;
  /** the long form an acronym stands for, when the article defines it */
  definedBy?: NameInfo;
  cluster?: Cluster;
}

export interface Cluster {
  kind: EntityKind;
  names: NameInfo[];
  /** mentions that are not names: descriptions and pronouns (coref), bare titles */
  corefs: Mention[];
  link?: Link;
  keys: Set<string>;
  compacts: Set<string>;
  skeletons: Set<string>;
  /** folded last words of its multi-word person names */
  surnames: Set<string>;
  lastStart: number;
  mergedInto?: Cluster;
  /** the entity made for a relation or a description, with no name in the text */
  synthetic?: { name: string; subtype?: string; country?: string };
}

interface NameForms {
  surface: string;
  title: string;
  words: readonly string[];
  key: string;
  compact: string;
  skeleton: string;
}

/**
 * Names repeat within and across articles: their forms are computed once (bounded cache, one
 * map per kind so that a look-up needs no key string built).
 */
const FORMS = new Map<EntityKind, Map<string, NameForms>>();
const FORMS_LIMIT = 20_000;
let formsCount = 0;

export function describeName(mention: Mention): NameInfo {
  let ofKind = FORMS.get(mention.kind);
  if (!ofKind) {
    ofKind = new Map();
    FORMS.set(mention.kind, ofKind);
  }
  let forms = ofKind.get(mention.text);
  if (!forms) {
    if (formsCount >= FORMS_LIMIT) {
      for (const m of FORMS.values()) m.clear();
      formsCount = 0;
    }
    forms = nameForms(mention);
    ofKind.set(mention.text, forms);
    formsCount++;
  }
  return { mention, ...forms };
}

function nameForms(mention: Mention): NameForms {
  const raw = mention.text.split(/\s+/).filter(Boolean);
  const stripped =
    mention.kind === 'person'
      ? stripTitles(raw)
      : raw.length > 1 && /^the$/i.test(raw[0]!)
        ? raw.slice(1)
        : raw;
  const surface = stripped.join(' ');
  const words = keyWords(surface);
  const key = words.join(' ');
  return {
    surface,
    title: raw
      .slice(0, raw.length - stripped.length)
      .join(' ')
      .toLowerCase(),
    words,
    key,
    compact: words.join(''),
    // places are clustered by key alone; only names need the transliteration skeleton
    skeleton: mention.kind === 'location' || words.length < 2 ? key : skeletonKey(surface),
  };
}

export function newCluster(info: NameInfo): Cluster {
  const c: Cluster = {
    kind: info.mention.kind,
    names: [],
    corefs: [],
    keys: new Set(),
    compacts: new Set(),
    skeletons: new Set(),
    surnames: new Set(),
    lastStart: -1,
  };
  addName(c, info);
  return c;
}

export function addName(c: Cluster, info: NameInfo): void {
  c.names.push(info);
  info.cluster = c;
  if (info.key) c.keys.add(info.key);
  if (info.compact) c.compacts.add(info.compact);
  if (info.words.length >= 2) {
    c.skeletons.add(info.skeleton);
    if (info.mention.kind === 'person') c.surnames.add(info.words[info.words.length - 1]!);
  }
  if (!c.link && info.link) c.link = info.link;
  c.lastStart = Math.max(c.lastStart, info.mention.start);
}

/** Moves everything of `from` into `into`; `from` stays behind as a forwarding pointer. */
export function mergeCluster(from: Cluster, into: Cluster): void {
  if (from === into) return;
  for (const n of from.names) addName(into, n);
  into.corefs.push(...from.corefs);
  if (!into.link && from.link) into.link = from.link;
  from.names = [];
  from.corefs = [];
  from.mergedInto = into;
}

/** The live cluster a (possibly merged) cluster now lives in. */
export function liveCluster(c: Cluster): Cluster {
  let x = c;
  while (x.mergedInto) x = x.mergedInto;
  return x;
}

export function firstStart(c: Cluster): number {
  let s = Number.POSITIVE_INFINITY;
  for (const n of c.names) s = Math.min(s, n.mention.start);
  for (const m of c.corefs) s = Math.min(s, m.start);
  return s;
}
