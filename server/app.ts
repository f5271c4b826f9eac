/**
 * The LLR back end: `buildServer(config)` returns a Fastify app whose API routes and their request/response
 * validation are generated from api/openapi.yaml (server/contract.ts), answered with the mock's public data and
 * the domain's code (the account module computes /wallet), on PostgreSQL (embedded PGlite or a real server),
 * with tokens checked by jose, and the web-security basics (CORS per origin, security headers, body limits,
 * rate limits, JSON logs without personal data). Optionally it serves the built demo and embed (server/static.ts).
 */
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { Lang } from '../src/api/schemas';
import type { UsageBatch } from '../src/api/usage';
import { countBatch, refusalOf } from '../mocks/usage';
import { indicatorsOf, mondayOf, queryProblem } from '../mocks/indicators';
import { addDays } from '../src/domain/dates';
import { matchesEtag, negotiateLang } from '../mocks/conventions';
import { contractRoutes, loadContract, ResponseContractError } from './contract';
import { DatabaseUnavailableError, openDatabase, type Database } from './db';
import { Store } from './store';
import { buildPublicData, type Coding, type Representation } from './public-data';
import {
  createAnalystAuthenticator,
  createAuthenticator,
  IdentityProviderUnavailableError,
  tokenOf,
  type AnalystAuthenticator,
  type Authenticator,
} from './auth';
import { createDemoIssuer, registerDemoIssuer } from './demo-issuer';
import { EVENTS_BODY_LIMIT, todayInBelgium, type RateLimit, type ServerConfig } from './config';
import { RETRY_AFTER_SECONDS, sendProblem } from './problems';
import { walletOf } from './wallet';
import { registerStatic } from './static';

export interface ServerDeps {
  /** An open database (tests share one); otherwise the server opens and closes its own. */
  db?: Database;
  /** Where the JSON log lines go (default stdout). */
  logStream?: DestinationStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    llr: { store: Store; db: Database };
  }
}

/** Slow clients (slowloris) get this long to send a whole request. */
const REQUEST_TIMEOUT_MS = 10_000;
/** The longest path parameter read (ids are at most 64 characters in the contract). */
const MAX_PARAM_LENGTH = 128;
const WWW_AUTHENTICATE = 'Bearer realm="llr"';
/** How often day counters past the retention period are rolled up into weeks. */
const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** The request's language, negotiated once per request. */
const languages = new WeakMap<FastifyRequest, Lang>();
function langOf(request: FastifyRequest): Lang {
  let lang = languages.get(request);
  if (lang === undefined) languages.set(request, (lang = negotiateLang(request.headers['accept-language'] ?? null)));
  return lang;
}

/** The request as logged: method and path only (no query, no headers, no client address). */
function requestForLog(request: { method?: string; url?: string; id?: string }) {
  return { method: request.method, path: request.url?.split('?')[0] };
}

/** The coding to send: brotli, else gzip, when the client accepts it (a `q=0` refuses); else none. */
function codingFor(acceptEncoding: string | undefined, doc: Representation): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = (coding: Coding) =>
    acceptEncoding.split(',').some((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      return name.trim() === coding && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    });
  return (['br', 'gzip'] as const).find((coding) => doc.encoded[coding] !== undefined && accepted(coding));
}

/**
 * A revalidatable document: 304 when If-None-Match names one of its ETags (plain or compressed: the client's
 * copy is current either way), else the ready JSON text, compressed when the client takes it.
 */
function sendCacheable(request: FastifyRequest, reply: FastifyReply, doc: Representation): FastifyReply {
  const lang = langOf(request);
  const coding = codingFor(request.headers['accept-encoding'], doc);
  const variant = coding ? doc.encoded[coding] : undefined;
  reply.headers({ 'Cache-Control': 'no-cache', 'Content-Language': lang, Vary: 'Accept-Language, Accept-Encoding' });
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) {
    const current = [doc.etag, doc.encoded.br?.etag, doc.encoded.gzip?.etag].find((tag) => tag && matchesEtag(ifNoneMatch, tag));
    if (current) return reply.code(304).header('ETag', current).send();
  }
  reply.header('ETag', variant?.etag ?? doc.etag).type('application/json');
  if (coding && variant) return reply.header('Content-Encoding', coding).send(variant.body);
  return reply.send(doc.text);
}

