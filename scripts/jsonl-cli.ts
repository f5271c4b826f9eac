/**
 * What the JSON-lines CLIs (`eligibility`, `account`) share: their flags, usage errors (exit 2), reading one JSON
 * object per stdin line, and writing one answer line per input line with backpressure.
 */
import { StringDecoder } from 'node:string_decoder';
import { isIsoDate, localIsoDate } from '../src/domain/index';

export interface Cli {
  /** The command's name, as in `npm run <name>`. */
  readonly name: string;
  readonly usage: string;
}

/** Prints the message and the usage on stderr and exits with code 2 (a bad invocation). */
export function usageError(cli: Cli, message: string): never {
  process.stderr.write(`${cli.name}: ${message}\n${cli.usage}\n`);
  process.exit(2);
}

/**
 * Reads `--flag value` and `--flag=value` for the flags named; `--help` prints the usage and exits 0. Anything else
 * is a usage error.
 */
export function parseFlags<const F extends string>(cli: Cli, argv: readonly string[], flags: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${cli.usage}\n`);
      process.exit(0);
    }
    const flag = flags.find((f) => arg === `--${f}` || arg.startsWith(`--${f}=`));
    if (flag === undefined) usageError(cli, `unknown argument ${JSON.stringify(arg)}`);
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if (value === undefined) usageError(cli, `--${flag} needs a value`);
    out[flag] = value;
  }
  return out;
}

/** The `--date` flag: a real date, today (local time) when absent. */
export function dateFlag(cli: Cli, value: string | undefined): string {
  const date = value ?? localIsoDate(new Date());
  if (!isIsoDate(date)) usageError(cli, `--date must be a real date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return date;
}

export function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** An input line's object and its id, or the error line to write instead. */
export type LineInput =
  | { readonly ok: true; readonly id: string; readonly record: Record<string, unknown> }
  | { readonly ok: false; readonly output: string };

/** The error line for an input line: `{"id", "error"}` with the line number in the message. */
export function errorLine(id: unknown, lineNo: number, message: string): string {
  const echo = typeof id === 'string' || typeof id === 'number' ? id : null;
  return JSON.stringify({ id: echo, error: `line ${lineNo}: ${message}` });
}

/** Parses one line: JSON, an object, with a non-empty string `id`. `shape` names the expected object in messages. */
export function readLine(line: string, lineNo: number, shape: string): LineInput {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { ok: false, output: errorLine(null, lineNo, `invalid JSON (${(e as Error).message})`) };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, output: errorLine(null, lineNo, `expected an object ${shape}, got ${describe(input)}`) };
  }
  const record = input as Record<string, unknown>;
  const id = record['id'];
  if (typeof id !== 'string' || id === '') return { ok: false, output: errorLine(id, lineNo, `id: must be a non-empty string, got ${describe(id)}`) };
  return { ok: true, id, record };
}

/**
 * Answers stdin line by line: `answer(line, lineNo)` gives the output line (without its line end). Blank lines are
 * skipped (they still count for line numbers); Windows line ends and a last line without a line end are fine.
 * Plain chunked reading (faster than readline's async iterator); stdin pauses while stdout drains.
 */
export function answerLines(answer: (line: string, lineNo: number) => string): void {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 0;
  const one = (raw: string, out: string[]) => {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') out.push(answer(line, lineNo), '\n');
  };
  const write = (out: string[]) => {
    if (out.length > 0 && !process.stdout.write(out.join(''))) {
      process.stdin.pause();
      process.stdout.once('drain', () => process.stdin.resume());
    }
  };
  process.stdin.on('data', (chunk: Buffer) => {
    const text = rest + decoder.write(chunk);
    const out: string[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      one(text.slice(start, nl), out);
      start = nl + 1;
    }
    rest = text.slice(start);
    write(out);
  });
  process.stdin.on('end', () => {
    const out: string[] = [];
    const last = rest + decoder.end();
    if (last !== '') one(last, out);
    write(out);
  });
}

/** Runs a CLI's main; an unexpected error is a crash (exit 1) with its stack on stderr. */
export function run(cli: Cli, main: () => void): void {
  try {
    main();
  } catch (e: unknown) {
    process.stderr.write(`${cli.name}: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  }
}
