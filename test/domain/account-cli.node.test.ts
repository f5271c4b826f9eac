/** The account CLI (scripts/account.ts): histories in, accounts out, one JSON line each; bad lines give an error line. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeAccount, localIsoDate, parseHistory } from '../../src/domain/index';
import { plannedRuleSets, ruleSets } from '../../src/domain/rules/index';
import { generateHistories } from '../support/histories';
import { clone, loadCases, repoRoot } from './helpers';

function cli(args: string[], input: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/account.ts', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  return { status: run.status, stderr: run.stderr, out: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const employee = loadCases<{ bases: Record<string, Record<string, unknown>> }>('account.json').bases['private-employee'];
const history = (id: string, uses: unknown[] = []) => ({ id, timeline: [{ from: '2019-03-01', answers: employee }], uses });
const line = (x: unknown) => JSON.stringify(x);
const scenarioFile = join(repoRoot, 'src/domain/rules/scenario-opspaarbaar.json');

describe('account CLI', () => {
  it('answers every line in order, goes on after bad lines, and gives what computeAccount gives', () => {
    const good = history('h1', [{ date: '2026-10-12', incentive: 'opleidingscheques', amount: 50 }]);
    const input = [
      line(good),
      '{"id": "broken", "timeline": [',
      '',
      line({ ...history('h2'), uses: [{ date: '2026-11-29', incentive: 'opleidingscheques', amount: 5 }] }),
      line([1, 2]),
      line({ timeline: [] }),
      '   ',
      line({ ...history('h3'), extra: true }),
      line(history('h4')),
    ].join('\n');
    const { status, out } = cli(['--date', '2026-11-28'], `${input}\n`);
    assert.equal(status, 0);
    assert.deepEqual(out.map((o) => o['id']), ['h1', null, 'h2', null, null, 'h3', 'h4']);
    assert.match(String(out[1]?.['error']), /^line 2: invalid JSON/);
    assert.equal(out[2]?.['error'], 'line 4: uses[0].date: after the reference date 2026-11-28');
    assert.equal(out[3]?.['error'], 'line 5: expected an object {"id": "...", "timeline": [...], "uses": [...]}, got an array');
    assert.equal(out[4]?.['error'], 'line 6: id: must be a non-empty string, got undefined');
    assert.equal(out[5]?.['error'], 'line 8: extra: unknown key "extra"');

    const first = out[0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(first), ['id', 'date', 'ruleSet', 'balances', 'history', 'upcoming', 'issues']);
    const options = { referenceDate: '2026-11-28', ruleSets: [...ruleSets, ...plannedRuleSets] };
    assert.deepEqual(first, JSON.parse(JSON.stringify(computeAccount(parseHistory(good, options), options))));
    const cheques = (first['balances'] as Record<string, unknown>[]).find((b) => b['incentive'] === 'opleidingscheques');
    assert.equal(cheques?.['available'], 75);
    assert.deepEqual((first['upcoming'] as Record<string, unknown>[]).map((u) => [u['incentive'], u['status']]), [['loopbaancheques', 'planned'], ['loopbaankrediet', 'planned']]);
  });

  it('chooses the day by --date (also --date=), and uses today by default', () => {
    const input = `${line(history('h'))}\n`;
    const [on] = cli(['--date=2025-05-01'], input).out;
    assert.equal(on?.['date'], '2025-05-01');
    assert.equal(on?.['ruleSet'], '2024-25');
    const [today] = cli([], input).out;
    assert.equal(today?.['date'], localIsoDate(new Date()));
  });

  it('replaces the rules by a scenario file for every day', () => {
    const { status, out } = cli(['--date', '2026-11-28', '--scenario', scenarioFile], `${line(history('h'))}\n`);
    assert.equal(status, 0);
    const [account] = out;
    assert.equal(account?.['ruleSet'], 'scenario-opspaarbaar');
    assert.deepEqual(account?.['upcoming'], []);
    const cheques = (account?.['balances'] as Record<string, unknown>[]).find((b) => b['incentive'] === 'opleidingscheques');
    assert.equal(cheques?.['available'], 250);
    assert.equal((cheques?.['lots'] as unknown[]).length, 3);
  });

  it('refuses bad flags and bad scenario files with a message, the usage and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-cli-'));
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const broken = join(dir, 'broken.json');
    const doc = clone(JSON.parse(readFileSync(scenarioFile, 'utf8')) as { incentives: { account?: { cap?: number } }[] });
    const withCap = doc.incentives.find((i) => i.account?.cap !== undefined);
    assert.ok(withCap?.account);
    withCap.account.cap = -5;
    writeFileSync(broken, JSON.stringify(doc));
    const cases: [string[], RegExp][] = [
      [['--bogus'], /unknown argument "--bogus"/],
      [['--date', '2025-02-30'], /--date must be a real date YYYY-MM-DD, got "2025-02-30"/],
      [['--date'], /--date needs a value/],
      [['--scenario', join(dir, 'missing.json')], /--scenario: cannot read .*missing\.json.* \(ENOENT\)/],
      [['--scenario', notJson], /--scenario: .*not\.json" is not JSON/],
      [['--scenario', broken], /--scenario: invalid rule set: incentives\[0\]\.account\.cap: must be a number more than 0, got -5/],
      [['--scenario', join(repoRoot, 'src/domain/rules/rule-set-2025-09-01.json')], /--scenario: rule set 2025-26 is not a scenario/],
      [['--scenario', join(repoRoot, 'src/domain/rules/rule-set-2027-01-01-gepland.json')], /is not a scenario/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args, '');
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.match(run.stderr, /usage: npm run --silent account -- \[--date YYYY-MM-DD\] \[--scenario PATH_TO_RULE_SET_JSON\]/);
    }
  });

  it('accepts Windows line ends and a last line without a line end', () => {
    const { status, out } = cli(['--date', '2026-11-28'], `${line(history('a'))}\r\n${line(history('b'))}`);
    assert.equal(status, 0);
    assert.deepEqual(out.map((o) => [o['id'], 'error' in o]), [['a', false], ['b', false]]);
  });

  it('streams many lines without losing any', () => {
    const date = '2026-11-28';
    const lines = generateHistories(2000, { seed: 5, date }).map((h, i) => (i % 9 === 0 ? line({ ...h, uses: [{ date: '2030-01-01', incentive: 'opleidingscheques', amount: 1 }] }) : line(h)));
    const { status, out } = cli(['--date', date], `${lines.join('\n')}\n`);
    assert.equal(status, 0);
    assert.equal(out.length, lines.length);
    assert.deepEqual(out.map((o) => o['id']), lines.map((l) => (JSON.parse(l) as { id: string }).id));
    assert.equal(out.filter((o) => 'error' in o).length, Math.ceil(lines.length / 9));
  });
});
