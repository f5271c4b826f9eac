/**
 * The mock LLR API's behaviour, independent of how msw is set up: routing, content negotiation, ETags, auth by
 * persona token, and the fault scenarios. `handlers.ts` and `scenarios.ts` wrap it in msw handlers.
 * Every response here must validate against api/openapi.yaml (test/contract/contract.node.test.ts checks it).
 */
import { delay, HttpResponse, matchRequestUrl, type PathParams } from 'msw';
import * as v from 'valibot';
import type { Lang } from '../src/api/schemas';
import { UsageBatchSchema, type UsageBatch } from '../src/api/usage';
import { CATALOGUE, findCatalogueEntry } from './catalogue';
import { findPersona, scaledWallet, walletFor, GENERATED_AT, PERSONAS } from './personas';
import { RULE_SETS, ruleSetInForce, sortedRuleSets, type RuleSetDocument } from './rule-sets';
import { findTraining, TRAININGS } from './trainings';
import { etagOf, matchesEtag, negotiateLang, problemBody, ruleSetJson, type ProblemKind } from './conventions';
import { DEFAULT_USAGE_HOSTS, USAGE_PROBLEMS, refusalOf } from './usage';
import { DEFAULT_THRESHOLD, indicatorsOf, queryProblem } from './indicators';
import { demoCounters } from './usage-demo';

export { etagOf, negotiateLang } from './conventions';

export const API_PREFIX = '/api/llr/v1';

export const FAULT_SCENARIOS = [
  '500',
  '503',
  '401',
  '403',
  '404',
  'timeout',
  'offline',
  'malformed-json',
  'schema-invalid',
  'empty-body',
  'huge',
  'slow',
] as const;
export type FaultScenario = (typeof FAULT_SCENARIOS)[number];

export function isFaultScenario(value: unknown): value is FaultScenario {
  return typeof value === 'string' && (FAULT_SCENARIOS as readonly string[]).includes(value);
}

export interface MockApiOptions {
  /** A fault scenario for every request these handlers answer (a per-request `?mock-scenario=` still wins). */
  scenario?: FaultScenario | null;
  /** Delay of the 'slow' scenario (default 2000 ms). */
  slowMs?: number;
  /** Number of entitlements in the 'huge' wallet (default 1000). */
  hugeWalletEntitlements?: number;
  /** Rule sets to serve instead of src/domain/rules (tests). */
  ruleSets?: readonly RuleSetDocument[];
  /** Called with every accepted batch of usage signals. */
  onEvents?: (batch: UsageBatch) => void;
  /** Read `mock-scenario` from sessionStorage (default true; the demo's fault switcher sets it). */
  useSessionStorage?: boolean;
}

/**
 * The API's routes, as msw path patterns below the prefix (`:id` is a path parameter msw decodes), one per operation
 * of api/openapi.yaml. `handlers.ts` registers one msw handler per route; a fault handler, which may match any path,
 * finds the route of its request here with msw's own matcher. `/rule-sets/current` comes before `/rule-sets/:id`.
 */
export const ROUTES = [
  { method: 'GET', path: '/incentives', endpoint: 'catalogue' },
  { method: 'GET', path: '/incentives/:id', endpoint: 'incentive' },
  { method: 'GET', path: '/rule-sets', endpoint: 'rule-set-index' },
  { method: 'GET', path: '/rule-sets/current', endpoint: 'rule-set-current' },
  { method: 'GET', path: '/rule-sets/:id', endpoint: 'rule-set' },
  { method: 'GET', path: '/wallet', endpoint: 'wallet' },
  { method: 'GET', path: '/trainings/:id', endpoint: 'training' },
  { method: 'POST', path: '/events', endpoint: 'events' },
  { method: 'GET', path: '/indicators', endpoint: 'indicators' },
] as const;

/** The mock's analyst: `Authorization: Bearer demo-analyst` reads `/indicators`. */
export const ANALYST_TOKEN = 'demo-analyst';

export type Endpoint = (typeof ROUTES)[number]['endpoint'];

export interface Route {
  endpoint: Endpoint;
  /** The `:id` path parameter, decoded. */
  id?: string;
}

/** The msw pattern of a route path: any origin and any base in front of the API prefix. */
export const routePattern = (path: string): string => `*${API_PREFIX}${path}`;

/** The route from a matched msw handler: its endpoint and its `:id` parameter. */
export function routeFrom(endpoint: Endpoint, params: PathParams = {}): Route {
  const id = params.id;
  return typeof id === 'string' ? { endpoint, id } : { endpoint };
}

