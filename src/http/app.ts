// The HTTP API and the web app, as a Hono app that tests call with `app.request()`.
import { Hono } from 'hono';
import type { ZodType } from 'zod';
import { ERROR_CODES, type ErrorCode, MarsadFailure } from '../domain/errors.ts';
import type { Store } from '../store/store.ts';
import {
  articleResponseSchema,
  eventQuerySchema,
  eventResponseSchema,
  eventsResponseSchema,
  toEventFilter,
} from './query-schema.ts';
import { createStaticReader } from './static-files.ts';

export interface AppDeps {
  store: Store;
  /** the package root, where web/ and node_modules/ are */
  root: string;
}

type ErrorStatus = (typeof ERROR_CODES)[ErrorCode]['http'];

function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}

export function createApp({ store, root }: AppDeps): Hono {
  const app = new Hono();
  const readStatic = createStaticReader(root);

  // Every answer is checked against its schema: a shape bug is a 500 with a code, never bad data.
  const checked = <T>(schema: ZodType<T>, body: unknown): T => schema.parse(body);

  // a store that cannot answer (PostgreSQL down) is its catalogue code, not a bare 500
  app.onError((err, c) => {
    const code: ErrorCode = err instanceof MarsadFailure ? err.error.code : 'internal';
    const status: ErrorStatus = ERROR_CODES[code].http;
    return c.json(errorBody(code, err.message), status);
  });
  app.notFound((c) =>
    c.json(errorBody('not_found', `no route for ${c.req.path}`), ERROR_CODES.not_found.http),
  );

  app.get('/api/health', async (c) => c.json({ ok: true, stats: await store.stats() }));

  app.get('/api/events', async (c) => {
    const parsed = eventQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`;
      return c.json(errorBody('invalid_input', message), ERROR_CODES.invalid_input.http);
    }
    const filter = toEventFilter(parsed.data);
    const limit = filter.limit ?? 100;
    const offset = filter.offset ?? 0;
    const [events, total] = await Promise.all([
      store.listEvents({ ...filter, limit, offset }),
      store.countEvents(filter),
    ]);
    return c.json(checked(eventsResponseSchema, { events, total, limit, offset }));
  });

  app.get('/api/events/:id', async (c) => {
    const ev = await store.getEvent(c.req.param('id'));
    if (!ev) return c.json(errorBody('not_found', 'no such event'), ERROR_CODES.not_found.http);
    const sources = await Promise.all(
      ev.sources.map(async (s) => ({ ...s, title: (await store.getArticle(s.article_id))?.title ?? null })),
    );
    return c.json({ ...checked(eventResponseSchema, ev), sources });
  });

  app.get('/api/articles', async (c) => {
    const limit = Math.min(Number(c.req.query('limit') ?? 100) || 100, 10_000);
    return c.json({ articles: await store.listArticles({ limit }) });
  });

  app.get('/api/articles/:id', async (c) => {
    const a = await store.getArticle(c.req.param('id'));
    if (!a) return c.json(errorBody('not_found', 'no such article'), ERROR_CODES.not_found.http);
    checked(articleResponseSchema, a);
    return c.json(a);
  });

  app.get('*', (c) => {
    const file = readStatic(c.req.path);
    if (!file)
      return c.json(errorBody('not_found', `no such file ${c.req.path}`), ERROR_CODES.not_found.http);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.type,
      'cache-control': 'no-cache',
    });
  });

  return app;
}
