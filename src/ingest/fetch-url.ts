// Fetch a page or feed over http(s) with limits: timeouts, a body size cap, a capped number of
// redirects (each one re-checked), an allow-list of content types, and no private addresses
// unless `allowPrivate`.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import type { Agent, request } from 'undici';
import { fail, ok, type Result } from '../domain/errors.ts';
import { isPrivateAddress } from './address-policy.ts';
import { undici } from './lazy-modules.ts';
import { MAX_INPUT_BYTES } from './parsed-article.ts';

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  contentType: string;
  body: Buffer;
}

const ACCEPTED =
  /^(text\/(html|plain|xml|markdown)|application\/(xhtml\+xml|rss\+xml|atom\+xml|rdf\+xml|xml|json|feed\+json|ld\+json))\b/i;

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup that fails for private addresses, so the check holds for the actual connection. */
function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const e: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to a private address (${bad.address})`,
      );
      e.code = 'EPRIVATE';
      return callback(e, []);
    }
    const all = (options as { all?: boolean }).all;
    if (all) return callback(null, addresses);
    const a = addresses[0]!;
    callback(null, a.address, a.family);
  });
}

const agents = new Map<boolean, Agent>();
function agentFor(allowPrivate: boolean): Agent {
  let agent = agents.get(allowPrivate);
  if (!agent) {
    const { Agent: AgentClass } = undici();
    agent = allowPrivate ? new AgentClass() : new AgentClass({ connect: { lookup: guardedLookup as never } });
    agents.set(allowPrivate, agent);
  }
  return agent;
}

function checkUrl(raw: string, allowPrivate: boolean): Result<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('invalid_input', `not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail('fetch_refused', `only http(s) URLs: ${raw}`);
  if (url.username || url.password) return fail('fetch_refused', 'URLs with credentials are refused');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host) !== 0 || host === 'localhost' || host.endsWith('.localhost');
  if (!allowPrivate && literal && (host.includes('localhost') || isPrivateAddress(host)))
    return fail('fetch_refused', `${host} is a private or loopback address (use --allow-private)`);
  return ok(url);
}

export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<Result<Fetched>> {
  const allowPrivate = options.allowPrivate ?? false;
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const timeout = options.timeoutMs ?? 20_000;
  let current = raw;
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    const checked = checkUrl(current, allowPrivate);
    if (!checked.ok) return checked;
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await undici().request(checked.value, {
        dispatcher: agentFor(allowPrivate),
        headersTimeout: timeout,
        bodyTimeout: timeout,
        signal: AbortSignal.timeout(timeout * 2),
        headers: {
          'user-agent': 'marsad-ingest/0.1',
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json;q=0.9,*/*;q=0.5',
        },
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const cause = (err.cause as NodeJS.ErrnoException | undefined) ?? err;
      if (cause.code === 'EPRIVATE') return fail('fetch_refused', `${cause.message} (use --allow-private)`);
      return fail('fetch_failed', `${current}: ${cause.message || err.message}`);
    }
    const location = res.headers.location;
    if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string') {
      await res.body.dump();
      current = new URL(location, checked.value).toString();
      continue;
    }
    return readBody(current, res, maxBytes);
  }
  return fail('fetch_failed', `too many redirects from ${raw}`);
}

async function readBody(
  url: string,
  res: Awaited<ReturnType<typeof request>>,
  maxBytes: number,
): Promise<Result<Fetched>> {
  if (res.statusCode >= 400) {
    await res.body.dump();
    return fail('fetch_failed', `${url}: HTTP ${res.statusCode}`);
  }
  const contentType = String(res.headers['content-type'] ?? '');
  if (contentType && !ACCEPTED.test(contentType)) {
    await res.body.dump();
    return fail('unsupported_format', `${url}: content type ${contentType} is not a page or feed`);
  }
  const declared = Number(res.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    await res.body.dump();
    return fail('text_too_large', `${url}: ${declared} bytes; the limit is ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.body.destroy();
      return fail('text_too_large', `${url}: more than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return ok({ url, contentType, body: Buffer.concat(chunks) });
}
