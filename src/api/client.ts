/**
 * Typed client for the LLR API (api/openapi.yaml, version 1). No Lit, no DOM beyond fetch: usable from elements,
 * Node scripts and tests.
 *
 * - Every response is validated at run time (valibot); anything wrong becomes ApiError 'invalid-response'.
 * - Idempotent GETs are retried on network errors and 502/503/504 (at most 2 retries, exponential backoff,
 *   `Retry-After` honoured up to a cap). A timeout is not retried.
 * - Concurrent identical GETs (same method, URL, language and auth identity) share ONE request, module-wide, so
 *   two elements on a page make one request. A caller that aborts only leaves; the request is cancelled when the
 *   last caller has left.
 * - Catalogue and rule sets are revalidated with `If-None-Match`; a 304 reuses the last validated body.
 * - The token is sent only to /wallet and /indicators, and never appears in an error message or a map key.
 * - It only reads: usage signals are sent with `navigator.sendBeacon` (src/shared/controllers/usage-signals.ts).
 */
import { ApiError, kindForStatus } from './errors';
import { resolveLang } from '../domain/lang';
import type { ResponseKind, Responses } from './validate';
import type {
  Catalogue,
  CatalogueEntry,
  Lang,
  Problem,
  RuleSet,
  RuleSetIndex,
  Training,
  Wallet,
} from './schemas';
import type { Indicators } from './usage';

export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface RetryOptions {
  /** Retries after the first attempt, 0–2 (default 2). */
  retries?: number;
  /** Backoff before retry n (0-based) is baseDelayMs × 2^n, plus up to 20 % jitter (default 300 ms). */
  baseDelayMs?: number;
  /** A `Retry-After` longer than this is capped to it (default 5000 ms). */
  maxRetryAfterMs?: number;
}

export interface ApiClientOptions {
  /** e.g. '/api/llr/v1' or 'https://api.example.be/api/llr/v1'. */
  baseUrl: string;
  /** 'nl' (default), 'en', 'fr' or 'de'; region subtags ('fr-BE') are reduced, other languages fall back to 'nl'. */
  lang?: string;
  /** Bearer token for /wallet; `null` means "not logged in" (or rely on a cookie session). */
  getToken?: TokenProvider;
  /** Credentials mode for /wallet (e.g. 'include' for a cross-site cookie session). Default 'same-origin'. */
  credentials?: RequestCredentials;
  /** Per attempt, including reading the body. Default 10 000 ms. */
  timeoutMs?: number;
  retry?: RetryOptions;
  fetch?: typeof fetch;
}

export interface ApiClient {
  readonly baseUrl: string;
  readonly lang: Lang;
  getCatalogue(signal?: AbortSignal): Promise<Catalogue>;
  getIncentive(id: string, signal?: AbortSignal): Promise<CatalogueEntry>;
  getRuleSetIndex(signal?: AbortSignal): Promise<RuleSetIndex>;
  getRuleSet(id: string, signal?: AbortSignal): Promise<RuleSet>;
  /** The rule set in force on `date` (YYYY-MM-DD). */
  getCurrentRuleSet(date: string, signal?: AbortSignal): Promise<RuleSet>;
  getWallet(signal?: AbortSignal): Promise<Wallet>;
  getTraining(id: string, signal?: AbortSignal): Promise<Training>;
  /** The indicators of whole weeks (an analyst's token: `getToken`). */
  getIndicators(query: IndicatorsQuery, signal?: AbortSignal): Promise<Indicators>;
}

export interface IndicatorsQuery {
  from: string;
  to: string;
  /** One host; every host when absent. */
  host?: string | undefined;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RETRIES = 2;
const ETAG_CACHE_LIMIT = 64;

// ---- module-level state: shared by every client on the page ----

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  refs: number;
}
const inFlight = new Map<string, InFlight>();
const etagCache = new Map<string, { etag: string; data: unknown }>();

/** Forgets cached ETag bodies (e.g. on logout or in tests). In-flight requests are not affected. */
export function clearApiCache(): void {
  etagCache.clear();
}

/** Number of distinct requests in flight (for tests and diagnostics). */
export function inFlightCount(): number {
  return inFlight.size;
}

/** Kept here too: the client's callers pass any language tag (see src/domain/lang.ts). */
export { resolveLang };

