#!/usr/bin/env node
/**
 * The package as a host gets it: `npm pack` into .cache/pack/llr-widgets.tgz, then each host project under test/
 * installs that tarball with `npm ci` (its own committed package-lock.json, only the npm registry) and builds.
 *
 *   node scripts/hosts.mjs                 pack, then install and build every host (what `npm test` runs)
 *   node scripts/hosts.mjs react vue       pack, then only these hosts
 *   node scripts/hosts.mjs --lock [names]  after changing a host's package.json or our dependencies: refresh the
 *                                          hosts' package-lock.json files (then commit them)
 *
 * Run `npm run build` first: the tarball holds dist/.
 *
 * Why the lock files carry no integrity for @llr/widgets: the tarball changes with every build, and npm would
 * otherwise refuse it (or, worse, install an older copy from its cache by that hash). `--lock` removes it;
 * `npm ci` then reads the tarball as it is now. Everything else in the lock is pinned as usual.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PACK_DIR = '.cache/pack';
export const TARBALL = `${PACK_DIR}/llr-widgets.tgz`;

/**
 * Each host: its folder, and the npm script that builds it (the strict TypeScript consumer is only installed here:
 * test/package/package.node.test.ts compiles it, with a check it writes from the packed manifest).
 */
export const HOSTS = {
  react: { dir: 'test/hosts/react', build: 'build' },
  angular: { dir: 'test/hosts/angular', build: 'build' },
  vue: { dir: 'test/hosts/vue', build: 'build' },
  consumer: { dir: 'test/package/consumer', build: null },
};

const PACKAGE = '@llr/widgets';

function run(cmd, args, cwd = '.') {
  const t0 = Date.now();
  const res = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${res.status})`);
  return (Date.now() - t0) / 1000;
}

/** npm pack into .cache/pack, under a name that does not change with the version. */
export function pack() {
  if (!existsSync('dist/npm/index.js')) throw new Error('dist/ is missing: run npm run build first.');
  rmSync(PACK_DIR, { recursive: true, force: true });
  mkdirSync(PACK_DIR, { recursive: true });
  const res = spawnSync('npm', ['pack', '--json', '--pack-destination', PACK_DIR], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`npm pack failed: ${res.stderr}`);
  const [info] = JSON.parse(res.stdout);
  renameSync(join(PACK_DIR, info.filename), TARBALL);
  return info;
}

/** Removes the tarball's integrity from a host's lock file (see the comment on top). */
function dropTarballIntegrity(dir) {
  const path = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const entry = lock.packages?.[`node_modules/${PACKAGE}`];
  if (entry) delete entry.integrity;
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
}

function main() {
  const args = process.argv.slice(2);
  const lock = args.includes('--lock');
  const names = args.filter((a) => !a.startsWith('--'));
  const chosen = names.length ? names : Object.keys(HOSTS);
  for (const name of chosen) if (!HOSTS[name]) throw new Error(`unknown host "${name}" (known: ${Object.keys(HOSTS).join(', ')})`);

  const t0 = Date.now();
  const info = pack();
  console.log(`packed ${info.name}@${info.version}: ${info.files.length} files, ${(info.size / 1024).toFixed(0)} KB → ${TARBALL}`);

  for (const name of chosen) {
    const { dir, build } = HOSTS[name];
    if (lock) {
      run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], dir);
      dropTarballIntegrity(dir);
      console.log(`${name}: ${dir}/package-lock.json refreshed`);
      continue;
    }
    const installed = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const built = build ? run('npm', ['run', '-s', build], dir) : 0;
    console.log(`${name}: npm ci ${installed.toFixed(1)} s${build ? `, build ${built.toFixed(1)} s` : ''}`);
  }
  console.log(`hosts done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
