import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPackageRoot } from '../app/paths.ts';
import type { IsoDate } from '../domain/contract.ts';
import { MarsadFailure } from '../domain/errors.ts';
import type { EventFilter, Store, StoredArticle, StoredEvent } from '../store/store.ts';
import { createApp } from './app.ts';

const day = (s: string) => s as IsoDate;

const event: StoredEvent = {
  id: 'ev1',
  type: 'Strategic developments',
  subtype: 'Change to group/activity',
  date: { start: day('2024-03-11'), end: day('2024-03-12'), precision: 'day' },
  location: {
    name: 'Sadr City',
    lat: 33.39,
    lon: 44.45,
    country: 'IQ',
    admin1: 'Baghdad',
    precision: 'district',
  },
  actor1: { name: 'Saraya al-Salam', ref: 'actor:saraya-al-salam' },
  actor2: null,
  assoc_actor1: [],
  assoc_actor2: [],
  fatalities: null,
  certainty: 'reported',
  confidence: 0.8,
  source_count: 1,
  independent_source_count: 1,
  sources: [
    {
      article_id: 'a1',
      url: null,
      outlet: 'Demo',
      published: day('2024-03-13'),
      cluster_id: 'c1',
      evidence: [{ start: 0, end: 10, text: 'Fighters d' }],
    },
  ],
};

const article: StoredArticle = {
  id: 'a1',
  url: null,
  title: 'Deployment',
  outlet: 'Demo',
  published: day('2024-03-13'),
  cluster_id: 'c1',
  original_source: null,
  byline: null,
  origin: null,
  text: 'Fighters deployed in Sadr City.',
  content_hash: 'h',
  ingested_at: '2024-03-13T00:00:00Z',
  entities: [
    {
      id: 'e1',
      kind: 'location',
      subtype: 'district',
      name: 'Sadr City',
      ref: null,
      geo: null,
      mentions: [{ start: 21, end: 30, text: 'Sadr City' }],
    },
  ],
  events: [event],
  quotes: [],
  relations: [],
};

function fakeStore(seen: EventFilter[] = []): Store {
  const unsupported = async () => {
    throw new Error('not used here');
  };
  return {
    saveArticle: unsupported,
    saveArticleOrThrow: unsupported,
    findArticleByHash: async () => undefined,
    getArticle: async (id) => (id === 'a1' ? article : undefined),
    listArticles: async () => [article],
    searchArticles: async () => [],
    listEvents: async (f) => {
      seen.push(f ?? {});
      return [event];
    },
    countEvents: async () => 1,
    getEvent: async (id) => (id === 'ev1' ? event : undefined),
    listMerges: async () => [],
    undoMerge: unsupported,
    logIngest: async () => {},
    stats: async () => ({ articles: 1, clusters: 1, events: 1, entities: 1, merges: 0, schemaVersion: 1 }),
    close: async () => {},
  };
}

describe('HTTP app', () => {
  const root = findPackageRoot();

  it('lists events with validated filters', async () => {
    const seen: EventFilter[] = [];
    const app = createApp({ store: fakeStore(seen), root });
    const res = await app.request('/api/events?from=2024-01-01&type=Protests&bbox=40,30,50,38&limit=5');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { events: StoredEvent[]; total: number };
    assert.equal(body.events[0]?.id, 'ev1');
    assert.deepEqual(seen[0], {
      from: '2024-01-01',
      type: 'Protests',
      bbox: [40, 30, 50, 38],
      limit: 5,
      offset: 0,
    });
  });

  it('rejects a bad filter with a coded 400', async () => {
    const app = createApp({ store: fakeStore(), root });
    for (const q of ['from=yesterday', 'bbox=1,2', 'limit=0', 'colour=red']) {
      const res = await app.request(`/api/events?${q}`);
      assert.equal(res.status, 400, q);
      const body = (await res.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'invalid_input');
    }
  });

  it('answers one event with its sources, and 404 with a code', async () => {
    const app = createApp({ store: fakeStore(), root });
    const ok = await app.request('/api/events/ev1');
    assert.equal(ok.status, 200);
    const ev = (await ok.json()) as { sources: { title: string }[] };
    assert.equal(ev.sources[0]?.title, 'Deployment');
    const missing = await app.request('/api/events/nope');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  it('answers an article with text, entities and events', async () => {
    const app = createApp({ store: fakeStore(), root });
    const res = await app.request('/api/articles/a1');
    const a = (await res.json()) as StoredArticle;
    assert.equal(a.entities[0]?.mentions[0]?.text, a.text.slice(21, 30));
  });

  it('answers a store failure with its catalogue code', async () => {
    const down: Store = {
      ...fakeStore(),
      listEvents: async () => {
        throw new MarsadFailure({ code: 'store_failed', message: 'listing events failed: ECONNREFUSED' });
      },
    };
    const res = await createApp({ store: down, root }).request('/api/events');
    assert.equal(res.status, 500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'store_failed');
    assert.match(body.error.message, /ECONNREFUSED/);
  });

  it('serves the page and its vendored files but no other path', async () => {
    const app = createApp({ store: fakeStore(), root });
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.equal((await app.request('/vendor/leaflet/leaflet.js')).status, 200);
    assert.equal((await app.request('/../package.json')).status, 404);
    assert.equal((await app.request('/web/../package.json')).status, 404);
  });
});
