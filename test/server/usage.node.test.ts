/**
 * Usage signals on the server (issue 15): counters only, never a raw signal, an address, a user agent or a cookie;
 * a batch counted whole or refused whole (hostile batches in usage-hostile.json); retention that rolls days up
 * into weeks without changing a figure; /indicators for analysts only. On the embedded database, and on
 * PostgreSQL when DATABASE_URL is set (a fresh database each).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { todayInBelgium } from '../../server/config';
import { addDays } from '../../src/domain/dates';
import { mondayOf } from '../../mocks/indicators';
import { freshPostgres, type TestDatabase } from '../support/databases';
import { API, testServer } from './helpers';

const databases: { name: string; url?: string }[] = [{ name: 'PGlite' }];
if (process.env.DATABASE_URL) databases.push({ name: 'PostgreSQL', url: process.env.DATABASE_URL });

const BATCH = {
  host: 'burgerprofiel',
  events: [
    { type: 'wegwijzer-started' },
    { type: 'wegwijzer-question-shown', question: 'status', step: 1 },
    { type: 'wegwijzer-question-answered', question: 'status', step: 1, dontKnow: true },
    { type: 'wegwijzer-completed', outcomes: { eligible: ['opleidingscheques'], unknown: [], notEligible: ['kmo-portefeuille'] }, referrals: ['sectorfonds'] },
    { type: 'wallet-shown', state: 'loaded' },
  ],
};
/** What a browser sends besides the body; none of it may be kept. */
const TRACES = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Trace/7.7.7', 'x-forwarded-for': '198.51.100.23', cookie: 'llr-session=cookie-trace-42' };

interface HostileCase {
  label: string;
  status: number;
  batch?: unknown;
  /** A batch of this many copies of one signal. */
  repeat?: number;
}
const { cases } = JSON.parse(readFileSync(new URL('./usage-hostile.json', import.meta.url), 'utf8')) as { cases: HostileCase[] };

