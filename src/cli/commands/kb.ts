// `marsad kb lookup NAME` (actors) and `marsad kb lookup --place NAME` (gazetteer): the
// knowledge base's candidates for a surface form, with match scores; `--json` for scripts.
import type { Command } from 'commander';
import { getKnowledge, readConfig } from '../../app/runtime.ts';
import { MarsadFailure } from '../../domain/errors.ts';
import { rankActorCandidates } from '../../knowledge/actors/actor-index.ts';
import { writeActorKeys } from '../../knowledge/actors/load-actors.ts';
import type { Actor, Candidate, Knowledge, Place } from '../../knowledge/types.ts';
import { writeOut } from '../io.ts';

interface LookupOptions {
  place?: boolean;
  json?: boolean;
  limit: string;
  country?: string;
  date?: string;
}

export function registerKb(program: Command): void {
  const kb = program.command('kb').description('inspect the knowledge base (actors and gazetteer)');
  kb.command('lookup')
    .description('candidates for a name, with scores (actors by default)')
    .argument('<name...>', 'the name as written, e.g. "Kataib Hizballah"')
    .option('--place', 'look the name up in the gazetteer instead of the actors')
    .option('--json', 'print the candidates as JSON')
    .option('--limit <n>', 'at most this many candidates', '10')
    .option('--country <cc>', 'rank actors for an article from this country (ISO alpha-2)')
    .option('--date <yyyy-mm-dd>', "rank actors for an article of this date (persons' roles)")
    .action(async (words: string[], opts: LookupOptions) => {
      const name = words.join(' ');
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) {
        throw new MarsadFailure({
          code: 'invalid_input',
          message: `--limit must be a positive integer, not ${opts.limit}`,
        });
      }
      const t0 = performance.now();
      const knowledge = getKnowledge(readConfig());
      const loadMs = performance.now() - t0;
      const out = opts.place
        ? lookupPlace(knowledge, name, limit)
        : lookupActor(knowledge, name, limit, opts);
      const { lines, ...result } = out;
      const json = JSON.stringify({ query: name, loadMs: round(loadMs), ...result }, null, 2);
      await writeOut(`${opts.json ? json : lines.join('\n')}\n`);
    });
  kb.command('build-keys')
    .description('precompute the actor name keys into knowledge/build/actor-keys.json (faster start-up)')
    .action(async () => {
      const path = writeActorKeys(readConfig().knowledgeDir);
      await writeOut(`wrote ${path}\n`);
    });
  kb.command('stats')
    .description('sizes of the loaded knowledge base and its load time')
    .action(async () => {
      const t0 = performance.now();
      const k = getKnowledge(readConfig());
      const loadMs = round(performance.now() - t0);
      const stats = { version: k.version, actorNames: k.actors.size, placeNames: k.gazetteer.size, loadMs };
      await writeOut(`${JSON.stringify(stats)}\n`);
    });
}

interface LookupResult {
  kind: 'actor' | 'place';
  candidates: unknown[];
  lines: string[];
}

function lookupActor(k: Knowledge, name: string, limit: number, opts: LookupOptions): LookupResult {
  const found = k.actors.findCandidates(name, limit);
  const ranked = rankActorCandidates(found, {
    ...(opts.country ? { country: opts.country.toUpperCase() } : {}),
    ...(opts.date ? { date: opts.date } : {}),
  });
  const lines = [header(name, ranked.length, 'actor')];
  for (const c of ranked) {
    const a = c.item;
    const what = [a.kind, a.subtype, a.country].filter(Boolean).join(', ');
    const flags = c.ambiguous ? ' AMBIGUOUS' : '';
    lines.push(
      `  ${fmt(c.score)} ${c.how.padEnd(10)} conf ${fmt(c.confidence)}${flags}  ${a.name} (${what})  ${a.id}${via(c, a.name)}`,
    );
  }
  const candidates = ranked.map((c) => ({
    id: c.item.id,
    name: c.item.name,
    kind: c.item.kind,
    subtype: c.item.subtype,
    country: c.item.country,
    score: c.score,
    how: c.how,
    matched: c.matched,
    adjusted: c.adjusted,
    confidence: c.confidence,
    ambiguous: c.ambiguous,
    reasons: c.reasons,
  }));
  return { kind: 'actor', candidates, lines };
}

function lookupPlace(k: Knowledge, name: string, limit: number): LookupResult {
  const found = k.gazetteer.findCandidates(name, limit);
  const lines = [header(name, found.length, 'place')];
  const candidates = found.map((c) => {
    const p = c.item;
    const admin1 = p.admin1 ?? k.gazetteer.getAncestors(p).find((a) => a.kind === 'admin1')?.name;
    const where = [p.kind, admin1, p.country].filter(Boolean).join(', ');
    const at = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
    lines.push(`  ${fmt(c.score)} ${c.how.padEnd(10)} ${p.name} (${where}) @${at}  ${p.id}${via(c, p.name)}`);
    return {
      id: p.id,
      name: p.name,
      kind: p.kind,
      country: p.country,
      admin1,
      lat: p.lat,
      lon: p.lon,
      ...scoreOf(c),
    };
  });
  return { kind: 'place', candidates, lines };
}

function scoreOf(c: Candidate<Actor | Place>): { score: number; how: string; matched: string } {
  return { score: c.score, how: c.how, matched: c.matched };
}

function header(name: string, n: number, kind: string): string {
  return n ? `"${name}": ${n} ${kind} candidate${n > 1 ? 's' : ''}` : `"${name}": no ${kind} matches`;
}

function via(c: Candidate<Actor | Place>, canonical: string): string {
  return c.matched === canonical ? '' : `  via "${c.matched}"`;
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