/** The route of a request that a catch-all handler matched (a fault scenario), or null when no route matches. */
export function routeOf(request: Request): Route | null {
  const url = new URL(request.url);
  for (const route of ROUTES) {
    if (route.method !== request.method) continue;
    const { matches, params } = matchRequestUrl(url, routePattern(route.path));
    if (matches) return routeFrom(route.endpoint, params);
  }
  return null;
}

/** The API path after the prefix ('/wallet'), for the demo's `503@/wallet` fault switch; null outside the API. */
function apiPath(url: URL): string | null {
  const at = url.pathname.indexOf(API_PREFIX);
  if (at < 0) return null;
  return url.pathname.slice(at + API_PREFIX.length) || '/';
}

// ---------------------------------------------------------------- problems and cacheable answers

export function problem(kind: ProblemKind, lang: Lang, headers: Record<string, string> = {}, detail?: string): Response {
  const body = problemBody(kind, lang, detail);
  return HttpResponse.json(body, {
    status: body.status, headers: { 'Content-Type': 'application/problem+json', 'Content-Language': lang, ...headers },
  });
}

/** A cacheable JSON response with an ETag, or 304 when the client's copy is current. */
function cacheable(request: Request, body: unknown, lang: Lang): Response {
  return cacheableText(request, JSON.stringify(body), lang);
}

function cacheableText(request: Request, text: string, lang: Lang): Response {
  const etag = etagOf(text);
  if (matchesEtag(request.headers.get('If-None-Match'), etag)) {
    return new HttpResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-cache' } });
  }
  return new HttpResponse(text, {
    status: 200,
    headers: {
      'Content-Type': 'application/json',
      ETag: etag,
      'Cache-Control': 'no-cache',
      'Content-Language': lang,
      Vary: 'Accept-Language',
    },
  });
}

function json(body: unknown, lang: Lang, headers: Record<string, string> = {}, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { 'Content-Language': lang, ...headers },
  });
}

// ---------------------------------------------------------------- auth

/** The persona id from `Authorization: Bearer demo-<id>` or the cookie `llr-session=demo-<id>`. */
export function credentialOf(request: Request, cookies: Record<string, string>): string | null {
  const auth = request.headers.get('Authorization');
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  const token = bearer ?? cookies['llr-session'] ?? null;
  return token && token.length > 0 ? token : null;
}

// ---------------------------------------------------------------- scenario selection

function sessionScenario(path: string | null): FaultScenario | null {
  try {
    const raw = (globalThis as { sessionStorage?: Storage }).sessionStorage?.getItem('mock-scenario');
    if (!raw) return null;
    // "503" applies to every API request; "503@/wallet" only to paths starting with /wallet.
    const [name, prefix] = raw.split('@');
    if (!isFaultScenario(name)) return null;
    if (prefix && !(path ?? '').startsWith(prefix)) return null;
    return name;
  } catch {
    return null;
  }
}

export function scenarioOf(request: Request, options: MockApiOptions): FaultScenario | null {
  const url = new URL(request.url);
  const query = url.searchParams.get('mock-scenario');
  if (isFaultScenario(query)) return query;
  if (options.scenario) return options.scenario;
  if (options.useSessionStorage !== false) return sessionScenario(apiPath(url));
  return null;
}

// ---------------------------------------------------------------- normal responses

export interface RequestContext {
  request: Request;
  cookies: Record<string, string>;
  route: Route | null;
  lang: Lang;
  options: MockApiOptions;
}

