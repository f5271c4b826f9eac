// Runs every test/**/*.node.test.ts with Node's own test runner (Node 20 has no --test globs).
// Usage: node scripts/node-tests.mjs [file-or-folder ...]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Folders never searched: the host apps' own dependencies and builds (test/hosts/*, test/package/consumer). */
const SKIPPED = new Set(['node_modules', 'dist']);

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIPPED.has(name)) collect(join(path, name), out);
  } else if (path.endsWith('.node.test.ts')) {
    out.push(path);
  }
  return out;
}

const roots = process.argv.slice(2);
const files = (roots.length ? roots : ['test']).flatMap((r) => collect(r, []));
if (files.length === 0) {
  console.error('No *.node.test.ts files found.');
  process.exit(1);
}
const extra = process.env.NODE_TEST_REPORTER ? ['--test-reporter', process.env.NODE_TEST_REPORTER] : [];
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