/** Non-reversible identity of a token for de-duplication keys (cyrb53), so tokens never sit in a map key. */
function tokenIdentity(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function abortedError(): ApiError {
  return new ApiError('aborted', 'The request was aborted');
}

/**
 * Joins the caller to the shared operation for `key`, starting it when none runs. The caller's abort only
 * detaches this caller; the operation is aborted when no caller is left.
 */
function joinShared<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortedError());
  let entry = inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: InFlight = { promise: Promise.resolve(), controller, refs: 0 };
    created.promise = start(controller.signal).finally(() => {
      if (inFlight.get(key) === created) inFlight.delete(key);
    });
    inFlight.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.refs++;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      settled = true;
      shared.refs--;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      leave();
      if (shared.refs === 0) {
        if (inFlight.get(key) === shared) inFlight.delete(key);
        shared.controller.abort();
      }
      reject(abortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        if (settled) return;
        leave();
        resolve(value as T);
      },
      (error: unknown) => {
        if (settled) return;
        leave();
        reject(error);
      },
    );
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortedError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The response checks (validate.ts), loaded with the first request that needs them. A failed load is a network
 * error of that request (its retry loads them again).
 */
let validation: Promise<typeof import('./validate')> | undefined;
function loadValidation(): Promise<typeof import('./validate')> {
  return (validation ??= import('./validate').catch((cause: unknown) => {
    validation = undefined;
    throw new ApiError('offline', 'the response checks could not be loaded', { cause });
  }));
}

/** A GET (the client only reads: usage signals go with `navigator.sendBeacon`, src/shared/controllers/usage-signals.ts). */
interface RequestSpec<K extends ResponseKind> {
  path: string;
  /** What the response is, checked against its schema. */
  response: K;
  auth?: boolean;
  revalidate?: boolean;
}

const TIMEOUT = Symbol('timeout');

