/**
 * The server's settings, read from the environment by `configFromEnv()` (server/main.ts) or given directly by
 * tests. Every setting has a safe default: embedded database in ./.data/pglite, no CORS origins, no demo.
 */
import type { AuthConfig } from './auth';
import { DEFAULT_USAGE_HOSTS } from '../mocks/usage';
import { DEFAULT_THRESHOLD } from '../mocks/indicators';
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
  /**
   * The OIDC provider of the analysts, whose tokens with the analyst scope read /indicators; without it, the
   * citizens' provider (`auth`) with the analyst scope; with `demo`, the demo issuer. Without any, /indicators is 401.
   */
  analystAuth?: Omit<AuthConfig, 'keys'> | undefined;
  /** LLR_DEMO=1: the demo issuer (login page, JWKS, short-lived tokens for the personas). */
  demo: boolean;
  /** Host-page origins allowed to call /wallet with credentials (`LLR_CORS_ORIGINS`, comma-separated). */
  corsOrigins: readonly string[];
  /** The day wallets are computed for (`LLR_REFERENCE_DATE`); without it, today in Belgium. */
  referenceDate?: string | undefined;
  /** Largest request body in bytes. */
  bodyLimit: number;
  rateLimits: { wallet: RateLimit; events: RateLimit; indicators: RateLimit };
  /** The hosts whose usage signals are counted (`LLR_USAGE_HOSTS`, comma-separated names such as `burgerprofiel`). */
  usageHosts: readonly string[];
  /** Published cells below this count are withheld (`LLR_SUPPRESS_BELOW`: 10, and never less from the environment). */
  suppressBelow: number;
  /** Usage counters are kept per day this many days, then per week (`LLR_DAILY_COUNTS_DAYS`, default 90). */
  dailyCountsDays: number;
  /** Validate every JSON response against the contract before sending it (on unless LLR_VALIDATE_RESPONSES=0). */
  validateResponses: boolean;
  /** pino level; 'silent' in tests. */
  logLevel: string;
  /** Behind a reverse proxy: read the client address from X-Forwarded-For (for rate limits only). */
  trustProxy: boolean;
  /** Built front-end folders to serve (LLR_STATIC_DEMO at `/`, LLR_STATIC_EMBED at `/embed/`). */
  staticMounts: readonly StaticMount[];
}

/** Nothing the API accepts comes near this, except a batch of usage signals (below). */
export const DEFAULT_BODY_LIMIT = 4_096;
/** A batch of 50 signals is at most about 8 KB (a completed run with every outcome is the longest signal). */
export const EVENTS_BODY_LIMIT = 16_384;

export const DEFAULTS: ServerConfig = {
  database: {},
  demo: false,
  corsOrigins: [],
  bodyLimit: DEFAULT_BODY_LIMIT,
  rateLimits: { wallet: { max: 60, windowMs: 60_000 }, events: { max: 120, windowMs: 60_000 }, indicators: { max: 30, windowMs: 60_000 } },
  usageHosts: DEFAULT_USAGE_HOSTS,
  suppressBelow: DEFAULT_THRESHOLD,
  dailyCountsDays: 90,
  validateResponses: true,
  logLevel: 'info',
  trustProxy: false,
  staticMounts: [],
};

/** Comma-separated host names; anything that is not one (a URL, say) is refused at start. */
function names(value: string): string[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of list) if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.length > 32) throw new Error(`LLR_USAGE_HOSTS: "${name}" is not a host name`);
  return list;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const issuer = env.LLR_OIDC_ISSUER;
  const audience = env.LLR_OIDC_AUDIENCE;
  const jwksUrl = env.LLR_OIDC_JWKS_URL;
  const analystIssuer = env.LLR_ANALYST_OIDC_ISSUER || issuer;
  const analystAudience = env.LLR_ANALYST_OIDC_AUDIENCE || audience;
  const analystJwks = env.LLR_ANALYST_OIDC_JWKS_URL || jwksUrl;
  return {
    database: { url: env.DATABASE_URL || undefined, dataDir: env.LLR_DATA_DIR || '.data/pglite' },
    auth:
      issuer && audience && jwksUrl
        ? { issuer, audience, jwksUrl, requiredScope: env.LLR_OIDC_SCOPE || undefined, subjectPepper: env.LLR_SUBJECT_PEPPER || undefined }
        : undefined,
    analystAuth:
      analystIssuer && analystAudience && analystJwks
        ? { issuer: analystIssuer, audience: analystAudience, jwksUrl: analystJwks, analystScope: env.LLR_ANALYST_SCOPE || undefined }
        : undefined,
    demo: env.LLR_DEMO === '1',
    corsOrigins: (env.LLR_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    referenceDate: env.LLR_REFERENCE_DATE || undefined,
    bodyLimit: positive(env.LLR_BODY_LIMIT, DEFAULT_BODY_LIMIT),
    rateLimits: {
      wallet: { max: positive(env.LLR_RATE_WALLET, DEFAULTS.rateLimits.wallet.max), windowMs: 60_000 },
      events: { max: positive(env.LLR_RATE_EVENTS, DEFAULTS.rateLimits.events.max), windowMs: 60_000 },
      indicators: { max: positive(env.LLR_RATE_INDICATORS, DEFAULTS.rateLimits.indicators.max), windowMs: 60_000 },
    },
    usageHosts: env.LLR_USAGE_HOSTS ? names(env.LLR_USAGE_HOSTS) : DEFAULTS.usageHosts,
    // Raising the threshold is allowed; lowering it is for tests only (they pass it directly).
    suppressBelow: Math.max(DEFAULT_THRESHOLD, Math.floor(positive(env.LLR_SUPPRESS_BELOW, DEFAULT_THRESHOLD))),
    dailyCountsDays: Math.floor(positive(env.LLR_DAILY_COUNTS_DAYS, DEFAULTS.dailyCountsDays)),
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
