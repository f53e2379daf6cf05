// The shape and the cross-entry rules of the hand-written actor data (knowledge/actors/*.json).
// Validation happens once, at the edge (tests, knowledge build); the runtime trusts typed data.
// Errors are returned as data so a caller can report every problem of a file at once.
//
// Conventions the data follows (and the rules below enforce where they can):
// - `name` is the canonical English name the project links to; states use the ACLED style
//   ("Military Forces of Iraq", "Police Forces of Iraq", "Government of Iraq").
// - `aliases` list every common Latin-script spelling; no two actors share one, except a bare
//   surname shared by people whose canonical names contain it ("al-Hakim", "Sadr"), because
//   telling those apart is the matcher's job (dates of roles, context), not the data's.
// - Aliases of under 3 letters are all-caps initialisms ("KH", "IS"); lower-case short words
//   would match ordinary text.
// - Tenures are dated only when the date is publicly documented; an open `to` means current.
import { z } from 'zod';
import type { Actor } from '../types.ts';

export const AFFILIATION_TYPES = [
  'leader_of',
  'member_of',
  'affiliated_with',
  'backed_by',
  'adviser_to',
  'splinter_of',
  'part_of',
  'successor_of',
] as const;

const PERSON_SUBTYPE_LIST = [
  'official',
  'politician',
  'military_officer',
  'militant_leader',
  'cleric',
  'royal',
  'activist',
  'journalist',
  'analyst',
] as const;

/** Subtypes that describe a person; every other subtype describes an organisation. */
export const PERSON_SUBTYPES: ReadonlySet<string> = new Set(PERSON_SUBTYPE_LIST);

export const ACTOR_SUBTYPES = [
  'armed_group',
  'militia_coalition',
  'state_force',
  'police',
  'intelligence',
  'government',
  'party',
  'movement',
  'coalition',
  'international',
  'media',
  'religious',
  ...PERSON_SUBTYPE_LIST,
  'civilian_group',
  'ngo',
] as const;

export const ACTOR_ID_PATTERN = /^actor:[a-z0-9-]+$/;
/** YYYY, YYYY-MM or YYYY-MM-DD: a tenure is often known only to the year or month. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const partialDate = z.string().regex(PARTIAL_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

const datedRoleSchema = z.strictObject({
  title: nonEmpty,
  of: nonEmpty.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
});

const affiliationSchema = z.strictObject({
  type: z.enum(AFFILIATION_TYPES),
  target: z.string().regex(ACTOR_ID_PATTERN, 'expected an actor id like actor:saraya-al-salam'),
  from: partialDate.optional(),
  to: partialDate.optional(),
  note: nonEmpty.optional(),
});

export const actorSchema = z.strictObject({
  id: z.string().regex(ACTOR_ID_PATTERN, 'expected actor:<kebab-case-name>'),
  name: nonEmpty,
  kind: z.enum(['person', 'organization']),
  subtype: z.enum(ACTOR_SUBTYPES),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional(),
  aliases: z.array(nonEmpty),
  scriptNames: z.array(nonEmpty).optional(),
  roles: z.array(datedRoleSchema).optional(),
  affiliations: z.array(affiliationSchema).optional(),
  source: nonEmpty,
});

export type ActorIssueCode =
  | 'invalid_entry'
  | 'duplicate_id'
  | 'subtype_kind'
  | 'unknown_target'
  | 'date_order'
  | 'duplicate_alias'
  | 'shared_alias'
  | 'short_alias';

export interface ActorIssue {
  code: ActorIssueCode;
  /** index of the entry in the input, then the field path */
  path: (string | number)[];
  message: string;
}

export interface ActorValidation {
  /** the entries that passed the schema (cross-entry issues do not remove entries) */
  actors: Actor[];
  issues: ActorIssue[];
}

