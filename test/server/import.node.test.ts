/**
 * The import CLI: every line validated with the domain's parsers, bad lines reported by number while the others
 * go in, and a second import of the same file changes nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TRAININGS } from '../../mocks/trainings';
import { openDatabase, type Database } from '../../server/db';
import { importLines } from '../../server/import';
import { PERSONA_HISTORIES, PERSONA_LINES } from '../../server/personas';
import { Store } from '../../server/store';

interface Case {
  raw?: string;
  change?: Record<string, unknown>;
  error: string;
}
const cases = JSON.parse(readFileSync(new URL('./import-cases.json', import.meta.url), 'utf8')) as Record<'histories' | 'trainings', Case[]> & {
  valid: Record<string, unknown>;
};
const lineOf = (c: Case) => c.raw ?? JSON.stringify({ ...cases.valid, ...c.change });
const REFERENCE_DATE = '2026-11-28';
const run = promisify(execFile);

describe('import', () => {
  let db: Database;
  let store: Store;
  before(async () => {
    db = await openDatabase({});
    store = new Store(db);
  });
  after(() => db.close());

  for (const kind of ['histories', 'trainings'] as const) {
    it(`${kind}: bad lines are reported by number, the good ones around them imported`, async () => {
      const good = kind === 'histories' ? [cases.valid, PERSONA_LINES[0]] : TRAININGS.slice(0, 2);
      const lines = [JSON.stringify(good[0]), ...cases[kind].map(lineOf), '', JSON.stringify(good[1])];
      const report = await importLines(store, kind, lines, REFERENCE_DATE);
      assert.equal(report.counts.created + report.counts.unchanged, 2);
      assert.equal(report.errors.length, cases[kind].length);
      cases[kind].forEach((c, i) => {
        const error = report.errors[i] ?? '';
        assert.ok(error.startsWith(`line ${i + 2}: `), error);
        assert.ok(error.includes(c.error), `line ${i + 2}: "${error}" should mention "${c.error}"`);
      });
    });
  }

  it('importing the same histories twice changes nothing; a changed one is updated in place', async () => {
    const lines = PERSONA_LINES.map((h) => JSON.stringify(h));
    await importLines(store, 'histories', lines, REFERENCE_DATE);
    const again = await importLines(store, 'histories', lines, REFERENCE_DATE);
    assert.deepEqual(again.counts, { created: 0, updated: 0, unchanged: PERSONA_HISTORIES.length });
    const people = await store.countPeople();

    const changed = { ...PERSONA_LINES[0]!, uses: [{ date: '2026-10-12', incentive: 'opleidingscheques', amount: 20 }] };
    const updated = await importLines(store, 'histories', [JSON.stringify(changed)], REFERENCE_DATE);
    assert.deepEqual(updated.counts, { created: 0, updated: 1, unchanged: 0 });
    assert.equal(await store.countPeople(), people);
    assert.deepEqual((await store.loadHistory(PERSONA_HISTORIES[0]!.id))?.history.uses, changed.uses);
  });

  it('a stored history reads back exactly as imported', async () => {
    for (const history of PERSONA_HISTORIES) {
      await store.importHistory(history);
      assert.deepEqual((await store.loadHistory(history.id))?.history, history);
    }
  });

  it('courses: twice is unchanged, an edit is an update', async () => {
    const lines = TRAININGS.map((t) => JSON.stringify(t));
    await importLines(store, 'trainings', lines);
    assert.deepEqual((await importLines(store, 'trainings', lines)).counts, { created: 0, updated: 0, unchanged: TRAININGS.length });
    const edited = { ...TRAININGS[0]!, cost: 300 };
    assert.deepEqual((await importLines(store, 'trainings', [JSON.stringify(edited)])).counts, { created: 0, updated: 1, unchanged: 0 });
    assert.equal((await store.findTraining(edited.id))?.cost, 300);
  });

  it('the CLI: counts on stdout, bad lines on stderr, exit 1 when any line was bad, 2 on a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llr-import-'));
    try {
      const file = join(dir, 'histories.jsonl');
      writeFileSync(file, `${JSON.stringify(PERSONA_LINES[0])}\nnot json\n`);
      const env = { ...process.env, LLR_DATA_DIR: join(dir, 'db'), DATABASE_URL: '', LLR_REFERENCE_DATE: REFERENCE_DATE };
      const cli = ['--import', 'tsx', 'server/import.ts'];
      const first = await run(process.execPath, [...cli, '--histories', file], { env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      assert.equal((first as { code?: number }).code, 1);
      assert.match(first.stdout, /histories: 1 created, 0 updated, 0 unchanged, 1 bad lines/);
      assert.match(first.stderr, /histories\.jsonl: line 2: not valid JSON/);
      writeFileSync(file, `${JSON.stringify(PERSONA_LINES[0])}\n`);
      const second = await run(process.execPath, [...cli, '--histories', file], { env });
      assert.match(second.stdout, /histories: 0 created, 0 updated, 1 unchanged, 0 bad lines/);
      const usage = await run(process.execPath, [...cli, '--people', file], { env }).catch((e: { code: number }) => e);
      assert.equal((usage as { code?: number }).code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
