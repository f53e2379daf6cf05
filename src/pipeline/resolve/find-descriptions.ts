// Descriptions ("the cleric", "the Iran-linked cleric", "the armed group", "the Iraqi Prime
// Minister", "the capital") and pronouns become coref mentions of an entity already named.
// A description right before a name ("the Iraqi Prime Minister, Mustafa Al-Kazemi") is that
// name's; otherwise it refers back to the most recent entity that fits its head noun.
// Pronouns attach only when a single person is in view.
import type { Doc, Mention, Token } from '../document.ts';
import type { Cluster } from './cluster.ts';
import { findTraits, roleKey, type Traits } from './cluster-traits.ts';
import { type CountryWords, findCountryByWord } from './country-words.ts';
import { tokenIndexAtOrAfter } from './define-acronyms.ts';
import { keyWords } from './name-forms.ts';

type Head = 'cleric' | 'role' | 'armed' | 'group' | 'movement' | 'capital';

const HEADS = new Map<string, Head>([
  ['cleric', 'cleric'],
  ['clergyman', 'cleric'],
  ['preacher', 'cleric'],
  ['minister', 'role'],
  ['president', 'role'],
  ['premier', 'role'],
  ['lawmaker', 'role'],
  ['mp', 'role'],
  ['spokesman', 'role'],
  ['spokesperson', 'role'],
  ['commander', 'role'],
  ['governor', 'role'],
  ['ambassador', 'role'],
  ['envoy', 'role'],
  ['militia', 'armed'],
  ['faction', 'armed'],
  ['group', 'group'],
  ['organization', 'group'],
  ['organisation', 'group'],
  ['movement', 'movement'],
  ['party', 'movement'],
  ['capital', 'capital'],
]);
const MODIFIERS = new Set(
  (
    "armed shia shiite shi’ite shi'ite sunni kurdish powerful radical influential paramilitary militant " +
    'former same islamist jihadist extremist prominent populist firebrand senior top prime foreign ' +
    'defense defence interior oil finance iran-backed pro-iran pro-iranian hardline'
  ).split(' '),
);
const LINKED = /^[\p{L}.]+-(linked|backed|aligned|affiliated|based|supported|allied|led)$/iu;
const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);
function capitalKeysOf(country: CountryWords): Set<string> {
  return new Set([country.capital, ...(country.capitalAlt ?? [])].map((n) => keyWords(n).join(' ')));
}

/** How many named mentions back any description may look (keeps long articles linear). */
const MAX_LOOKBACK = 300;
/** How many sentences back a generic description ("the group") may look for its referent. */
const WINDOW = 4;

interface Description {
  /** a country named among the modifiers ("the Syrian capital") */
  country?: CountryWords | undefined;
  start: number;
  end: number;
  head: Head;
  headWord: string;
  /** token index after the description */
  next: number;
}

function isModifier(tok: Token): boolean {
  const w = tok.text.toLowerCase();
  return MODIFIERS.has(w) || LINKED.test(tok.text) || !!findCountryByWord(tok.text);
}

/** "the [modifiers] head" starting at token i, or undefined. */
function readDescription(tokens: readonly Token[], i: number): Description | undefined {
  let j = i + 1;
  while (
    j < tokens.length &&
    j - i <= 4 &&
    isModifier(tokens[j]!) &&
    !HEADS.has(tokens[j]!.text.toLowerCase())
  )
    j++;
  const tok = tokens[j];
  if (!tok || tok.sentence !== tokens[i]!.sentence) return undefined;
  const headWord = tok.text.toLowerCase();
  const head = HEADS.get(headWord);
  if (!head) return undefined;
  // "the armed group's", "the group of …": fine; "the group leader": not about the group
  const after = tokens[j + 1]?.text.toLowerCase() ?? '';
  if (/^(leader|leaders|member|members|official|officials|chief|head)$/.test(after)) return undefined;
  // "the armed group", "the militant organisation": an armed group whatever the head says
  const armed = tokens.slice(i + 1, j).some((t) => /^(armed|militant|paramilitary|jihadist)$/i.test(t.text));
  const office = roleKey(tokens[j - 1]?.text.toLowerCase(), headWord);
  // "the Syrian capital" is Damascus whatever the article's focus
  const country = tokens
    .slice(i + 1, j)
    .map((t) => findCountryByWord(t.text))
    .find(Boolean);
  return {
    country,
    start: tokens[i]!.start,
    end: tok.end,
    head: armed ? 'armed' : head,
    headWord: office,
    next: j + 1,
  };
}