/** Checks every entry against the schema, then the rules that span entries. */
export function validateActors(entries: readonly unknown[]): ActorValidation {
  const issues: ActorIssue[] = [];
  const valid: { index: number; actor: Actor }[] = [];
  entries.forEach((entry, index) => {
    const parsed = actorSchema.safeParse(entry);
    if (parsed.success) valid.push({ index, actor: parsed.data });
    else
      for (const issue of parsed.error.issues)
        issues.push({
          code: 'invalid_entry',
          path: [index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
          message: issue.message,
        });
  });
  const ids = checkIds(valid, issues);
  checkReferencesAndDates(valid, ids, issues);
  checkAliases(valid, issues);
  return { actors: valid.map((v) => v.actor), issues };
}

type IndexedActor = { index: number; actor: Actor };

function checkIds(valid: IndexedActor[], issues: ActorIssue[]): Set<string> {
  const ids = new Set<string>();
  for (const { index, actor } of valid) {
    if (ids.has(actor.id))
      issues.push({ code: 'duplicate_id', path: [index, 'id'], message: `id ${actor.id} is used twice` });
    ids.add(actor.id);
    if (PERSON_SUBTYPES.has(actor.subtype) !== (actor.kind === 'person'))
      issues.push({
        code: 'subtype_kind',
        path: [index, 'subtype'],
        message: `subtype ${actor.subtype} does not describe a ${actor.kind}`,
      });
  }
  return ids;
}

function checkReferencesAndDates(valid: IndexedActor[], ids: Set<string>, issues: ActorIssue[]): void {
  for (const { index, actor } of valid) {
    actor.affiliations?.forEach((a, i) => {
      if (!ids.has(a.target))
        issues.push({
          code: 'unknown_target',
          path: [index, 'affiliations', i, 'target'],
          message: `${actor.id} points at ${a.target}, which no entry defines`,
        });
      if (isReversed(a.from, a.to)) issues.push(dateIssue([index, 'affiliations', i], a.from, a.to));
    });
    actor.roles?.forEach((r, i) => {
      if (r.of?.startsWith('actor:') && !ids.has(r.of))
        issues.push({
          code: 'unknown_target',
          path: [index, 'roles', i, 'of'],
          message: `${actor.id} holds a role of ${r.of}, which no entry defines`,
        });
      if (isReversed(r.from, r.to)) issues.push(dateIssue([index, 'roles', i], r.from, r.to));
    });
  }
}

/** Partial dates compare correctly as strings once cut to the shorter precision. */
function isReversed(from?: string, to?: string): boolean {
  if (!from || !to) return false;
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) > to.slice(0, n);
}

function dateIssue(path: (string | number)[], from?: string, to?: string): ActorIssue {
  return { code: 'date_order', path, message: `tenure starts (${from}) after it ends (${to})` };
}

const ALIAS_MARKS = /[\u0300-\u036f\u02bb\u02bc\u02be\u02bf\u2018\u2019'`´ʿʾ]/g;
const ARTICLES = new Set(['al', 'el', 'as', 'ad', 'ash', 'an', 'ar', 'at', 'az', 'ath', 'adh', 'es']);

/** A deliberately plain fold (case, diacritics, apostrophes, separators) for collision checks. */
export function foldAliasKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(ALIAS_MARKS, '')
    .toLowerCase()
    .replace(/[-‐‑–—_.,()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "al-Hakim" or "Hakim" naming a person whose canonical name contains that word. */
function isSurnameOf(key: string, actor: Actor): boolean {
  if (actor.kind !== 'person') return false;
  const tokens = key.split(' ');
  const word = tokens.length === 2 && ARTICLES.has(tokens[0]!) ? tokens[1]! : tokens.join(' ');
  if (word.includes(' ')) return false;
  return foldAliasKey(actor.name)
    .split(' ')
    .filter((t) => !ARTICLES.has(t))
    .includes(word);
}

function checkAliases(valid: IndexedActor[], issues: ActorIssue[]): void {
  const owners = new Map<string, IndexedActor[]>();
  for (const entry of valid) {
    const { index, actor } = entry;
    const seen = new Set<string>();
    [actor.name, ...actor.aliases].forEach((alias, i) => {
      const path = i === 0 ? [index, 'name'] : [index, 'aliases', i - 1];
      const key = foldAliasKey(alias);
      if (seen.has(key)) {
        issues.push({
          code: 'duplicate_alias',
          path,
          message: `"${alias}" repeats another name of ${actor.id}`,
        });
        return;
      }
      seen.add(key);
      if (isBadShortAlias(alias))
        issues.push({
          code: 'short_alias',
          path,
          message: `"${alias}" is shorter than 3 letters and not an all-caps initialism`,
        });
      const list = owners.get(key);
      if (list) list.push(entry);
      else owners.set(key, [entry]);
    });
  }
  for (const [key, list] of owners) {
    if (list.length < 2 || list.every((e) => isSurnameOf(key, e.actor))) continue;
    issues.push({
      code: 'shared_alias',
      path: [list[1]!.index, 'aliases'],
      message: `"${key}" names ${list.map((e) => e.actor.id).join(' and ')}; only a surname may be shared`,
    });
  }
}

function isBadShortAlias(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length < 3 && !/^\p{Lu}+$/u.test(letters);
}
