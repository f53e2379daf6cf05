// `marsad events --format jsonl|csv|geojson`: stored events with their sources.
import { type Command, Option } from 'commander';
import { EVENT_FORMATS, type EventFormat, exportEvents } from '../../app/query-service.ts';
import { openStore, readConfig } from '../../app/runtime.ts';
import type { IsoDate } from '../../domain/contract.ts';
import { MarsadFailure } from '../../domain/errors.ts';
import type { EventFilter } from '../../store/store.ts';
import { DB_OPTION, dbOverride } from '../db-option.ts';
import { writeOut } from '../io.ts';

interface EventFlags {
  db?: string;
  format: EventFormat;
  from?: string;
  to?: string;
  type?: string;
  subtype?: string;
  actor?: string;
  place?: string;
  bbox?: string;
  q?: string;
  limit?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function toFilter(f: EventFlags): EventFilter {
  const filter: EventFilter = {};
  for (const key of ['from', 'to'] as const) {
    const v = f[key];
    if (v === undefined) continue;
    if (!DAY.test(v))
      throw new MarsadFailure({ code: 'invalid_input', message: `--${key} expects YYYY-MM-DD` });
    filter[key] = v as IsoDate;
  }
  for (const key of ['type', 'subtype', 'actor', 'place', 'q'] as const) if (f[key]) filter[key] = f[key];
  if (f.bbox) {
    const b = f.bbox.split(',').map(Number);
    if (b.length !== 4 || !b.every(Number.isFinite))
      throw new MarsadFailure({ code: 'invalid_input', message: '--bbox expects west,south,east,north' });
    filter.bbox = b as [number, number, number, number];
  }
  if (f.limit) {
    const n = Number(f.limit);
    if (!Number.isInteger(n) || n < 0)
      throw new MarsadFailure({ code: 'invalid_input', message: '--limit expects a whole number' });
    filter.limit = n;
  }
  return filter;
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('print stored events (each with every source article and its evidence)')
    .option(...DB_OPTION)
    .addOption(new Option('--format <format>', 'output format').choices(EVENT_FORMATS).default('jsonl'))
    .option('--from <date>', 'events on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this day (YYYY-MM-DD)')
    .option('--type <type>', 'event type, e.g. "Protests"')
    .option('--subtype <subtype>', 'event sub-type, e.g. "Peaceful protest"')
    .option('--actor <text>', 'actor name or knowledge-base id (substring)')
    .option('--place <text>', 'location name, admin1 (substring) or ISO country code')
    .option('--bbox <w,s,e,n>', 'bounding box in degrees')
    .option('--q <text>', 'full-text search in the source articles')
    .option('--limit <n>', 'at most this many events (default: all)')
    .action(async (flags: EventFlags) => {
      const filter = toFilter(flags);
      const store = await openStore(readConfig(dbOverride(flags.db)));
      try {
        for await (const chunk of exportEvents(store, flags.format, filter)) await writeOut(chunk);
      } finally {
        await store.close();
      }
    });
}
