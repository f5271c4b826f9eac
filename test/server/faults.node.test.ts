/**
 * Faults, and nothing lost:
 * - the database goes away → 503 with Retry-After (public documents still served), and the server recovers by
 *   itself when it is back (a real PostgreSQL cluster, stopped and started);
 * - the process is killed (`kill -9`) while events are being written → every event that was acknowledged (202)
 *   is in the database afterwards, on the embedded database and on PostgreSQL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { TRAININGS } from '../../mocks/trainings';
import { openDatabase } from '../../server/db';
import { Store } from '../../server/store';
import { postgresBin, startCluster, type Cluster } from '../../scripts/pg-cluster';
import { API, testServer } from './helpers';

const EVENT = JSON.stringify({ host: 'burgerprofiel', events: [{ type: 'wegwijzer-started' }] });
const training = TRAININGS[0]!;

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

const havePostgres = postgresBin() !== undefined;
if (!havePostgres) console.log('# PostgreSQL is not installed: the database-outage and PostgreSQL crash tests need it (.ci/run installs it)');

if (havePostgres) {
  describe('the database goes away and comes back (real PostgreSQL cluster)', () => {
    let dir: string;
    let cluster: Cluster;
    let app: FastifyInstance;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'llr-outage-'));
      cluster = await startCluster(dir);
      app = await testServer({ database: { url: cluster.url } });
      await app.llr.store.importTraining(training);
    });
    after(async () => {
      await app.close();
      try {
        cluster.stop('immediate');
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    });

    const get = (url: string) => app.inject({ method: 'GET', url });
    const post = () => app.inject({ method: 'POST', url: `${API}/events`, headers: { 'content-type': 'application/json' }, payload: EVENT });

    it('503 problem+json with Retry-After while it is down; public documents still served; back to normal when it returns', async () => {
      assert.equal((await get(`${API}/trainings/${training.id}`)).statusCode, 200);
      assert.equal((await get('/readyz')).statusCode, 200);

      cluster.stop('immediate');
      for (const res of [await get(`${API}/trainings/${training.id}`), await post()]) {
        assert.equal(res.statusCode, 503, res.body);
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
        assert.match(String(res.headers['retry-after']), /^[0-9]+$/);
        assert.equal(res.json().type, 'urn:llr:problem:unavailable');
      }
      assert.equal((await get('/readyz')).statusCode, 503);
      assert.equal((await get('/healthz')).statusCode, 200, 'alive, only not ready');
      assert.equal((await get(`${API}/rule-sets/current?date=2026-11-28`)).statusCode, 200, 'rule sets need no database');

      cluster.start();
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await get(`${API}/trainings/${training.id}`)).statusCode;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(status, 200, 'recovered without a restart');
      assert.equal((await post()).statusCode, 202);
      assert.equal((await get('/readyz')).statusCode, 200);
    });
  });
}

/** Starts server/main.ts in a child process; resolves with its port once it listens. */
async function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), LLR_LOG_LEVEL: 'warn', LLR_RATE_EVENTS: '1000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Up to a minute: the child compiles TypeScript and starts its database, on a machine that may be busy.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return { child, port };
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

/** Acknowledged events before the kill: enough that the kill lands in the middle of a stream of writes. */
const KILL_AFTER_ACKS = 150;
/** Bound of the whole posting loop (a very slow machine still stops). */
const POST_LIMIT_MS = 30_000;

/**
 * Posts events from 8 loops; kills the child (SIGKILL) once KILL_AFTER_ACKS were acknowledged, while the other
 * loops still have requests in flight. Returns how many were acknowledged with 202 in all.
 */
async function postUntilKilled(port: number, child: ChildProcess): Promise<number> {
  let acknowledged = 0;
  let dead = false;
  const kill = () => {
    if (dead) return;
    dead = true;
    child.kill('SIGKILL');
  };
  const limit = setTimeout(kill, POST_LIMIT_MS);
  const loop = async () => {
    while (!dead) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}${API}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: EVENT });
        if (res.status === 202) acknowledged += 1;
        if (acknowledged >= KILL_AFTER_ACKS) kill();
      } catch {
        return; // connection refused or reset: the process is gone
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, loop));
  clearTimeout(limit);
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once('exit', r)));
  return acknowledged;
}

describe('kill -9 during event writes loses no acknowledged event', () => {
  it('embedded database (PGlite in a folder)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llr-crash-'));
    try {
      const { child, port } = await startChild({ LLR_DATA_DIR: join(dir, 'db'), DATABASE_URL: '' });
      const acknowledged = await postUntilKilled(port, child);
      assert.ok(acknowledged >= KILL_AFTER_ACKS, `only ${acknowledged} events were acknowledged before the kill`);
      const db = await openDatabase({ dataDir: join(dir, 'db') });
      const stored = await new Store(db).countedSignals();
      await db.close();
      assert.ok(stored >= acknowledged, `${stored} stored < ${acknowledged} acknowledged`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  if (havePostgres) {
    it('PostgreSQL', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'llr-crash-pg-'));
      const cluster = await startCluster(dir);
      try {
        const { child, port } = await startChild({ DATABASE_URL: cluster.url });
        const acknowledged = await postUntilKilled(port, child);
        assert.ok(acknowledged >= KILL_AFTER_ACKS, `only ${acknowledged} events were acknowledged before the kill`);
        const db = await openDatabase({ url: cluster.url });
        const stored = await new Store(db).countedSignals();
        await db.close();
        assert.ok(stored >= acknowledged, `${stored} stored < ${acknowledged} acknowledged`);
      } finally {
        cluster.stop('immediate');
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