function fits(d: Description, c: Cluster, t: Traits, capitalKeys: ReadonlySet<string>): boolean {
  switch (d.head) {
    case 'cleric':
      return c.kind === 'person' && t.cleric;
    case 'role':
      return c.kind === 'person' && t.roles.has(d.headWord);
    case 'armed':
      return c.kind === 'organization' && t.armed;
    case 'group':
      return c.kind === 'organization' && (t.armed || !(t.movement || t.civil));
    case 'movement':
      return c.kind === 'organization' && t.movement;
    case 'capital':
      return (
        c.kind === 'location' &&
        [...c.keys].some((k) => (d.country ? capitalKeysOf(d.country) : capitalKeys).has(k))
      );
  }
}

function nameOwnerAt(
  owners: ReadonlyMap<number, Cluster>,
  tokens: readonly Token[],
  t: number,
): Cluster | undefined {
  const tok = tokens[t];
  if (!tok) return undefined;
  if (tok.text === ',') return owners.get(tokens[t + 1]?.start ?? -1);
  return owners.get(tok.start);
}

interface Scene {
  clusters: readonly Cluster[];
  /** a cluster's traits, worked out the first time a description asks (then kept and amended) */
  traits: (c: Cluster) => Traits;
  owners: Map<number, Cluster>;
  capitalKeys: Set<string>;
  /** named mentions in text order */
  timeline: { start: number; cluster: Cluster }[];
}

/** The most recent cluster, mentioned before `pos` and not too far back, that fits. */
function findAntecedent(
  scene: Scene,
  pos: number,
  minStart: number,
  ok: (c: Cluster) => boolean,
): Cluster | undefined {
  const { timeline } = scene;
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeline[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_LOOKBACK && timeline[k]!.start >= minStart; k--) {
    if (ok(timeline[k]!.cluster)) return timeline[k]!.cluster;
  }
  return undefined;
}

function corefMention(doc: Doc, start: number, end: number, kind: Mention['kind']): Mention {
  return { start, end, text: doc.text.slice(start, end), kind, source: 'coref', coref: true };
}

function attachDescriptions(doc: Doc, scene: Scene): void {
  const { tokens, sentences } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'the' && tokens[i]!.text !== 'The') continue;
    if (scene.owners.has(tokens[i]!.start)) continue;
    const d = readDescription(tokens, i);
    if (!d) continue;
    const kind = d.head === 'capital' ? 'location' : /cleric|role/.test(d.head) ? 'person' : 'organization';
    const appos = nameOwnerAt(scene.owners, tokens, d.next);
    const sentence = tokens[i]!.sentence;
    const minStart =
      d.head === 'cleric' || d.head === 'role' ? 0 : (sentences[Math.max(0, sentence - WINDOW)]?.start ?? 0);
    const target =
      appos && appos.kind === kind
        ? appos
        : findAntecedent(scene, d.start, minStart, (c) => fits(d, c, scene.traits(c), scene.capitalKeys));
    if (!target) continue;
    target.corefs.push(corefMention(doc, d.start, d.end, target.kind));
    if (target === appos && d.head === 'role') scene.traits(target).roles.add(d.headWord);
    if (target === appos && d.head === 'cleric') scene.traits(target).cleric = true;
    i = d.next - 1;
  }
}

type PeopleBySentence = Map<number, { start: number; cluster: Cluster }[]>;

/** Person mentions (names and descriptions) grouped by sentence. */
function indexPeople(doc: Doc, clusters: readonly Cluster[]): PeopleBySentence {
  const out: PeopleBySentence = new Map();
  for (const c of clusters) {
    if (c.kind !== 'person') continue;
    for (const m of [...c.names.map((n) => n.mention), ...c.corefs]) {
      const s = doc.tokens[tokenIndexAtOrAfter(doc.tokens, m.start)]?.sentence ?? -1;
      const list = out.get(s);
      if (list) list.push({ start: m.start, cluster: c });
      else out.set(s, [{ start: m.start, cluster: c }]);
    }
  }
  return out;
}

function peopleIn(index: PeopleBySentence, sentence: number, before: number): Set<Cluster> {
  const out = new Set<Cluster>();
  for (const p of index.get(sentence) ?? []) if (p.start < before) out.add(p.cluster);
  return out;
}