function rateLimited(limit: RateLimit) {
  return { rateLimit: { max: limit.max, timeWindow: limit.windowMs } };
}

export async function buildServer(config: ServerConfig, deps: ServerDeps = {}): Promise<FastifyInstance> {
  const contract = loadContract();
  const prefix = contract.basePath;
  const publicData = buildPublicData(contract);

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      serializers: { req: requestForLog },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestTimeout: REQUEST_TIMEOUT_MS,
    return503OnClosing: true,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // URLs the router refuses (a malformed escape, an over-long id) get the same problem+json as everything else.
    frameworkErrors: (error, request, reply) =>
      sendProblem(reply, 'bad-request', langOf(request), { status: typeof error.statusCode === 'number' ? error.statusCode : 400 }),
    // Malformed HTTP (e.g. headers over Node's 16 KB): a problem+json answer, then the connection is closed.
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return socket.destroy();
      const tooLarge = (error as { code?: string }).code === 'HPE_HEADER_OVERFLOW';
      const status = tooLarge ? 431 : 400;
      const body = JSON.stringify({
        type: 'urn:llr:problem:bad-request',
        title: 'Ongeldige aanvraag',
        status,
        detail: 'De headers van de aanvraag zijn te groot of ongeldig.',
      });
      socket.end(
        `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\n` +
          `Content-Language: nl\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  // Only JSON bodies: anything else (text/plain included, which Fastify parses by default) is 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(contract.validatorCompiler);
  app.setSerializerCompiler(contract.serializerCompiler(config.validateResponses));

  const db = deps.db ?? (await openDatabase(config.database));
  if (!deps.db) app.addHook('onClose', async () => db.close());
  const store = new Store(db);
  app.decorate('llr', { store, db });

  // Retention: usage counters older than the configured days are kept per week only (at start, then every hour).
  const rollUp = () =>
    store
      .rollUpDays(mondayOf(addDays(todayInBelgium(), -config.dailyCountsDays)))
      .catch((error: unknown) => app.log.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'usage counters not rolled up'));
  const retention = setInterval(() => void rollUp(), RETENTION_INTERVAL_MS);
  retention.unref();
  app.addHook('onReady', async () => void (await rollUp()));
  app.addHook('onClose', async () => clearInterval(retention));

  // ---------------------------------------------------------------- auth
  let authenticate: Authenticator | undefined;
  let authenticateAnalyst: AnalystAuthenticator | undefined;
  if (config.demo) {
    const issuer = await createDemoIssuer();
    authenticate = createAuthenticator(issuer.auth);
    authenticateAnalyst = createAnalystAuthenticator(issuer.auth);
    await registerDemoIssuer(app, issuer);
    app.log.warn('demo mode: anyone can log in as a persona at /demo/login, or as an analyst');
  } else {
    if (config.auth) authenticate = createAuthenticator(config.auth);
    const analysts = config.analystAuth ?? config.auth;
    if (analysts) authenticateAnalyst = createAnalystAuthenticator(analysts);
  }

  // ---------------------------------------------------------------- web security
  await app.register(helmet, {
    // The API answers JSON and the demo login page plain HTML: nothing may load, run or frame them.
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"] } },
    // The public API is read by host pages on other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  const walletPath = `${prefix}/wallet`;
  const indicatorsPath = `${prefix}/indicators`;
  // Personal data (and the analysts' indicators): only the configured host pages, with their cookies or tokens.
  const personalCors = {
    origin: config.corsOrigins.length > 0 ? [...config.corsOrigins] : false,
    credentials: true,
    methods: ['GET'],
    allowedHeaders: ['Authorization', 'Accept-Language'],
    exposedHeaders: ['Content-Language', 'Retry-After'],
    maxAge: 600,
  };
  // Public data and anonymous events: any page, never with credentials.
  const publicCors = {
    origin: '*',
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Content-Language', 'Retry-After'],
    maxAge: 600,
  };
  await app.register(cors, {
    delegator: (request, callback) =>
      callback(null, request.url?.startsWith(walletPath) || request.url?.startsWith(indicatorsPath) ? personalCors : publicCors),
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('rate limited'), { statusCode: context.statusCode, retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', request.id);
    if (!reply.hasHeader('Content-Language')) reply.header('Content-Language', langOf(request));
    done(null, payload);
  });

  // ---------------------------------------------------------------- errors
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 'not-found', langOf(request)));
  app.setErrorHandler((error: FastifyError & { retryAfterSeconds?: number }, request, reply) => {
    const lang = langOf(request);
    if (error.validation) {
      switch (error.validationContext) {
        case 'params':
          return sendProblem(reply, 'not-found', lang); // an id that cannot exist (e.g. "..%2F..") does not exist
        case 'querystring':
          return sendProblem(reply, 'bad-request', lang, { detail: request.url.startsWith(indicatorsPath) ? 'period' : 'date' });
        case 'body':
          return sendProblem(reply, 'bad-request', lang, { detail: 'batch' });
        default:
          return sendProblem(reply, 'bad-request', lang, { detail: 'headers' });
      }
    }
    if (error instanceof DatabaseUnavailableError || error instanceof IdentityProviderUnavailableError) {
      request.log.warn({ err: { type: error.name, message: error.message } }, 'dependency unavailable');
      return sendProblem(reply, 'unavailable', lang, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 'bad-request', lang, { status: 413, detail: 'tooLarge' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 'bad-request', lang, { status: 415, detail: 'contentType' });
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, 'bad-request', lang, { detail: 'notJson' });
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, 'bad-request', lang, {
        status: 429,
        detail: 'tooMany',
        headers: { 'Retry-After': String(error.retryAfterSeconds ?? 60) },
      });
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, 'bad-request', lang, { status: error.statusCode });
    }
    if (error instanceof ResponseContractError) request.log.error({ err: error }, 'response outside the contract');
    else request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, 'server-error', lang);
  });

  // ---------------------------------------------------------------- the contract's operations
  const handlers: Record<string, Omit<RouteOptions, 'method' | 'url'>> = {
    getCatalogue: { handler: (request, reply) => sendCacheable(request, reply, publicData.catalogue) },
    getIncentive: {
      handler: (request, reply) => {
        const doc = publicData.incentive((request.params as { id: string }).id);
        return doc ? sendCacheable(request, reply, doc) : sendProblem(reply, 'not-found', langOf(request));
      },
    },
    getRuleSetIndex: { handler: (request, reply) => sendCacheable(request, reply, publicData.ruleSetIndex) },
    getCurrentRuleSet: {
      handler: (request, reply) => {
        const doc = publicData.ruleSetOn((request.query as { date: string }).date, langOf(request));
        return doc ? sendCacheable(request, reply, doc) : sendProblem(reply, 'not-found', langOf(request));
      },
    },
    getRuleSet: {
      handler: (request, reply) => {
        const doc = publicData.ruleSet((request.params as { id: string }).id, langOf(request));
        return doc ? sendCacheable(request, reply, doc) : sendProblem(reply, 'not-found', langOf(request));
      },
    },
    getTraining: {
      handler: async (request, reply) => {
        const lang = langOf(request);
        const training = await store.findTraining((request.params as { id: string }).id);
        if (!training) return sendProblem(reply, 'not-found', lang);
        return reply.header('Content-Language', lang).send(training);
      },
    },
    getWallet: {
      config: rateLimited(config.rateLimits.wallet),
      handler: async (request, reply) => {
        const lang = langOf(request);
        const auth = authenticate
          ? await authenticate(tokenOf(request.headers.authorization, request.headers.cookie))
          : ({ ok: false, status: 401, reason: 'missing' } as const);
        if (!auth.ok) {
          if (auth.status === 403) return sendProblem(reply, 'forbidden', lang);
          const error = auth.reason === 'missing' ? '' : ', error="invalid_token"';
          return sendProblem(reply, 'unauthorized', lang, {
            headers: { 'WWW-Authenticate': WWW_AUTHENTICATE + error },
            ...(auth.reason === 'expired' ? { detail: 'tokenExpired' } : {}),
          });
        }
        const stored = await store.loadHistory(auth.personKey);
        const referenceDate = config.referenceDate ?? todayInBelgium();
        const wallet = walletOf(stored, { referenceDate, lang });
        return reply
          .headers({ 'Cache-Control': 'private, no-store', Vary: 'Accept-Language, Authorization, Cookie', 'Content-Language': lang })
          .send(wallet);
      },
    },
    postEvents: {
      config: rateLimited(config.rateLimits.events),
      bodyLimit: EVENTS_BODY_LIMIT,
      handler: async (request, reply) => {
        const lang = langOf(request);
        // The contract checked the shape (closed, at most 50); the values must be ours too. Only counters are kept.
        const batch = request.body as UsageBatch;
        const refusal = refusalOf(batch, config.usageHosts);
        if (refusal) return sendProblem(reply, 'bad-request', lang, { detail: refusal });
        await store.countBatch({ day: todayInBelgium(), host: batch.host, counters: countBatch(batch) });
        return reply.code(202).header('Content-Language', lang).send();
      },
    },
    getIndicators: {
      config: rateLimited(config.rateLimits.indicators),
      handler: async (request, reply) => {
        const lang = langOf(request);
        const auth = authenticateAnalyst
          ? await authenticateAnalyst(tokenOf(request.headers.authorization, undefined))
          : ({ ok: false, status: 401, reason: 'missing' } as const);
        if (!auth.ok) {
          if (auth.status === 403) return sendProblem(reply, 'forbidden', lang);
          const error = auth.reason === 'missing' ? '' : ', error="invalid_token"';
          return sendProblem(reply, 'unauthorized', lang, { headers: { 'WWW-Authenticate': WWW_AUTHENTICATE + error } });
        }
        const { from, to, host } = request.query as { from: string; to: string; host?: string };
        const refused = queryProblem(from, to, host, config.usageHosts);
        if (refused) return sendProblem(reply, 'bad-request', lang, { detail: refused });
        const hosts = host ? [host] : config.usageHosts;
        const [first, last] = [mondayOf(from), addDays(mondayOf(to), 6)];
        const rows = await store.counterRows(first, last, hosts);
        const indicators = indicatorsOf(rows, {
          from,
          to,
          hosts: config.usageHosts,
          host,
          threshold: config.suppressBelow,
          generatedAt: new Date().toISOString(),
        });
        return reply.headers({ 'Cache-Control': 'private, no-store', Vary: 'Accept-Language, Authorization', 'Content-Language': lang }).send(indicators);
      },
    },
  };

  const routes = contractRoutes(contract);
  for (const route of routes) {
    const options = handlers[route.operationId];
    if (!options) throw new Error(`the contract's operation ${route.operationId} has no handler`);
    if (route.operationId === 'postEvents') continue;
    app.route({ ...options, method: route.method, url: route.url, schema: route.schema });
  }
  // Usage signals come with navigator.sendBeacon as text/plain (a CORS-safelisted type, so no preflight): on this
  // route only, such a body is read as JSON, with the same schema and limits as application/json.
  await app.register(async (scope) => {
    scope.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: EVENTS_BODY_LIMIT }, (_request, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(Object.assign(new Error('not JSON'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }), undefined);
      }
    });
    const route = routes.find((r) => r.operationId === 'postEvents');
    const options = handlers.postEvents;
    if (route && options) scope.route({ ...options, method: route.method, url: route.url, schema: route.schema });
  });

  // ---------------------------------------------------------------- the built front end (optional)
  await registerStatic(app, config.staticMounts);

  // ---------------------------------------------------------------- operations
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ok', database: db.kind };
    } catch {
      return reply.code(503).header('Retry-After', String(RETRY_AFTER_SECONDS)).send({ status: 'unavailable', database: db.kind });
    }
  });

  return app;
}