type Result<K extends ResponseKind> = Responses[K];

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const lang = resolveLang(options.lang);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.min(Math.max(options.retry?.retries ?? MAX_RETRIES, 0), MAX_RETRIES);
  const baseDelayMs = options.retry?.baseDelayMs ?? 300;
  const maxRetryAfterMs = options.retry?.maxRetryAfterMs ?? 5000;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const urlFor = (path: string): string => {
    const raw = `${baseUrl}${path}`;
    const loc = (globalThis as { location?: { href?: string } }).location;
    try {
      return new URL(raw, loc?.href).href;
    } catch {
      return raw;
    }
  };

  async function attempt<K extends ResponseKind>(spec: RequestSpec<K>, url: string, token: string | null, signal: AbortSignal): Promise<Result<K>> {
    const label = `GET ${spec.path}`;
    if (signal.aborted) throw abortedError();
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
    const cacheKey = `${url}|${lang}`;
    const cached = spec.revalidate ? etagCache.get(cacheKey) : undefined;
    // The checks load while the request is under way (awaited once the body is there).
    const checks = loadValidation();
    checks.catch(() => undefined);

    const failure = (error: unknown): ApiError => {
      if (error instanceof ApiError) return error;
      if (controller.signal.reason === TIMEOUT) {
        return new ApiError('timeout', `${label}: no answer within ${timeoutMs} ms`, { cause: error });
      }
      if (signal.aborted) return abortedError();
      return new ApiError('offline', `${label}: network error`, { cause: error });
    };

    try {
      const headers: Record<string, string> = {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': lang,
      };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (cached) headers['If-None-Match'] = cached.etag;
      const init: RequestInit = {
        method: 'GET',
        headers,
        signal: controller.signal,
        credentials: spec.auth ? (options.credentials ?? 'same-origin') : 'same-origin',
      };
      const response = await doFetch(url, init);
      const status = response.status;

      if (status === 304) {
        await response.body?.cancel().catch(() => undefined);
        if (cached) return cached.data as Result<K>;
        throw new ApiError('invalid-response', `${label}: 304 without a cached copy`, { status });
      }

      if (status < 200 || status >= 300) {
        const text = await response.text().catch(() => '');
        let problem: Problem | undefined;
        try {
          problem = (await loadValidation()).problemOf(JSON.parse(text));
        } catch {
          // not problem+json (or the checks could not load): keep the status only
        }
        // ApiError leaves out what is undefined (no Retry-After, no problem document).
        throw new ApiError(kindForStatus(status), `${label}: HTTP ${status}`, {
          status,
          retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
          problem,
        });
      }

      const text = await response.text();
      if (text.trim() === '') throw new ApiError('invalid-response', `${label}: empty body`, { status });
      const contentType = response.headers.get('Content-Type') ?? '';
      if (!/\bjson\b/i.test(contentType)) {
        throw new ApiError('invalid-response', `${label}: unexpected content type "${contentType.slice(0, 60)}"`, { status });
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new ApiError('invalid-response', `${label}: malformed JSON`, { status, cause: error });
      }
      const result = await (await checks).check(spec.response, json);
      if (!result.ok) {
        throw new ApiError('invalid-response', `${label}: schema mismatch (${result.issues})`, { status });
      }
      const etag = response.headers.get('ETag');
      if (spec.revalidate && etag) {
        etagCache.delete(cacheKey);
        etagCache.set(cacheKey, { etag, data: result.value });
        if (etagCache.size > ETAG_CACHE_LIMIT) {
          const oldest = etagCache.keys().next().value;
          if (oldest !== undefined) etagCache.delete(oldest);
        }
      }
      return result.value as Result<K>;
    } catch (error) {
      throw failure(error);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  async function withRetry<K extends ResponseKind>(spec: RequestSpec<K>, url: string, token: string | null, signal: AbortSignal): Promise<Result<K>> {
    for (let n = 0; ; n++) {
      try {
        return await attempt(spec, url, token, signal);
      } catch (error) {
        const retryable =
          error instanceof ApiError &&
          (error.kind === 'offline' || error.status === 502 || error.status === 503 || error.status === 504);
        if (!retryable || n >= retries || signal.aborted) throw error;
        const delay =
          error.retryAfterSeconds !== undefined
            ? Math.min(error.retryAfterSeconds * 1000, maxRetryAfterMs)
            : baseDelayMs * 2 ** n * (1 + Math.random() * 0.2);
        await sleep(delay, signal);
      }
    }
  }

  async function get<K extends ResponseKind>(spec: RequestSpec<K>, signal?: AbortSignal): Promise<Responses[K]> {
    if (signal?.aborted) throw abortedError();
    let token: string | null = null;
    if (spec.auth && options.getToken) {
      try {
        token = (await options.getToken()) ?? null;
      } catch (error) {
        throw new ApiError('unauthorized', `GET ${spec.path}: no access token`, { cause: error });
      }
      if (signal?.aborted) throw abortedError();
    }
    const url = urlFor(spec.path);
    const identity = spec.auth ? (token ? `t:${tokenIdentity(token)}` : `c:${options.credentials ?? 'same-origin'}`) : 'public';
    const key = `${url} ${lang} ${identity}`;
    // Result<K> is Responses[K] for every K that is a ResponseKind (TypeScript cannot see it for a generic K).
    return joinShared(key, (shared) => withRetry(spec, url, token, shared) as Promise<Responses[K]>, signal);
  }

  const seg = (value: string) => encodeURIComponent(value);

  return {
    baseUrl,
    lang,
    getCatalogue: (signal) => get({ path: '/incentives', response: 'catalogue', revalidate: true }, signal),
    getIncentive: (id, signal) => get({ path: `/incentives/${seg(id)}`, response: 'incentive', revalidate: true }, signal),
    getRuleSetIndex: (signal) => get({ path: '/rule-sets', response: 'rule-set-index', revalidate: true }, signal),
    getRuleSet: (id, signal) => get({ path: `/rule-sets/${seg(id)}`, response: 'rule-set', revalidate: true }, signal),
    getCurrentRuleSet: (date, signal) =>
      get({ path: `/rule-sets/current?date=${seg(date)}`, response: 'rule-set', revalidate: true }, signal),
    getWallet: (signal) => get({ path: '/wallet', response: 'wallet', auth: true }, signal),
    getTraining: (id, signal) => get({ path: `/trainings/${seg(id)}`, response: 'training' }, signal),
    getIndicators: ({ from, to, host }, signal) =>
      get({ path: `/indicators?from=${seg(from)}&to=${seg(to)}${host ? `&host=${seg(host)}` : ''}`, response: 'indicators', auth: true }, signal),
  };
}