for (const database of databases) {
  describe(`usage signals on ${database.name}`, () => {
    let app: FastifyInstance;
    let postgres: TestDatabase | undefined;
    before(async () => {
      postgres = database.url ? await freshPostgres(database.url) : undefined;
      app = await testServer({ database: { url: postgres?.url }, demo: true, trustProxy: true, suppressBelow: 0 });
    });
    after(async () => {
      await app.close();
      await postgres?.drop();
    });

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: `${API}/events`, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
    /** Every row of every table, as text: what the database holds. */
    const everything = async () => {
      const tables = await app.llr.db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
      const dump: Record<string, unknown[]> = {};
      for (const { name } of tables) dump[name] = await app.llr.db.query(`SELECT * FROM ${name} ORDER BY 1, 2, 3`);
      return dump;
    };

    it('after a batch the database holds counter rows only: no signal, no address, no user agent, no cookie', async () => {
      const res = await post(BATCH, TRACES);
      assert.equal(res.statusCode, 202);
      const dump = await everything();
      assert.deepEqual(Object.keys(dump).sort(), ['people', 'schemaversion', 'timeline_entries', 'trainings', 'usage_counts', 'uses']);
      for (const table of ['people', 'timeline_entries', 'uses', 'trainings']) assert.deepEqual(dump[table], [], `${table} is empty`);
      const columns = await app.llr.db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'usage_counts' ORDER BY ordinal_position`,
      );
      assert.deepEqual(columns.map((c) => c.column_name), ['period', 'grain', 'host', 'counter', 'subject', 'detail', 'count']);
      const text = JSON.stringify(dump);
      for (const trace of ['Trace/7.7.7', '198.51.100.23', 'cookie-trace-42', 'Mozilla']) assert.ok(!text.includes(trace), `${trace} was stored`);
      const rows = await app.llr.db.query<{ counter: string; subject: string; detail: string; count: number; grain: string }>(
        `SELECT counter, subject, detail, count::int AS count, grain FROM usage_counts ORDER BY counter, subject, detail`,
      );
      assert.deepEqual(
        rows.map((r) => `${r.grain} ${r.counter} ${r.subject} ${r.detail} ${r.count}`),
        [
          'day wallet-shown loaded  1',
          'day wegwijzer-completed   1',
          'day wegwijzer-dont-know status 1 1',
          'day wegwijzer-outcome kmo-portefeuille evaluated 1',
          'day wegwijzer-outcome opleidingscheques eligible 1',
          'day wegwijzer-outcome opleidingscheques evaluated 1',
          'day wegwijzer-question-answered status 1 1',
          'day wegwijzer-question-shown status 1 1',
          'day wegwijzer-referral-shown sectorfonds  1',
          'day wegwijzer-started   1',
        ],
        'one counter per signal part; outcomes one by one, never their combination',
      );
    });

    it('the same batch again adds one to the same counters (no new rows)', async () => {
      const before = (await everything()).usage_counts as { count: string | number }[];
      assert.equal((await post(BATCH)).statusCode, 202);
      const after = (await everything()).usage_counts as { count: string | number }[];
      assert.equal(after.length, before.length);
      assert.deepEqual(after.map((r) => Number(r.count)), before.map((r) => Number(r.count) + 1));
    });

    describe('a hostile batch is refused with problem+json and changes no counter', () => {
      for (const c of cases) {
        it(`${c.label} → ${c.status}`, async () => {
          const before = await everything();
          const body = c.repeat ? { host: 'burgerprofiel', events: Array.from({ length: c.repeat }, () => ({ type: 'badge-expanded' })) } : c.batch;
          const res = await post(body);
          assert.equal(res.statusCode, c.status, res.body);
          assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
          assert.equal(res.json().status, c.status);
          assert.deepEqual(await everything(), before);
        });
      }
    });

    it('retention: day counters of weeks past the period become one week counter each, and the indicators do not change', async () => {
      const db = app.llr.db;
      await db.query('DELETE FROM usage_counts');
      // Three weeks of days: 20 days back and today.
      const today = todayInBelgium();
      for (let back = 0; back <= 20; back++) {
        await db.query(`INSERT INTO usage_counts VALUES ($1, 'day', 'vdab', 'badge-expanded', '', '', $2)`, [addDays(today, -back), back + 1]);
      }
      const token = (await (await app.inject({ method: 'GET', url: '/demo/token?role=analyst' })).json()).access_token as string;
      const indicators = async () => {
        const res = await app.inject({ method: 'GET', url: `${API}/indicators?from=${addDays(today, -30)}&to=${today}`, headers: { authorization: `Bearer ${token}` } });
        assert.equal(res.statusCode, 200);
        const { generatedAt: _, ...rest } = res.json();
        return rest;
      };
      const beforeRollUp = await indicators();
      const cutoff = mondayOf(addDays(today, -7));
      const moved = await app.llr.store.rollUpDays(cutoff);
      const kept = await db.query<{ period: string; grain: string }>(`SELECT to_char(period, 'YYYY-MM-DD') AS period, grain FROM usage_counts ORDER BY period`);
      assert.ok(moved > 0);
      assert.equal(moved, 21 - kept.filter((r) => r.grain === 'day').length, 'the days moved are the days gone');
      assert.ok(kept.filter((r) => r.grain === 'week').every((r) => r.period < cutoff && r.period === mondayOf(r.period)), 'week rows on Mondays before the cut-off');
      assert.ok(kept.filter((r) => r.grain === 'day').every((r) => r.period >= cutoff), 'days kept from the cut-off');
      assert.ok(kept.some((r) => r.grain === 'week'));
      assert.deepEqual(await indicators(), beforeRollUp);
      assert.equal(await app.llr.store.rollUpDays(cutoff), 0, 'a second roll-up has nothing to do');
    });

    describe('/indicators', () => {
      const url = `${API}/indicators?from=2026-11-02&to=2026-11-29`;
      it('without a token → 401 with a Bearer challenge; a citizen\'s token → 403', async () => {
        const none = await app.inject({ method: 'GET', url });
        assert.equal(none.statusCode, 401);
        assert.equal(none.headers['www-authenticate'], 'Bearer realm="llr"');
        const citizen = (await (await app.inject({ method: 'GET', url: '/demo/token?persona=large' })).json()).access_token as string;
        assert.equal((await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${citizen}` } })).statusCode, 403);
        const analyst = (await (await app.inject({ method: 'GET', url: '/demo/token?role=analyst' })).json()).access_token as string;
        assert.equal((await app.inject({ method: 'GET', url: `${API}/wallet`, headers: { authorization: `Bearer ${analyst}` } })).statusCode, 403, 'nor is an analyst a citizen');
      });

      it('an analyst reads whole weeks; a period of more than 106 weeks or backwards is 400', async () => {
        const token = (await (await app.inject({ method: 'GET', url: '/demo/token?role=analyst' })).json()).access_token as string;
        const get = (query: string) => app.inject({ method: 'GET', url: `${API}/indicators?${query}`, headers: { authorization: `Bearer ${token}` } });
        const ok = await get('from=2026-11-04&to=2026-11-26');
        assert.equal(ok.statusCode, 200);
        assert.deepEqual([ok.json().from, ok.json().to], ['2026-11-02', '2026-11-29']);
        assert.equal((await get('from=2024-01-01&to=2026-11-26')).statusCode, 400);
        assert.equal((await get('from=2026-11-26&to=2026-11-04')).statusCode, 400);
        assert.equal((await get('from=2026-11-04&to=2026-11-26&host=https%3A%2F%2Fvdab.be')).statusCode, 400);
      });
    });
  });
}

describe('usage configuration from the environment', () => {
  it('hosts are names, never URLs; the threshold can be raised, never lowered', async () => {
    const { configFromEnv } = await import('../../server/config');
    assert.deepEqual(configFromEnv({ LLR_USAGE_HOSTS: 'burgerprofiel, vdab,mijn-loopbaan' }).usageHosts, ['burgerprofiel', 'vdab', 'mijn-loopbaan']);
    assert.throws(() => configFromEnv({ LLR_USAGE_HOSTS: 'https://www.vdab.be' }), /not a host name/);
    assert.equal(configFromEnv({ LLR_SUPPRESS_BELOW: '3' }).suppressBelow, 10);
    assert.equal(configFromEnv({ LLR_SUPPRESS_BELOW: '25' }).suppressBelow, 25);
    assert.equal(configFromEnv({ LLR_DAILY_COUNTS_DAYS: '30' }).dailyCountsDays, 30);
  });
});