/** 1 for tokens inside a name mention of any entity. */
function coverNames(doc: Doc, clusters: readonly Cluster[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const c of clusters) {
    for (const n of c.names) {
      const from = tokenIndexAtOrAfter(doc.tokens, n.mention.start);
      for (let t = from; t < doc.tokens.length && doc.tokens[t]!.start < n.mention.end; t++) covered[t] = 1;
    }
  }
  return covered;
}

/**
 * Two capitalised words in a row that no mention covers (not at the sentence start) are
 * likely a name the recogniser missed: then "the one person in view" is not safe.
 */
function hasUnknownName(doc: Doc, covered: Uint8Array, sentence: number, before: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let run = 0;
  for (let t = s.tokenStart + 1; t < Math.min(s.tokenEnd, before); t++) {
    run = !covered[t] && /^\p{Lu}\p{Ll}/u.test(doc.tokens[t]!.text) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

type Gender = 'm' | 'f';
const MALE_TITLE =
  /^(mr|sir|king|prince|sheikh|sheik|shaykh|sayyed|sayyid|ayatollah|father|lord|emir|sultan)\b/i;
const FEMALE_TITLE = /^(mrs|ms|miss|mme|madam|queen|princess|lady|dame|sheikha|sayyida)\b/i;

/** Gender from a title written before a name ("Mr Trump", "Mrs Clinton"); unknown otherwise. */
function genderFromTitles(c: Cluster): Gender | undefined {
  for (const n of c.names) {
    if (MALE_TITLE.test(n.mention.text)) return 'm';
    if (FEMALE_TITLE.test(n.mention.text)) return 'f';
  }
  return undefined;
}

/**
 * A pronoun goes to the one person in view (earlier in its sentence, else in the sentence
 * before) whose gender does not contradict it; the first pronoun fixes an unknown gender.
 */
function attachPronouns(doc: Doc, clusters: readonly Cluster[]): void {
  // most articles' pronouns are few: the person index and name cover are built at the first
  let index: PeopleBySentence | undefined;
  let covered: Uint8Array | undefined;
  const gender = new Map<Cluster, Gender | undefined>();
  const genderOf = (c: Cluster): Gender | undefined => {
    if (!gender.has(c)) gender.set(c, genderFromTitles(c));
    return gender.get(c);
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i]!;
    // every pronoun is he/him/his/she/her: short, starting with an h or an s
    if (tok.text.length > 3) continue;
    const first = tok.text.charCodeAt(0) | 32;
    if (first !== 104 && first !== 115) continue;
    const word = tok.text.toLowerCase();
    if (!PRONOUNS.has(word)) continue;
    index ??= indexPeople(doc, clusters);
    const g: Gender = word === 'she' || word === 'her' ? 'f' : 'm';
    const fits = (c: Cluster) => genderOf(c) !== (g === 'm' ? 'f' : 'm');
    let people = [...peopleIn(index, tok.sentence, tok.start)].filter(fits);
    let view = tok.sentence;
    if (people.length === 0) {
      people = [...peopleIn(index, tok.sentence - 1, Number.POSITIVE_INFINITY)].filter(fits);
      view = tok.sentence - 1;
    }
    if (people.length !== 1) continue;
    covered ??= coverNames(doc, clusters);
    if (hasUnknownName(doc, covered, view, i)) continue;
    const person = people[0]!;
    if (!genderOf(person)) gender.set(person, g);
    person.corefs.push(corefMention(doc, tok.start, tok.end, 'person'));
  }
}

/** Adds description and pronoun coref mentions to the clusters (in place). */
export function attachCoreference(doc: Doc, clusters: readonly Cluster[], capital: string[]): void {
  const owners = new Map<number, Cluster>();
  for (const c of clusters) for (const n of c.names) owners.set(n.mention.start, c);
  const known = new Map<Cluster, Traits>();
  const traits = (c: Cluster): Traits => {
    let t = known.get(c);
    if (!t) {
      t = findTraits(c, doc.tokens, doc.published ?? undefined);
      known.set(c, t);
    }
    return t;
  };
  const capitalKeys = new Set(capital.map((n) => keyWords(n).join(' ')));
  const timeline = clusters
    .flatMap((c) => c.names.map((n) => ({ start: n.mention.start, cluster: c })))
    .sort((a, b) => a.start - b.start);
  attachDescriptions(doc, { clusters, traits, owners, capitalKeys, timeline });
  attachPronouns(doc, clusters);
}
