// Which earlier clusters a name could possibly join, without comparing it to every cluster:
// any join shares a word, the space-free spelling, the transliteration skeleton, a surname
// skeleton or the linked actor. Keeps clustering linear in the number of names.

import { memoizeString } from '../../knowledge/match/bounded-memo.ts';
import { skeletonKey } from '../../knowledge/match/skeleton-key.ts';
import { type Cluster, liveCluster, type NameInfo } from './cluster.ts';

/** Words too common in organisation names to narrow anything down. */
const COMMON = new Set(['of', 'and', 'for', 'in', 'on', 'to', 'de', 'la', 'le', 'du', 'des']);

const surnameKey = memoizeString(skeletonKey);

function lookupKeys(info: NameInfo): string[] {
  const out: string[] = [];
  for (const w of info.words) if (!COMMON.has(w)) out.push(w);
  if (info.compact) out.push(`#c${info.compact}`);
  if (info.words.length >= 2) out.push(`#s${info.skeleton}`);
  const last = info.words[info.words.length - 1];
  if (last && last.length >= 5) out.push(`#k${surnameKey(last)}`);
  if (info.link) out.push(`#r${info.link.actor.id}`);
  return out;
}

export class NameLookup {
  private readonly byKey = new Map<string, Cluster[]>();
  private readonly order = new Map<Cluster, number>();
  /** each name's keys, made once (a name is looked up, then registered; links are set by then) */
  private readonly keysOf = new Map<NameInfo, string[]>();

  private keys(info: NameInfo): string[] {
    let keys = this.keysOf.get(info);
    if (!keys) {
      keys = lookupKeys(info);
      this.keysOf.set(info, keys);
    }
    return keys;
  }

  register(info: NameInfo, c: Cluster): void {
    if (!this.order.has(c)) this.order.set(c, this.order.size);
    for (const k of this.keys(info)) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    }
  }

  /** Live clusters sharing a lookup key with the name, oldest first. */
  candidates(info: NameInfo): Cluster[] {
    let found: Set<Cluster> | undefined;
    for (const k of this.keys(info)) {
      const list = this.byKey.get(k);
      if (!list) continue;
      found ??= new Set();
      for (const c of list) found.add(liveCluster(c));
    }
    if (!found) return [];
    const out = [...found];
    if (out.length > 1) out.sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    return out;
  }
}