async function normalResponse(ctx: RequestContext): Promise<Response> {
  const { request, route, lang, options } = ctx;
  const ruleSets = options.ruleSets ?? RULE_SETS;
  if (!route) return problem('not-found', lang);
  switch (route.endpoint) {
    case 'catalogue':
      return cacheable(request, CATALOGUE, lang);
    case 'incentive': {
      const entry = findCatalogueEntry(route.id ?? '');
      return entry ? cacheable(request, entry, lang) : problem('not-found', lang);
    }
    case 'rule-set-index':
      return cacheable(
        request,
        { ruleSets: sortedRuleSets(ruleSets).map(({ id, effectiveFrom }) => ({ id, effectiveFrom })) },
        lang,
      );
    case 'rule-set-current': {
      const date = new URL(request.url).searchParams.get('date');
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
        const detail = {
          nl: 'Geef een datum als JJJJ-MM-DD.',
          en: 'Give a date as YYYY-MM-DD.',
          fr: 'Indiquez une date AAAA-MM-JJ.',
          de: 'Geben Sie ein Datum als JJJJ-MM-TT an.',
        };
        return problem('bad-request', lang, {}, detail[lang]);
      }
      const ruleSet = ruleSetInForce(date, ruleSets);
      return ruleSet ? cacheableText(request, ruleSetJson(ruleSet, lang), lang) : problem('not-found', lang);
    }
    case 'rule-set': {
      const ruleSet = ruleSets.find((r) => r.id === route.id);
      return ruleSet ? cacheableText(request, ruleSetJson(ruleSet, lang), lang) : problem('not-found', lang);
    }
    case 'wallet': {
      const token = credentialOf(request, ctx.cookies);
      const headers = { 'WWW-Authenticate': 'Bearer realm="llr"' };
      if (!token) return problem('unauthorized', lang, headers);
      if (token === 'demo-forbidden') return problem('forbidden', lang);
      const persona = token.startsWith('demo-') ? findPersona(token.slice('demo-'.length)) : undefined;
      if (!persona) return problem('unauthorized', lang, headers);
      return json(walletFor(persona, lang), lang, {
        'Cache-Control': 'private, no-store',
        Vary: 'Accept-Language, Authorization, Cookie',
      });
    }
    case 'training': {
      const training = findTraining(route.id ?? '');
      return training ? json(training, lang) : problem('not-found', lang);
    }
    case 'events': {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return problem('bad-request', lang);
      }
      const result = v.safeParse(UsageBatchSchema, body);
      if (!result.success) return problem('bad-request', lang, {}, USAGE_PROBLEMS.batch[lang]);
      const refusal = refusalOf(result.output, DEFAULT_USAGE_HOSTS);
      if (refusal) return problem('bad-request', lang, {}, USAGE_PROBLEMS[refusal][lang]);
      options.onEvents?.(result.output);
      return new HttpResponse(null, { status: 202, headers: { 'Content-Language': lang } });
    }
    case 'indicators': {
      const token = credentialOf(request, {});
      if (!token) return problem('unauthorized', lang, { 'WWW-Authenticate': 'Bearer realm="llr"' });
      if (token !== ANALYST_TOKEN) return problem('forbidden', lang);
      const query = new URL(request.url).searchParams;
      const [from, to, host] = [query.get('from'), query.get('to'), query.get('host') ?? undefined];
      const isDate = (d: string | null): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
      if (!isDate(from) || !isDate(to)) return problem('bad-request', lang, {}, USAGE_PROBLEMS.period[lang]);
      const refused = queryProblem(from, to, host, DEFAULT_USAGE_HOSTS);
      if (refused) return problem('bad-request', lang, {}, USAGE_PROBLEMS[refused][lang]);
      const indicators = indicatorsOf(demoCounters(from, to, DEFAULT_USAGE_HOSTS), {
        from,
        to,
        hosts: DEFAULT_USAGE_HOSTS,
        host,
        threshold: DEFAULT_THRESHOLD,
        generatedAt: GENERATED_AT,
      });
      return json(indicators, lang, { 'Cache-Control': 'private, no-store' });
    }
  }
}

// ---------------------------------------------------------------- faults

const MALFORMED = '{"generatedAt":"2026-11-28T07:30:00+01:00","incentives":[{"id":"opleidingscheques","name":{"nl":"Opleidings';

function schemaInvalidBody(ctx: RequestContext): unknown {
  switch (ctx.route?.endpoint) {
    case 'catalogue': {
      // Valid JSON, mostly right: one unsafe link and an unknown pillar deep inside.
      const incentives = CATALOGUE.incentives.map((i) => ({ ...i }));
      const last = incentives[incentives.length - 1];
      if (last) {
        last.links = [{ label: last.links[0]!.label, url: 'javascript:alert(1)' }];
        (last as Record<string, unknown>).pillar = 'both';
      }
      return { ...CATALOGUE, incentives };
    }
    case 'incentive':
      return { ...(findCatalogueEntry(ctx.route.id ?? '') ?? CATALOGUE.incentives[0]), kind: 'regeling' };
    case 'rule-set-index':
      return { ruleSets: [{ id: '2025-26', effectiveFrom: null }] };
    case 'rule-set':
    case 'rule-set-current':
      return { id: 42, effectiveFrom: 'september 2025', incentives: 'zie website' };
    case 'wallet': {
      // The first entitlement is fine, a later one is not: a client must not render half a wallet.
      const wallet = walletFor(PERSONAS.find((p) => p.id === 'large') ?? PERSONAS[0]!, ctx.lang) as unknown as {
        entitlements: Record<string, unknown>[];
      };
      const broken = wallet.entitlements[1];
      if (broken) {
        broken.granted = '125';
        broken.lapsesOn = '31/08/2027';
      }
      return wallet;
    }
    case 'training':
      return { ...TRAININGS[0], contactHours: '40 uur', url: 'http://insecure.example.org/cursus' };
    default:
      return { unexpected: true };
  }
}

