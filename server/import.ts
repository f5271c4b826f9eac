/**
 * The import CLI: `npm run --silent server:import -- --histories FILE | --trainings FILE`.
 * Reads JSON Lines (one history or one course per line), validates every line with the domain's parsers,
 * reports each bad line by its number and goes on with the others, and is idempotent: importing the same file
 * twice changes nothing the second time. Exit code 1 when any line was bad, 2 on a usage error.
 * The database is the server's: DATABASE_URL, else the embedded one in LLR_DATA_DIR (default .data/pglite).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import * as v from 'valibot';
import { TrainingSchema } from '../src/api/schemas';
import { formatIssues } from '../src/domain/issues';
import { configFromEnv, todayInBelgium } from './config';
import { openDatabase } from './db';
import { parseHistoryLine } from './history';
import { Store, type ImportOutcome } from './store';

export type ImportKind = 'histories' | 'trainings';

/** A course line: the contract's Training, closed (an unknown field is a mistake in the export, not data). */
const TrainingLine = v.strictObject(TrainingSchema.entries);

export interface ImportReport {
  counts: Record<ImportOutcome, number>;
  /** `line N: message` for every bad line. */
  errors: string[];
}

/**
 * Imports every line of `lines` into `store`; one bad line never stops the others. Histories are checked for
 * `referenceDate` (nothing after it: the account knows nothing of the future).
 */
export async function importLines(
  store: Store,
  kind: ImportKind,
  lines: AsyncIterable<string> | Iterable<string>,
  referenceDate: string = todayInBelgium(),
): Promise<ImportReport> {
  const report: ImportReport = { counts: { created: 0, updated: 0, unchanged: 0 }, errors: [] };
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const line = raw.trim();
    if (line === '') continue;
    try {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error('not valid JSON');
      }
      let outcome: ImportOutcome;
      if (kind === 'histories') {
        outcome = await store.importHistory(parseHistoryLine(json, referenceDate));
      } else {
        const parsed = v.safeParse(TrainingLine, json);
        if (!parsed.success) throw new Error(formatIssues(parsed.issues));
        outcome = await store.importTraining(parsed.output);
      }
      report.counts[outcome] += 1;
    } catch (error) {
      report.errors.push(`line ${number}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return report;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run --silent server:import -- --histories FILE | --trainings FILE\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  const [flag, file, ...rest] = argv;
  if (rest.length > 0 || !file) usage('Give one of --histories FILE or --trainings FILE.');
  const kind: ImportKind = flag === '--histories' ? 'histories' : flag === '--trainings' ? 'trainings' : usage(`Unknown option ${flag}.`);
  const config = configFromEnv();
  const db = await openDatabase(config.database);
  try {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const report = await importLines(new Store(db), kind, lines, config.referenceDate);
    for (const error of report.errors) process.stderr.write(`${file}: ${error}\n`);
    const { created, updated, unchanged } = report.counts;
    process.stdout.write(`${kind}: ${created} created, ${updated} updated, ${unchanged} unchanged, ${report.errors.length} bad lines\n`);
    return report.errors.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
