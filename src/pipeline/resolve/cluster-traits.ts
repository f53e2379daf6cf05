// What the article and the knowledge base say an entity is (a cleric, an armed group, a
// movement, the holder of some office): the evidence a description such as "the cleric" or
// "the armed group" needs before it may refer to the entity.
import type { Token } from '../document.ts';
import type { Cluster } from './cluster.ts';
import { tokenIndexAtOrAfter } from './define-acronyms.ts';
import { isActiveAt } from './link-actors.ts';

export interface Traits {
  cleric: boolean;
  armed: boolean;
  movement: boolean;
  /** media, government, NGO: never "the group" */
  civil: boolean;
  /** lower-case office words: "minister", "president", "mp", … */
  roles: Set<string>;
}

export const CLERIC_WORDS = new Set(
  'cleric clergyman preacher sheikh shaykh sayyed sayyid ayatollah imam hojatoleslam mullah'.split(' '),
);
export const ROLE_WORDS = new Set(
  (
    'minister president premier lawmaker mp spokesman spokesperson commander leader governor ' +
    'ambassador envoy speaker adviser advisor chief deputy'
  ).split(' '),
);
const ARMED_SUBTYPE = /armed|militia|rebel|insurg|military|paramilit|jihad|terror|state_force|police/;
const ARMED_NAME =
  /\b(brigades?|companies|forces|army|battalions?|front|corps|guards?|units|militias?|hezbollah|hizballah|hizbullah|kata'?ib|asa'?ib|saraya|jaish|liwa|hashd|mobili[sz]ation|qaeda|isis|isil|daesh|shabaab|houthis?)\b/i;
const CIVIL_NAME =
  /\b(wire|news|times|post|tv|television|agency|press|radio|channel|network|journal|herald|gazette|tribune|daily|monitor|observatory|ministry|court|university|bank|company|corporation|senate|parliament|council|committee|assembly|congress|traffic|airport|airlines?|school|hospital)\b/i;
const MOVEMENT_SUBTYPE = /party|movement|political/;
const CIVIL_SUBTYPE = /media|government|ngo|international|civil|business|company/;

function addWords(into: Set<string>, text: string): void {
  const words = text.toLowerCase().split(/[\s,.-]+/);
  words.forEach((w, i) => {
    if (ROLE_WORDS.has(w)) into.add(roleKey(words[i - 1], w));
  });
}

/** "prime minister" is its own office; any other minister is just "minister". */
export function roleKey(previous: string | undefined, word: string): string {
  return word === 'minister' && previous === 'prime'
    ? 'prime minister'
    : word === 'premier'
      ? 'prime minister'
      : word;
}

/** Traits from the KB entry, the names themselves and the words just before each name. */
export function findTraits(c: Cluster, tokens: readonly Token[], date: string | undefined): Traits {
  const t: Traits = { cleric: false, armed: false, movement: false, civil: false, roles: new Set() };
  const actor = c.link?.actor;
  const subtype = actor?.subtype ?? c.synthetic?.subtype ?? '';
  if (c.kind === 'organization') {
    t.armed = ARMED_SUBTYPE.test(subtype) || c.names.some((n) => ARMED_NAME.test(n.surface));
    t.civil = CIVIL_SUBTYPE.test(subtype) || c.names.some((n) => CIVIL_NAME.test(n.surface));
    t.movement = MOVEMENT_SUBTYPE.test(subtype) || c.names.some((n) => /\bmovement\b/i.test(n.surface));
    return t;
  }
  t.cleric = /religious|cleric/.test(subtype);
  for (const r of actor?.roles ?? []) if (isActiveAt(r.from, r.to, date)) addWords(t.roles, r.title);
  for (const n of c.names) {
    addWords(t.roles, n.title);
    if (n.title.split(' ').some((w) => CLERIC_WORDS.has(w))) t.cleric = true;
    const i = tokenIndexAtOrAfter(tokens, n.mention.start);
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const w = tokens[k]!.text.toLowerCase();
      if (tokens[k]!.sentence !== tokens[i]?.sentence) continue;
      if (CLERIC_WORDS.has(w)) t.cleric = true;
      if (ROLE_WORDS.has(w)) t.roles.add(roleKey(tokens[k - 1]?.text.toLowerCase(), w));
    }
  }
  return t;
}
