/**
 * The database: PostgreSQL, either embedded (PGlite, in-process, data in a folder or in memory) or a real server
 * (`DATABASE_URL`, with the `pg` driver). Both speak the same SQL and run the same migrations, so the code above
 * this module does not know which one it has.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import Postgrator from 'postgrator';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Queryable {
  /** One statement with `$1`-style parameters; returns its rows. */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration file); returns the last one's rows. */
  script(sql: string): Promise<Record<string, unknown>[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it, the embedded database. */
  url?: string | undefined;
  /** The embedded database's folder; without it, in memory (tests). */
  dataDir?: string | undefined;
  /** Pool size for a real PostgreSQL. */
  poolSize?: number;
  /** How long a request waits for a connection before the database counts as unavailable (ms). */
  connectTimeoutMs?: number;
}

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
/** A statement that runs longer than this is cancelled: a request never hangs on a stuck database. */
const STATEMENT_TIMEOUT_MS = 5_000;

/** The database cannot be reached now (down, restarting, out of connections): answered with 503 and Retry-After. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

/** SQLSTATE classes and codes that mean "not now" rather than "wrong query". */
const UNAVAILABLE_SQLSTATES = /^(08|53|57P0[1-4])/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i.test(
    error.message,
  );
}

/** Re-throws connection failures as DatabaseUnavailableError; other errors unchanged. */
async function classified<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) throw new DatabaseUnavailableError('the database is unavailable', { cause: error });
    throw error;
  }
}

// ---------------------------------------------------------------- PostgreSQL (pg)

function openPostgres(url: string, options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: 'llr-server',
  });
  // An idle client whose server went away emits 'error' on the pool; without a listener that would crash the
  // process. The next query gets a fresh connection (or DatabaseUnavailableError).
  pool.on('error', () => {});
  const run = async <Row extends object>(client: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    (await client.query<Row>(sql, params as unknown[] | undefined)).rows;
  /** Without parameters pg uses the simple protocol, which takes several statements and returns one result each. */
  const script = async (client: pg.Pool | pg.PoolClient, sql: string) => {
    const result: pg.QueryResult | pg.QueryResult[] = await client.query(sql);
    return (Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows) as Record<string, unknown>[];
  };
  return {
    kind: 'postgres',
    query: (sql, params) => classified(() => run(pool, sql, params)),
    script: (sql) => classified(() => script(pool, sql)),
    transaction: (work) =>
      classified(async () => {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('BEGIN');
          const result = await work({ query: (sql, params) => run(client, sql, params), script: (sql) => script(client, sql) });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          broken = isUnavailable(error);
          if (!broken) await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release(broken);
        }
      }),
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------- embedded (PGlite)

function openPglite(options: DatabaseOptions): Database {
  // One connection: PGlite runs queries one at a time, and its transaction() holds the connection until done.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = new PGlite(options.dataDir);
  type Connection = Pick<PGlite, 'query' | 'exec'>;
  const queryable = (conn: Connection): Queryable => ({
    query: async <Row extends object>(sql: string, params?: readonly unknown[]) => (await conn.query<Row>(sql, params as unknown[] | undefined)).rows,
    // PGlite's query() takes one statement; exec() takes several.
    script: async (sql) => ((await conn.exec(sql)).at(-1)?.rows ?? []) as Record<string, unknown>[],
  });
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

// ---------------------------------------------------------------- migrations

const MIGRATIONS = fileURLToPath(new URL('./migrations/*.sql', import.meta.url));
/** Any constant: two processes starting at once take turns migrating. */
const MIGRATION_LOCK = 7_311_402;

/**
 * Brings the schema up to date with postgrator (numbered SQL files in server/migrations, the applied versions in
 * the table `schemaversion`). Each migration runs in the same transaction as its bookkeeping row.
 */
export async function migrate(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    const postgrator = new Postgrator({
      migrationPattern: MIGRATIONS,
      driver: 'pg',
      schemaTable: 'schemaversion',
      validateChecksums: true,
      execQuery: async (sql) => ({ rows: await tx.script(sql) }),
    });
    const applied = await postgrator.migrate();
    return applied.length;
  });
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.url ? openPostgres(options.url, options) : openPglite(options);
  await migrate(db);
  return db;
}