const longText = (seed: string, length: number) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

function hugeBody(ctx: RequestContext): unknown | undefined {
  const filler = 'Lange tekst om te testen of de lay-out standhoudt bij heel veel inhoud. ';
  switch (ctx.route?.endpoint) {
    case 'catalogue': {
      const template = CATALOGUE.incentives[0]!;
      const extra = Array.from({ length: 600 }, (_, i) => ({
        ...template,
        id: `extra-incentive-${i + 1}`,
        summary: { nl: longText(filler, 600), en: longText(filler, 600), fr: longText(filler, 600), de: longText(filler, 600) },
      }));
      return { ...CATALOGUE, incentives: [...CATALOGUE.incentives, ...extra] };
    }
    case 'incentive': {
      const entry = findCatalogueEntry(ctx.route.id ?? '');
      if (!entry) return undefined;
      const steps = Array.from({ length: 100 }, (_, i) => `${i + 1}. ${longText(filler, 300)}`);
      return {
        ...entry,
        summary: { nl: longText(filler, 30000), en: longText(filler, 30000), fr: longText(filler, 30000), de: longText(filler, 30000) },
        howToApply: { nl: steps, en: steps, fr: steps, de: steps },
      };
    }
    case 'rule-set-index': {
      const start = Date.UTC(2000, 0, 1);
      return {
        ruleSets: Array.from({ length: 3000 }, (_, i) => ({
          id: `huge-${i + 1}`,
          effectiveFrom: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
        })),
      };
    }
    case 'wallet':
      return scaledWallet(ctx.options.hugeWalletEntitlements ?? 1000, ctx.lang);
    case 'training':
      return { ...TRAININGS[0], title: longText('Zeer lange opleidingstitel ', 5000), provider: longText('Aanbieder ', 2000) };
    default:
      return undefined; // rule-set documents and events: the normal response
  }
}

/**
 * The response for a fault scenario, or undefined to fall through to the normal response ('slow' after its
 * delay; 'huge' where no huge variant exists; payload faults on POST /events, which has no payload).
 */
export async function faultResponse(scenario: FaultScenario, ctx: RequestContext): Promise<Response | undefined> {
  const { lang } = ctx;
  const payloadless = ctx.route?.endpoint === 'events';
  switch (scenario) {
    case '500':
      return problem('server-error', lang);
    case '503':
      return problem('unavailable', lang, { 'Retry-After': '1' });
    case '401':
      return problem('unauthorized', lang, { 'WWW-Authenticate': 'Bearer realm="llr"' });
    case '403':
      return problem('forbidden', lang);
    case '404':
      return problem('not-found', lang);
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'offline':
      return HttpResponse.error();
    case 'malformed-json':
      if (payloadless) return undefined;
      return new HttpResponse(MALFORMED, { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Language': lang } });
    case 'schema-invalid':
      if (payloadless) return undefined;
      return json(schemaInvalidBody(ctx), lang);
    case 'empty-body':
      if (payloadless) return undefined;
      return new HttpResponse('', { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Language': lang } });
    case 'huge': {
      const body = hugeBody(ctx);
      if (body === undefined) return undefined;
      const endpoint = ctx.route?.endpoint;
      const revalidated = endpoint === 'catalogue' || endpoint === 'incentive' || endpoint === 'rule-set-index';
      return revalidated ? cacheable(ctx.request, body, lang) : json(body, lang);
    }
    case 'slow':
      await delay(ctx.options.slowMs ?? 2000);
      return undefined;
  }
}

export function contextOf(request: Request, cookies: Record<string, string>, route: Route | null, options: MockApiOptions): RequestContext {
  return { request, cookies, route, lang: negotiateLang(request.headers.get('Accept-Language')), options };
}

/** Answers one API request on `route` (null: no such endpoint): the fault scenario selected for it, else the normal response. */
export async function serveApiRequest(
  request: Request,
  cookies: Record<string, string>,
  route: Route | null,
  options: MockApiOptions,
): Promise<Response> {
  const ctx = contextOf(request, cookies, route, options);
  const scenario = scenarioOf(request, options);
  if (scenario) {
    const response = await faultResponse(scenario, ctx);
    if (response) return response;
  }
  return normalResponse(ctx);
}
