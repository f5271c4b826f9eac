/**
 * A throwaway PostgreSQL cluster for tests and benches, from Debian's `postgresql` package: initdb and pg_ctl in
 * a temporary folder, on a free loopback port, run as the `postgres` user when we are root (PostgreSQL refuses
 * to run as root). Nothing is installed or changed system-wide.
 *
 *   node --import tsx scripts/pg-cluster.ts start DIR   → prints the DATABASE_URL (the cluster keeps running)
 *   node --import tsx scripts/pg-cluster.ts stop DIR
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const POSTGRES_LIBS = '/usr/lib/postgresql';

/** The folder with initdb and pg_ctl of the newest installed PostgreSQL, or undefined. */
export function postgresBin(): string | undefined {
  if (!existsSync(POSTGRES_LIBS)) return undefined;
  const versions = readdirSync(POSTGRES_LIBS).filter((v) => existsSync(join(POSTGRES_LIBS, v, 'bin', 'pg_ctl')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(POSTGRES_LIBS, newest, 'bin') : undefined;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function postgresIds(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('no postgres user (apt-get install -y postgresql creates it)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function pg(bin: string, tool: string, args: string[]): string {
  const command = join(bin, tool);
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface Cluster {
  readonly dir: string;
  readonly port: number;
  readonly url: string;
  start(): void;
  /** `fast` waits for clients to disconnect cleanly; `immediate` is a crash as far as clients can tell. */
  stop(mode?: 'fast' | 'immediate'): void;
}

/** A cluster in `dir` (created with initdb the first time), started on a free port. */
export async function startCluster(dirArg: string): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = resolve(dirArg);
  const data = join(dir, 'data');
  const portFile = join(dir, 'port');
  mkdirSync(dir, { recursive: true });
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  if (!existsSync(join(data, 'PG_VERSION'))) {
    pg(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : await freePort();
  writeFileSync(portFile, String(port));
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`;
  const cluster: Cluster = {
    dir,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => void pg(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']),
    stop: (mode = 'fast') => void pg(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']),
  };
  cluster.start();
  return cluster;
}

export function stopCluster(dirArg: string): void {
  const bin = postgresBin();
  if (!bin) return;
  const data = join(resolve(dirArg), 'data');
  if (existsSync(join(data, 'postmaster.pid'))) pg(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, dir] = process.argv.slice(2);
  if (!dir || (command !== 'start' && command !== 'stop')) {
    console.error('Usage: scripts/pg-cluster.ts start|stop DIR');
    process.exit(2);
  }
  if (command === 'start') console.log((await startCluster(dir)).url);
  else stopCluster(dir);
}
