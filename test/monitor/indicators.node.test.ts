/**
 * From counters to indicators (mocks/indicators.ts, used by the server and the mock): the figures of the table in
 * indicator-cases.json, and the promise of small-cell suppression itself: a withheld cell cannot be worked out.
 * Changing a withheld cell to any other value from 1 to 9 changes nothing in any answer, for any period or host.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { IndicatorsSchema } from '../../src/api/usage';
import { DEFAULT_THRESHOLD, indicatorsOf, isoWeek, mondayOf, weeksBetween, type CounterRow } from '../../mocks/indicators';
import { demoCounters } from '../../mocks/usage-demo';
import { validateSchema } from '../contract/openapi';
import { rng } from '../support/random';

interface Case {
  label: string;
  from: string;
  to: string;
  hosts?: string[];
  threshold?: number;
  rows: [string, string, string, string, string, number][];
  expect: Record<string, unknown>;
}

const { cases } = JSON.parse(readFileSync(new URL('./indicator-cases.json', import.meta.url), 'utf8')) as { cases: Case[] };
const HOSTS = ['burgerprofiel', 'vdab'];
const at = (doc: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
const toRows = (rows: Case['rows']): CounterRow[] => rows.map(([week, host, counter, subject, detail, count]) => ({ week, host, counter, subject, detail, count }));

describe('indicators from counters', () => {
  for (const c of cases) {
    it(c.label, () => {
      const indicators = indicatorsOf(toRows(c.rows), {
        from: c.from,
        to: c.to,
        hosts: c.hosts ?? ['burgerprofiel'],
        threshold: c.threshold ?? DEFAULT_THRESHOLD,
        generatedAt: '2026-11-28T08:00:00Z',
      });
      assert.deepEqual(validateSchema('#/components/schemas/Indicators', indicators), [], 'conforms to the contract');
      for (const [path, expected] of Object.entries(c.expect)) assert.deepEqual(at(indicators, path), expected, path);
    });
  }

  it('ISO weeks: Mondays and week numbers across years', () => {
    assert.equal(mondayOf('2026-11-28'), '2026-11-23');
    assert.equal(mondayOf('2026-11-23'), '2026-11-23');
    assert.equal(isoWeek('2026-11-23'), '2026-W48');
    assert.equal(isoWeek('2020-12-28'), '2020-W53');
    assert.equal(isoWeek('2021-01-04'), '2021-W01');
    assert.deepEqual(weeksBetween('2026-11-28', '2026-12-08'), ['2026-11-23', '2026-11-30', '2026-12-07']);
  });

  it('the demo counters give the mock a year that conforms to the contract, with the two hard questions on top', () => {
    const indicators = indicatorsOf(demoCounters('2025-09-01', '2026-11-28', HOSTS), {
      from: '2025-09-01',
      to: '2026-11-28',
      hosts: HOSTS,
      threshold: DEFAULT_THRESHOLD,
      generatedAt: '2026-11-28T08:00:00Z',
    });
    assert.ok(v.safeParse(IndicatorsSchema, indicators).success);
    const questions = indicators.total.wegwijzer.questions;
    const top = (rate: 'dropOffRate' | 'dontKnowRate') => [...questions].sort((a, b) => (b[rate] ?? 0) - (a[rate] ?? 0))[0]?.question;
    assert.equal(top('dropOffRate'), 'employerFte');
    assert.equal(top('dontKnowRate'), 'popWithin6Years');
    const vdab = indicators.weeks.filter((w) => w.host === 'vdab');
    assert.ok(vdab.some((w) => typeof w.referralsFollowed === 'string'), 'VDAB has small cells to withhold');
  });
});

describe('a withheld cell cannot be worked out', () => {
  const COUNTERS: [string, string, string][] = [
    ['wegwijzer-started', '', ''],
    ['wegwijzer-completed', '', ''],
    ['wegwijzer-question-shown', 'status', '1'],
    ['wegwijzer-question-answered', 'status', '1'],
    ['wegwijzer-dont-know', 'status', '1'],
    ['wegwijzer-question-shown', 'workplace', '2'],
    ['wegwijzer-question-answered', 'workplace', '2'],
    ['wegwijzer-question-shown', 'sector', '2'],
    ['wegwijzer-outcome', 'opleidingscheques', 'evaluated'],
    ['wegwijzer-outcome', 'opleidingscheques', 'eligible'],
    ['wegwijzer-outcome', 'opleidingscheques', 'unknown'],
    ['wegwijzer-referral-shown', 'sectorfonds', ''],
    ['wegwijzer-referral-followed', 'sectorfonds', ''],
    ['wallet-shown', 'loaded', ''],
    ['wallet-shown', 'error-offline', ''],
  ];
  const WEEKS = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];
  /** Periods and host choices an analyst could ask for, nested and overlapping. */
  const QUERIES: { from: string; to: string; host?: string }[] = [
    { from: '2026-10-26', to: '2026-11-22' },
    { from: '2026-10-26', to: '2026-11-01' },
    { from: '2026-11-02', to: '2026-11-22' },
    { from: '2026-11-09', to: '2026-11-15', host: 'vdab' },
    { from: '2026-10-26', to: '2026-11-22', host: 'burgerprofiel' },
    { from: '2026-10-26', to: '2026-11-22', host: 'vdab' },
  ];
  const answers = (rows: CounterRow[]) =>
    JSON.stringify(QUERIES.map((q) => indicatorsOf(rows, { ...q, hosts: HOSTS, threshold: DEFAULT_THRESHOLD, generatedAt: 'now' })));

  it('in 200 random weeks of counters, any withheld cell set to another value from 1 to 9 changes no answer', () => {
    const random = rng(15);
    let withheldSeen = 0;
    for (let trial = 0; trial < 200; trial++) {
      // Small and large counts mixed, many of them below 10.
      const rows: CounterRow[] = [];
      for (const week of WEEKS) {
        for (const host of HOSTS) {
          for (const [counter, subject, detail] of COUNTERS) {
            const count = random() < 0.5 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 60);
            if (count > 0) rows.push({ week, host, counter, subject, detail, count });
          }
        }
      }
      const before = answers(rows);
      const withheld = rows.filter((r) => r.count < DEFAULT_THRESHOLD);
      withheldSeen += withheld.length;
      const target = withheld[Math.floor(random() * withheld.length)];
      if (!target) continue;
      const other = target.count === 9 ? 1 : target.count + 1;
      const changed = rows.map((r) => (r === target ? { ...r, count: other } : r));
      assert.equal(answers(changed), before, `changing ${JSON.stringify(target)} to ${other} changed an answer`);
    }
    assert.ok(withheldSeen > 1000, 'the trials did withhold cells');
  });

  it('but a published cell does change the answers (the test above can fail)', () => {
    const rows: CounterRow[] = [{ week: WEEKS[0]!, host: 'vdab', counter: 'wegwijzer-started', subject: '', detail: '', count: 10 }];
    assert.notEqual(answers(rows), answers([{ ...rows[0]!, count: 11 }]));
  });
});
