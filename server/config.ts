/**
 * The server's settings, read from the environment by `configFromEnv()` (server/main.ts) or given directly by
 * tests. Every setting has a safe default: embedded database in ./.data/pglite, no CORS origins, no demo.
 */
import type { AuthConfig } from './auth';
import type { StaticMount } from './static';

export interface RateLimit {
  /** Requests per window per client address (kept in memory only, never logged or stored). */
  max: number;
  windowMs: number;
}

export interface ServerConfig {
  database: {
    /** A PostgreSQL connection string (`DATABASE_URL`); without it, the embedded database. */
    url?: string | undefined;
    /** The embedded database's folder (`LLR_DATA_DIR`); without it, in memory. */
    dataDir?: string | undefined;
  };
  /** The OIDC provider whose tokens /wallet accepts; with `demo`, the demo issuer's. Without either, /wallet is always 401. */
  auth?: Omit<AuthConfig, 'keys'> | undefined;
  /** LLR_DEMO=1: the demo issuer (login page, JWKS, short-lived tokens for the personas). */
  demo: boolean;
  /** Host-page origins allowed to call /wallet with credentials (`LLR_CORS_ORIGINS`, comma-separated). */
  corsOrigins: readonly string[];
  /** The day wallets are computed for (`LLR_REFERENCE_DATE`); without it, today in Belgium. */
  referenceDate?: string | undefined;
  /** Largest request body in bytes. */
  bodyLimit: number;
  rateLimits: { wallet: RateLimit; events: RateLimit };
  /** Validate every JSON response against the contract before sending it (on unless LLR_VALIDATE_RESPONSES=0). */
  validateResponses: boolean;
  /** pino level; 'silent' in tests. */
  logLevel: string;
  /** Behind a reverse proxy: read the client address from X-Forwarded-For (for rate limits only). */
  trustProxy: boolean;
  /** Built front-end folders to serve (LLR_STATIC_DEMO at `/`, LLR_STATIC_EMBED at `/embed/`). */
  staticMounts: readonly StaticMount[];
}

/** A usage event is about 150 bytes; nothing the API accepts comes near this. */
export const DEFAULT_BODY_LIMIT = 4_096;

export const DEFAULTS: ServerConfig = {
  database: {},
  demo: false,
  corsOrigins: [],
  bodyLimit: DEFAULT_BODY_LIMIT,
  rateLimits: { wallet: { max: 60, windowMs: 60_000 }, events: { max: 120, windowMs: 60_000 } },
  validateResponses: true,
  logLevel: 'info',
  trustProxy: false,
  staticMounts: [],
};

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const issuer = env.LLR_OIDC_ISSUER;
  const audience = env.LLR_OIDC_AUDIENCE;
  const jwksUrl = env.LLR_OIDC_JWKS_URL;
  return {
    database: { url: env.DATABASE_URL || undefined, dataDir: env.LLR_DATA_DIR || '.data/pglite' },
    auth:
      issuer && audience && jwksUrl
        ? { issuer, audience, jwksUrl, requiredScope: env.LLR_OIDC_SCOPE || undefined, subjectPepper: env.LLR_SUBJECT_PEPPER || undefined }
        : undefined,
    demo: env.LLR_DEMO === '1',
    corsOrigins: (env.LLR_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    referenceDate: env.LLR_REFERENCE_DATE || undefined,
    bodyLimit: positive(env.LLR_BODY_LIMIT, DEFAULT_BODY_LIMIT),
    rateLimits: {
      wallet: { max: positive(env.LLR_RATE_WALLET, DEFAULTS.rateLimits.wallet.max), windowMs: 60_000 },
      events: { max: positive(env.LLR_RATE_EVENTS, DEFAULTS.rateLimits.events.max), windowMs: 60_000 },
    },
    validateResponses: env.LLR_VALIDATE_RESPONSES !== '0',
    logLevel: env.LLR_LOG_LEVEL || 'info',
    trustProxy: env.LLR_TRUST_PROXY === '1',
    staticMounts: [
      ...(env.LLR_STATIC_DEMO ? [{ prefix: '/', dir: env.LLR_STATIC_DEMO }] : []),
      ...(env.LLR_STATIC_EMBED ? [{ prefix: '/embed/', dir: env.LLR_STATIC_EMBED }] : []),
    ],
  };
}

/** Today in Belgium as YYYY-MM-DD (a date is a day in Belgium, src/domain/dates.ts). */
export function todayInBelgium(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}
