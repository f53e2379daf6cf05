// Appositions and titles read as facts about the entities: holds_role ("the Iraqi Prime
// Minister, Mustafa Al-Kazemi"), adviser_to ("al-Sadr's adviser X"), member_of / leader_of
// ("member of the Parliamentary Energy Committee", "the former deputy of the Sadrist
// Movement, X"), affiliated_with ("X, affiliated to Y"), backed_by ("Iran-backed X"). Each
// relation keeps its sentence as evidence. Roles are not entities: their object is a string
// "role:Prime Minister of Iraq".
import type { Doc, Mention } from '../document.ts';
import { type Cluster, describeName, newCluster } from './cluster.ts';
import { findCountryByWord } from './country-words.ts';
import { tokenIndexAtOrAfter } from './define-acronyms.ts';
import { trailingComma, trailingWord } from './trailing-word.ts';

export interface PendingRelation {
  type: string;
  subject: Cluster;
  object: Cluster | string;
  sentence: number;
}

export interface RelationScene {
  doc: Doc;
  clusters: Cluster[];
  /** name mention start → its cluster */
  owners: Map<number, Cluster>;
  /** name mention end → its cluster */
  enders: Map<number, Cluster>;
  /** finds or makes the entity standing for a country's government (or the country) */
  countryEntity(countryWord: string, at: Mention): Cluster | undefined;
}

const ROLE =
  'prime minister|deputy prime minister|foreign minister|defen[cs]e minister|interior minister|oil minister|' +
  'finance minister|minister of [A-Z][a-z]+(?: [A-Z][a-z]+)?|minister|vice president|president|' +
  'speaker of parliament|speaker|mp|lawmaker|member of parliament|spokesman|spokesperson|commander|governor|' +
  'ambassador|envoy|secretary[- ]general';
const TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:the|an?)\s+)?(former\s+)?(?:([\p{L}.]+)\s+)?(${ROLE})\s*,?\s*$`,
  'iu',
);
const TITLE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:the\s+|an?\s+)?(former\s+)?(?:([\p{L}.]+)\s+)?(${ROLE})\b`,
  'iu',
);
const POSSESSIVE_AIDE = /['’]s\s+(?:(?:senior|top|political|chief)\s+)?(adviser|advisor|aide)\s*,?\s*$/i;
const GROUP_ROLE_BEFORE =
  /\b(member|deputy|official|leader|head|commander|chief|founder|spokesman|secretary[- ]general) (?:of|for) (?:the )?(?:[\p{L}’'-]+ ){0,3}$/iu;
const GROUP_POST_BEFORE =
  /(?:['’]s)?\s+(?:(?:senior|top|chief|military|political|deputy)\s+)?(leader|chief|head|commander|founder|secretary[- ]general|spokesman|spokesperson|official|member)\s*,?\s*$/i;
const GROUP_ROLE_AFTER =
  /\b(member|deputy|official|leader|head|commander|chief|founder|spokesman|secretary[- ]general) (?:of|for) (?:the )?/giu;
const ADVISER_AFTER = /\b(?:adviser|advisor|aide) to (?:the )?/giu;
const AFFILIATED_AFTER =
  /^\s*,?\s*(?:(affiliated|allied|aligned|linked) (?:to|with)|(backed|supported|funded|armed) by) /i;
const COMPOUND = /^([\p{L}.]+)-(backed|supported|sponsored|funded|linked|aligned|allied|affiliated)$/u;
const LEADS = /^(leader|head|commander|chief|founder|secretary[- ]general)$/i;

const ROLE_LAST_WORDS = new Set(
  'minister president speaker parliament mp lawmaker spokesman spokesperson commander governor ambassador envoy general secretary-general'.split(
    ' ',
  ),
);

/** A cheap test before the title pattern: does the text end with a word a role ends with? */
function endsWithRoleWord(before: string): boolean {
  return ROLE_LAST_WORDS.has(trailingWord(before.slice(-40)));
}

const AIDE_WORDS = new Set(['adviser', 'advisor', 'aide']);
const POST_WORDS = new Set(
  'leader chief head commander founder secretary-general general spokesman spokesperson official member'.split(
    ' ',
  ),
);
const OFFICE_WORDS = new Set(
  (
    'prime state deputy vice acting foreign defence defense interior finance oil health education justice ' +
    'trade economy energy transport culture labour labor water electricity agriculture industry mining ' +
    'environment information communications housing planning security'
  ).split(' '),
);

/**
 * "role:Prime Minister of Iraq". The word before the title is the country when it names one
 * ("Iraqi"), else part of the title when it names an office ("State Minister", "Prime Minister").
 */
function formatRole(title: string, before: string | undefined): string {
  const country = before ? findCountryByWord(before) : undefined;
  if (!country && before && OFFICE_WORDS.has(before.toLowerCase())) {
    title = `${before} ${title}`;
  }
  const words = /^(mp|lawmaker|member of parliament)$/i.test(title)
    ? 'Member of Parliament'
    : title
        .toLowerCase()
        .split(' ')
        .map((w) => (w === 'of' ? w : w[0]!.toUpperCase() + w.slice(1)))
        .join(' ');
  if (!country) return `role:${words}`;
  return /^minister of /i.test(title)
    ? `role:${words} (${country.name})`
    : `role:${words} of ${country.name}`;
}

/** The first named entity starting within `maxTokens` tokens of `offset`, in the same sentence. */
function nextEntity(
  scene: RelationScene,
  offset: number,
  sentence: number,
  maxTokens = 6,
): Cluster | undefined {
  const { tokens } = scene.doc;
  const i = tokenIndexAtOrAfter(tokens, offset);
  for (let k = i; k < i + maxTokens && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const c = scene.owners.get(tokens[k]!.start);
    if (c) return c;
  }
  return undefined;
}

/** A capitalised run after "member of the" that the recogniser missed becomes an organisation. */
function makeOrganization(scene: RelationScene, offset: number, sentence: number): Cluster | undefined {
  const { tokens, text } = scene.doc;
  let k = tokenIndexAtOrAfter(tokens, offset);
  const first = k;
  while (k < tokens.length && tokens[k]!.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text)) k++;
  if (k - first < 2) return undefined;
  const start = tokens[first]!.start;
  const end = tokens[k - 1]!.end;
  const mention: Mention = {
    start,
    end,
    text: text.slice(start, end),
    kind: 'organization',
    source: 'pattern',
  };
  const c = newCluster(describeName(mention));
  scene.clusters.push(c);
  scene.owners.set(start, c);
  scene.enders.set(end, c);
  return c;
}

function groupRelation(word: string): string {
  return LEADS.test(word) ? 'leader_of' : 'member_of';
}

function fromBefore(
  scene: RelationScene,
  m: Mention,
  c: Cluster,
  sentence: number,
  out: PendingRelation[],
): void {
  const s = scene.doc.sentences[sentence]!;
  const before = scene.doc.text.slice(Math.max(s.start, m.start - 120), m.start);
  const title = c.kind === 'person' && endsWithRoleWord(before) ? TITLE_BEFORE.exec(before) : null;
  if (title && !title[1])
    out.push({ type: 'holds_role', subject: c, object: formatRole(title[3]!, title[2]), sentence });
  // the patterns below end with a role word: a cheap look at the last word rules most out
  const last = c.kind === 'person' ? trailingWord(before) : '';
  const aide = AIDE_WORDS.has(last) ? POSSESSIVE_AIDE.exec(before) : null;
  if (aide) {
    const boss = scene.enders.get(m.start - (before.length - aide.index));
    if (boss && boss !== c) out.push({ type: 'adviser_to', subject: c, object: boss, sentence });
  }
  // "Hezbollah leader Hassan Nasrallah", "the movement's spokesman X"
  const post = POST_WORDS.has(last) ? GROUP_POST_BEFORE.exec(before) : null;
  const group = post ? scene.enders.get(m.start - (before.length - post.index)) : undefined;
  if (post && group && group !== c && group.kind === 'organization') {
    out.push({ type: groupRelation(post[1]!), subject: c, object: group, sentence });
  }
  // "the former deputy of the Shia Sadrist Movement, Hakim Al-Zamili"
  const comma = trailingComma(before);
  const org = comma >= 0 ? scene.enders.get(m.start - (before.length - comma)) : undefined;
  if (org && org !== c && org.kind === 'organization') {
    const orgStart = org.names.find((n) => n.mention.end === m.start - (before.length - comma))!.mention
      .start;
    const role = GROUP_ROLE_BEFORE.exec(scene.doc.text.slice(Math.max(s.start, orgStart - 80), orgStart));
    if (role) out.push({ type: groupRelation(role[1]!), subject: c, object: org, sentence });
  }
}

/** The apposition after a name: up to the next comma that is not inside it, or the sentence end. */
function appositionAfter(scene: RelationScene, m: Mention, sentence: number): string {
  const s = scene.doc.sentences[sentence]!;
  const rest = scene.doc.text.slice(m.end, Math.min(s.end, m.end + 200));
  const firstComma = /^\s*,/.exec(rest);
  if (!firstComma) return rest;
  const next = rest.indexOf(',', firstComma[0].length);
  return next < 0 ? rest : rest.slice(0, next);
}

function fromAfter(
  scene: RelationScene,
  m: Mention,
  c: Cluster,
  sentence: number,
  out: PendingRelation[],
): void {
  const appos = appositionAfter(scene, m, sentence);
  const title = c.kind === 'person' ? TITLE_AFTER.exec(appos) : null;
  if (title && !title[1])
    out.push({ type: 'holds_role', subject: c, object: formatRole(title[3]!, title[2]), sentence });
  const isAppos = /^\s*,/.test(appos);
  if (isAppos && c.kind === 'person') {
    for (const g of appos.matchAll(GROUP_ROLE_AFTER)) {
      const at = m.end + g.index + g[0].length;
      const org = nextEntity(scene, at, sentence, 2) ?? makeOrganization(scene, at, sentence);
      if (org && org !== c) out.push({ type: groupRelation(g[1]!), subject: c, object: org, sentence });
    }
    for (const g of appos.matchAll(ADVISER_AFTER)) {
      const boss = nextEntity(scene, m.end + g.index + g[0].length, sentence, 2);
      if (boss && boss !== c) out.push({ type: 'adviser_to', subject: c, object: boss, sentence });
    }
  }
  const aff = AFFILIATED_AFTER.exec(appos);
  if (aff) {
    const other = nextEntity(scene, m.end + aff[0].length, sentence);
    const type = aff[1] ? 'affiliated_with' : 'backed_by';
    if (other && other !== c) out.push({ type, subject: c, object: other, sentence });
  }
}

/** "Iran-backed Shia cleric X": X backed_by Iran; "Hezbollah-linked X": affiliated_with. */
function fromCompounds(scene: RelationScene, out: PendingRelation[]): void {
  const { tokens } = scene.doc;
  tokens.forEach((tok, i) => {
    if (tok.text.indexOf('-') < 1) return;
    const cm = COMPOUND.exec(tok.text);
    if (!cm) return;
    const subject = nextEntity(scene, tokens[i + 1]?.start ?? tok.end, tok.sentence, 5);
    if (!subject) return;
    const at: Mention = {
      start: tok.start,
      end: tok.start + cm[1]!.length,
      text: cm[1]!,
      kind: 'location',
      source: 'coref',
      coref: true,
    };
    const object = scene.owners.get(tok.start) ?? scene.countryEntity(cm[1]!, at);
    if (!object || object === subject) return;
    const type = /backed|supported|sponsored|funded/.test(cm[2]!) ? 'backed_by' : 'affiliated_with';
    out.push({ type, subject, object, sentence: tok.sentence });
  });
}

/** All relations the article states, without duplicates. */
export function extractRelations(scene: RelationScene): PendingRelation[] {
  const out: PendingRelation[] = [];
  const named = scene.clusters.flatMap((c) => c.names.map((n) => ({ m: n.mention, c })));
  for (const { m, c } of named) {
    if (c.kind === 'location') continue;
    const sentence = scene.doc.tokens[tokenIndexAtOrAfter(scene.doc.tokens, m.start)]?.sentence;
    if (sentence === undefined) continue;
    fromBefore(scene, m, c, sentence, out);
    fromAfter(scene, m, c, sentence, out);
  }
  fromCompounds(scene, out);
  const seen = new Set<string>();
  const index = new Map(scene.clusters.map((c, i) => [c, i]));
  return out.filter((r) => {
    const obj = typeof r.object === 'string' ? r.object : index.get(r.object);
    const key = `${r.type}|${index.get(r.subject)}|${obj}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
