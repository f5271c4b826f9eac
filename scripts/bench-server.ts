/**
 * npm run bench:server — load on loopback only, bounded in connections and time, with autocannon:
 *   1. GET /rule-sets/current with a matching If-None-Match (the 304 path)      target ≥ 5 000 req/s
 *   2. GET /incentives (the whole catalogue, 200)
 *   3. GET /wallet for 1 000 imported people with valid tokens, at a steady 200 req/s   target p99 ≤ 50 ms
 *      (and once flat out with autocannon, for the requests per core)
 *   4. POST /events: batches of 20 usage signals, as beacons send them      target ≥ 2 000 events/s on PostgreSQL
 *   5. GET /indicators over one year of daily counters (two hosts)           target ≤ 200 ms
 * on the embedded database (PGlite) and on PostgreSQL (DATABASE_URL, or a throwaway cluster when Debian's
 * postgresql is installed). The server runs in a child process (one Node process = one core); autocannon here.
 * Tokens come from a local key set served on loopback, as an OIDC provider's would (remote JWKS, cached).
 *
 * The steady-rate run is paced here rather than with autocannon's `overallRate`: that option sends each second's
 * quota in a burst at the start of the second and "corrects" latencies against a 1 ms interval, so its p99 says
 * more about the burst than about the server. Here one request leaves every 5 ms (an open model: latency counts
 * from the planned send time, so a slow answer cannot hide the ones queued behind it).
 *
 * Options: --seconds N (default 10 per run), --only pglite|postgres. Results: printed, and bench/server-results.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { openDatabase } from '../server/db';
import { Store } from '../server/store';
import { parseHistoryLine } from '../server/history';
import { PERSONA_LINES } from '../server/personas';
import { TRAININGS } from '../mocks/trainings';
import { REFERENCE_DATE } from '../mocks/personas';
import { postgresBin, startCluster } from './pg-cluster';
import { demoCounters, DEMO_LAST_DAY } from '../mocks/usage-demo';
import { DEFAULT_USAGE_HOSTS } from '../mocks/usage';
import { addDays } from '../src/domain/dates';

const API = '/api/llr/v1';
const PEOPLE = 1_000;
const WALLET_RATE = 200;
const ISSUER = 'https://login.bench.test';
const AUDIENCE = 'llr-api';
const SCOPE = 'llr.wallet';
/** Signals per batch in the events run (a page sends one batch when it is hidden). */
const BATCH = 20;
/** The year of daily counters the indicators run reads: the demo's last 52 weeks. */
const YEAR = { from: addDays(DEMO_LAST_DAY, -7 * 52 + 2), to: DEMO_LAST_DAY };
/** Indicator requests measured, one after another, after a warm-up. */
const INDICATOR_REQUESTS = 30;

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SECONDS = Math.min(Math.max(Number(arg('seconds') ?? 10), 1), 60);
const ONLY = arg('only');

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => done(port));
    });
  });
}

