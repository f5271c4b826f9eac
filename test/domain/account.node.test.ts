/** The account rules (account-rules.md), case by case, from the table in cases/account.json. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeAccount,
  parseHistory,
  type Account,
  type AccountBalance,
  type AccountLot,
  type AccountOptions,
  type HistoryEntry,
  type OutcomeAmount,
  type UpcomingChange,
} from '../../src/domain/index';
import { plannedRuleSets, ruleSets, scenarioRuleSets } from '../../src/domain/rules/index';
import { loadCases } from './helpers';

type Answers = Record<string, unknown>;
interface BalanceExpectation {
  unit?: string;
  usable?: boolean;
  available?: number | null;
  overdrawn?: number;
  rate?: number;
  nextLapse?: string | null;
  reason?: string;
  lots?: string[];
}
interface Case {
  name: string;
  date: string;
  timeline?: { from: string; base: string; answers?: Answers }[];
  uses?: { date: string; incentive: string; amount: number }[];
  history?: unknown;
  scenario?: string;
  ruleSets?: ('adopted' | 'planned' | 'scenarios')[];
  expect: {
    error?: string;
    ruleSet?: string | null;
    shown?: string[];
    balances?: Record<string, BalanceExpectation>;
    history?: Record<string, string[]>;
    upcoming?: string[];
    issues?: string[];
  };
}
const table = loadCases<{ bases: Record<string, Answers>; cases: Case[] }>('account.json');

const LISTS = { adopted: ruleSets, planned: plannedRuleSets, scenarios: scenarioRuleSets };

function optionsOf(c: Case): AccountOptions {
  const scenario = c.scenario === undefined ? undefined : scenarioRuleSets.find((rs) => rs.id === c.scenario);
  if (c.scenario !== undefined) assert.ok(scenario, `unknown scenario ${c.scenario}`);
  return { referenceDate: c.date, ruleSets: (c.ruleSets ?? ['adopted', 'planned']).flatMap((k) => LISTS[k]), scenario };
}

/** The history as a CLI line would hold it: each situation from its base, with the case's changes. */
function historyOf(c: Case): unknown {
  if (c.history !== undefined) return c.history;
  return {
    id: c.name.slice(0, 20),
    timeline: (c.timeline ?? []).map((entry) => {
      const base = table.bases[entry.base];
      assert.ok(base, `unknown base ${entry.base}`);
      return { from: entry.from, answers: { ...base, ...entry.answers } };
    }),
    uses: c.uses ?? [],
  };
}

// ---------------------------------------------------------------- how the table reads an account

const amount = (x: number | null) => (x === null ? 'null' : String(x));

function lotText(lot: AccountLot): string {
  const text = `${lot.period.start}..${lot.period.end ?? 'career'}: granted ${amount(lot.granted)}, capped ${lot.cappedOff}, used ${lot.used}, remaining ${amount(lot.remaining)}, expires ${lot.expires ?? 'never'}`;
  return lot.missing ? `${text}, missing ${lot.missing.join(', ')}` : text;
}

function reasonText(balance: AccountBalance): string | undefined {
  const r = balance.reason;
  if (!r) return undefined;
  const text = `${r.outcome}: ${r.reasons.map((x) => x.condition).join(', ')}`;
  return r.missing.length > 0 ? `${text}; missing ${r.missing.join(', ')}` : text;
}

function entryText(e: HistoryEntry): string {
  const text = `${e.date} ${e.kind} ${e.amount === null ? 'unknown' : e.amount}`;
  return e.overdrawn === undefined ? text : `${text} (overdrawn ${e.overdrawn})`;
}

const side = (x: OutcomeAmount | null) => (x === null ? 'none' : x.amount === null ? x.outcome : `${x.outcome} ${x.amount} ${x.unit}`);
const upcomingText = (u: UpcomingChange) => `${u.date} ${u.incentive}: ${side(u.before)} -> ${side(u.after)} [${u.status}]`;

function checkBalance(account: Account, incentive: string, want: BalanceExpectation): void {
  const b = account.balances.find((x) => x.incentive === incentive);
  assert.ok(b, `no balance for ${incentive}; shown: ${account.balances.map((x) => x.incentive).join(', ')}`);
  const got: BalanceExpectation = {
    unit: b.unit,
    usable: b.usable,
    available: b.available,
    overdrawn: b.overdrawn,
    nextLapse: b.nextLapse === null ? null : `${b.nextLapse.date}: ${b.nextLapse.amount}`,
    lots: b.lots.map(lotText),
  };
  if (b.rate) got.rate = b.rate.amount ?? undefined;
  const reason = reasonText(b);
  if (reason !== undefined) got.reason = reason;
  for (const key of Object.keys(want) as (keyof BalanceExpectation)[]) {
    assert.deepEqual(got[key], want[key], `${incentive}.${key}`);
  }
  if (!('reason' in want)) assert.equal(reason, undefined, `${incentive}: unexpected reason ${reason}`);
}

describe('account cases (cases/account.json)', () => {
  for (const c of table.cases) {
    it(c.name, () => {
      const options = optionsOf(c);
      const json = historyOf(c);
      if (c.expect.error !== undefined) {
        assert.throws(
          () => computeAccount(parseHistory(json, options), options),
          (e: Error) => {
            assert.ok(e.message.includes(c.expect.error as string), `got: ${e.message}`);
            return true;
          },
        );
        return;
      }
      const account = computeAccount(parseHistory(json, options), options);
      assert.equal(account.date, c.date);
      const want = c.expect;
      if ('ruleSet' in want) assert.equal(account.ruleSet, want.ruleSet);
      if (want.shown) assert.deepEqual(account.balances.map((b) => b.incentive), want.shown, 'shown');
      for (const [incentive, expected] of Object.entries(want.balances ?? {})) checkBalance(account, incentive, expected);
      for (const [incentive, entries] of Object.entries(want.history ?? {})) {
        assert.deepEqual(account.history.filter((e) => e.incentive === incentive).map(entryText), entries, `history of ${incentive}`);
      }
      if (want.upcoming) assert.deepEqual(account.upcoming.map(upcomingText), want.upcoming, 'upcoming');
      if (want.issues) assert.deepEqual(account.issues.map((i) => i.message), want.issues, 'issues');
    });
  }
});