/** A key set on loopback, 1 000 citizens' tokens and an analyst's, signed with it. */
async function identityProvider(keys: string[]) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' }] });
  const server = createHttpServer((_req, res) => res.setHeader('Content-Type', 'application/json').end(jwks));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const tokens = await Promise.all(
    keys.map((sub) =>
      new SignJWT({ scope: SCOPE })
        .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
    ),
  );
  const analyst = await new SignJWT({ scope: 'llr.analyst' })
    .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('bench-analyst')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`, tokens, analyst, close: () => server.close() };
}

/** 1 000 people: the nine personas' histories under bench keys, imported before the server starts. */
async function seed(database: { url?: string; dataDir?: string }): Promise<string[]> {
  const db = await openDatabase(database);
  const store = new Store(db);
  const keys: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const line = { ...PERSONA_LINES[i % PERSONA_LINES.length]!, id: `bench-${i}` };
    await store.importHistory(parseHistoryLine(line, REFERENCE_DATE));
    keys.push(line.id);
  }
  for (const training of TRAININGS) await store.importTraining(training);
  await seedDailyCounters(db);
  await db.close();
  return keys;
}

/**
 * A year of daily usage counters for two hosts: the demo's weekly counters (mocks/usage-demo.ts) spread over the
 * days of their weeks, so every day has its own rows (about 74 000 in all).
 */
async function seedDailyCounters(db: Awaited<ReturnType<typeof openDatabase>>): Promise<number> {
  const rows = demoCounters(YEAR.from, YEAR.to, DEFAULT_USAGE_HOSTS).flatMap((r) =>
    Array.from({ length: 7 }, (_, day) => ({ ...r, day: addDays(r.week, day), count: Math.floor(r.count / 7) + (day < r.count % 7 ? 1 : 0) })),
  ).filter((r) => r.count > 0 && r.day <= YEAR.to);
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    const column = <T>(pick: (r: (typeof chunk)[number]) => T) => chunk.map(pick);
    await db.query(
      `INSERT INTO usage_counts (period, grain, host, counter, subject, detail, count)
       SELECT period, 'day', host, counter, subject, detail, count
         FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS t (period, host, counter, subject, detail, count)
       ON CONFLICT DO NOTHING`,
      [column((r) => r.day), column((r) => r.host), column((r) => r.counter), column((r) => r.subject), column((r) => r.detail), column((r) => r.count)],
    );
  }
  // As autovacuum would have done by then: the planner knows the table.
  await db.query('ANALYZE usage_counts');
  return rows.length;
}

/** A Wegwijzer run's signals, 20 of them: started, nine questions shown and answered, the result. */
function signalBatch(i: number): string {
  const questions = ['status', 'workplace', 'residence', 'sector', 'education', 'employmentPercent', 'hoursPerWeek', 'popWithin6Years', 'experienceYears'];
  const events: unknown[] = [{ type: 'wegwijzer-started' }];
  questions.forEach((question, n) => {
    events.push({ type: 'wegwijzer-question-shown', question, step: n + 1 });
    events.push({ type: 'wegwijzer-question-answered', question, step: n + 1, dontKnow: (i + n) % 7 === 0 });
  });
  events.push({
    type: 'wegwijzer-completed',
    outcomes: { eligible: ['opleidingscheques', 'vlaams-opleidingsverlof'], unknown: ['loopbaancheques'], notEligible: ['kmo-portefeuille', 'vlaams-opleidingskrediet'] },
    referrals: i % 2 ? ['sectorfonds'] : [],
  });
  return JSON.stringify({ host: DEFAULT_USAGE_HOSTS[i % DEFAULT_USAGE_HOSTS.length], events });
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      LLR_LOG_LEVEL: 'warn',
      LLR_REFERENCE_DATE: REFERENCE_DATE,
      LLR_RATE_WALLET: '100000000',
      LLR_RATE_EVENTS: '100000000',
      LLR_RATE_INDICATORS: '100000000',
      // The seeded year stays daily (no roll-up into weeks at start).
      LLR_DAILY_COUNTS_DAYS: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return { child, origin };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

interface Row {
  database: string;
  run: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The events run: requests × signals per batch. */
  eventsPerSecond?: number;
}

/** GET /indicators for the seeded year, one request at a time (an analyst's dashboard), after two warm-ups. */
async function indicatorQuery(database: string, origin: string, token: string): Promise<Row> {
  const url = `${origin}${API}/indicators?from=${YEAR.from}&to=${YEAR.to}`;
  const get = async () => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (!response.ok) throw new Error(`indicators: ${response.status} ${body.slice(0, 200)}`);
    return body.length;
  };
  await get();
  const bytes = await get();
  const times: number[] = [];
  for (let i = 0; i < INDICATOR_REQUESTS; i++) {
    const started = performance.now();
    await get();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0);
  const row: Row = { database, run: 'GET /indicators, a year of daily counters', requestsPerSecond: Math.round(1000 / (times.reduce((a, b) => a + b, 0) / times.length)), p50: pct(50), p99: pct(99), non2xx: 0, errors: 0 };
  console.log(`${database.padEnd(10)} ${row.run.padEnd(46)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${String(row.p50).padStart(3)} ms  p99 ${String(row.p99).padStart(3)} ms  (${Math.round(bytes / 1024)} KB)`);
  return row;
}

async function load(database: string, run: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ duration: SECONDS, connections: 20, ...options });
  const row: Row = {
    database,
    run,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(`${database.padEnd(10)} ${run.padEnd(46)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${String(row.p50).padStart(3)} ms  p99 ${String(row.p99).padStart(3)} ms  non-2xx ${row.non2xx}  errors ${row.errors}`);
  return row;
}

/** One request every 1000/rate ms for `SECONDS`, latency from the planned send time; p50/p99 in ms. */
async function paced(database: string, run: string, origin: string, rate: number, headersOf: (i: number) => Record<string, string>, path: string): Promise<Row> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const { hostname, port } = new URL(origin);
  const total = rate * SECONDS;
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: total }, (_, i) => {
      const planned = started + i * interval;
      return new Promise<void>((done) => {
        setTimeout(() => {
          const req = httpRequest({ host: hostname, port, path, agent, headers: headersOf(i) }, (res) => {
            res.resume();
            res.on('end', () => {
              latencies.push(performance.now() - planned);
              if ((res.statusCode ?? 0) >= 300) non2xx += 1;
              done();
            });
          });
          req.on('error', () => {
            errors += 1;
            done();
          });
          req.end();
        }, Math.max(0, planned - performance.now()));
      });
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  const row: Row = { database, run, requestsPerSecond: Math.round(latencies.length / ((performance.now() - started) / 1000)), p50: pct(50), p99: pct(99), non2xx, errors };
  console.log(`${database.padEnd(10)} ${run.padEnd(46)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${String(row.p50).padStart(3)} ms  p99 ${String(row.p99).padStart(3)} ms  non-2xx ${row.non2xx}  errors ${row.errors}`);
  return row;
}

async function benchDatabase(name: string, database: { url?: string; dataDir?: string }): Promise<Row[]> {
  const keys = await seed(database);
  const idp = await identityProvider(keys);
  const env: Record<string, string> = { LLR_OIDC_ISSUER: ISSUER, LLR_OIDC_AUDIENCE: AUDIENCE, LLR_OIDC_JWKS_URL: idp.url, LLR_OIDC_SCOPE: SCOPE };
  if (database.url) env.DATABASE_URL = database.url;
  else env.LLR_DATA_DIR = database.dataDir ?? '';
  const { child, origin } = await startServer(env);
  const rows: Row[] = [];
  try {
    const current = `${origin}${API}/rule-sets/current?date=${REFERENCE_DATE}`;
    const etag = (await fetch(current)).headers.get('ETag') ?? '';
    rows.push(await load(name, 'GET /rule-sets/current, If-None-Match → 304', { url: current, headers: { 'If-None-Match': etag }, connections: 50 }));
    rows.push(await load(name, 'GET /incentives → 200 (whole catalogue)', { url: `${origin}${API}/incentives` }));

    let next = 0;
    const walletRequest = {
      method: 'GET' as const,
      path: `${API}/wallet`,
      setupRequest: (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, authorization: `Bearer ${idp.tokens[next++ % idp.tokens.length]}` } }),
    };
    // Warm up the JWKS cache and the code paths once.
    await fetch(`${origin}${API}/wallet`, { headers: { authorization: `Bearer ${idp.tokens[0]}` } });
    // Flat out first: it also warms the code paths (JIT) and the connection pools for the steady run.
    rows.push(await load(name, 'GET /wallet, 1 000 people, flat out', { url: origin, requests: [walletRequest], connections: 20 }));
    rows.push(
      await paced(name, `GET /wallet, 1 000 people, at ${WALLET_RATE} req/s`, origin, WALLET_RATE, (i) => ({ authorization: `Bearer ${idp.tokens[i % idp.tokens.length]}` }), `${API}/wallet`),
    );
    const bodies = Array.from({ length: 8 }, (_, i) => signalBatch(i));
    let batch = 0;
    const events = await load(name, `POST /events, batches of ${BATCH} → 202 (committed)`, {
      url: origin,
      requests: [{ method: 'POST', path: `${API}/events`, setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[batch++ % bodies.length] }) }],
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      connections: 20,
    });
    events.eventsPerSecond = events.requestsPerSecond * BATCH;
    console.log(`${name.padEnd(10)} ${'  = events ingested per second'.padEnd(46)} ${String(events.eventsPerSecond).padStart(6)} events/s`);
    rows.push(events);
    rows.push(await indicatorQuery(name, origin, idp.analyst));
  } finally {
    child.kill('SIGTERM');
    idp.close();
  }
  return rows;
}

async function main(): Promise<void> {
  console.log(`Server bench on ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}; ${SECONDS} s per run, loopback only.\n`);
  const rows: Row[] = [];
  const tmp = mkdtempSync(join(os.tmpdir(), 'llr-bench-'));
  try {
    if (ONLY !== 'postgres') rows.push(...(await benchDatabase('PGlite', { dataDir: join(tmp, 'pglite') })));
    if (ONLY !== 'pglite') {
      if (process.env.DATABASE_URL) {
        rows.push(...(await benchDatabase('PostgreSQL', { url: process.env.DATABASE_URL })));
      } else if (postgresBin()) {
        // A folder of its own: the postgres user must own it (and cannot enter root's temporary folders).
        const dir = mkdtempSync(join(os.tmpdir(), 'llr-bench-pg-'));
        const cluster = await startCluster(dir);
        try {
          rows.push(...(await benchDatabase('PostgreSQL', { url: cluster.url })));
        } finally {
          cluster.stop('fast');
          rmSync(dir, { recursive: true, force: true });
        }
      } else {
        console.log('PostgreSQL: not installed (apt-get install -y postgresql), skipped.');
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync('bench/server-results.json', `${JSON.stringify({ date: new Date().toISOString(), cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version, seconds: SECONDS, rows }, null, 2)}\n`);
  const notMet = rows.filter(
    (r) =>
      (r.run.includes('→ 304') && r.requestsPerSecond < 5_000) ||
      (r.database === 'PostgreSQL' && r.run.includes(`at ${WALLET_RATE}`) && r.p99 > 50) ||
      (r.database === 'PostgreSQL' && r.eventsPerSecond !== undefined && r.eventsPerSecond < 2_000) ||
      (r.run.startsWith('GET /indicators') && r.p50 > 200),
  );
  console.log(
    notMet.length
      ? `\nTargets NOT met: ${notMet.map((r) => `${r.database} ${r.run}`).join('; ')}`
      : '\nTargets met (304 ≥ 5 000 req/s; /wallet p99 ≤ 50 ms at 200 req/s on PostgreSQL; ≥ 2 000 events/s on PostgreSQL; indicators of a year ≤ 200 ms).',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
