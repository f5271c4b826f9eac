#!/usr/bin/env node
// The one test command (`npm test`): installs Chromium if it can, then runs every check and ends with
// the plain closing line "N passed, N failed". Each check step (types, translations, builds) counts as
// one test; the Node and browser suites add their own counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];
const started = Date.now();

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, ...opts });
  if (opts.capture) {
    process.stdout.write(res.stdout ?? '');
    process.stderr.write(res.stderr ?? '');
  }
  return res;
}

function step(name, fn) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  let ok = false;
  try {
    ok = fn();
  } catch (error) {
    console.error(error);
    ok = false;
  }
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(name);
  }
  return ok;
}

const bin = (name) => `node_modules/.bin/${name}`;

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

function ensureChromium() {
  if (findChromium()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian\'s chromium package with apt-get.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (findChromium()) return true;
  }
  console.error('The browser tests need Chromium: install it with "sudo apt-get install chromium" (or set CHROME_PATH) and run npm test again.');
  return false;
}

// 0. Dependencies: npm ci when node_modules is missing (a fresh clone).
if (!existsSync('node_modules/.bin/wtr')) {
  const ci = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (ci.status !== 0) {
    console.error('npm ci failed; see above.');
    console.log(`\n0 passed, 1 failed`);
    process.exit(1);
  }
}

const haveChromium = step('chromium available', ensureChromium);

step('translations complete (lit-localize extract, fill from *.i18n.json, build)', () =>
  run(process.execPath, ['scripts/translate.mjs', '--check']).status === 0);

step('typecheck (tsc --noEmit, strict)', () => run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']).status === 0);

step('build: npm package, embed bundle, custom-elements manifest', () => run('npm', ['run', '-s', 'build']).status === 0);

// The package as hosts get it: npm pack, then each host app under test/hosts (React, Angular, Vue) and the strict
// TypeScript consumer install that tarball with npm ci (their own lock files) and build for production. The Node
// suites below test them (test/hosts, test/package).
step('host apps and package: npm pack, npm ci and production builds (React, Angular, Vue, strict consumer)', () =>
  run(process.execPath, ['scripts/hosts.mjs']).status === 0);

step('build: Storybook', () => {
  rmSync('storybook-static', { recursive: true, force: true });
  return run(bin('storybook'), ['build', '--quiet', '--disable-telemetry', '-o', 'storybook-static']).status === 0;
});

// Node suites (domain, CLI, contract).
{
  console.log('\n=== Node tests');
  const res = run(process.execPath, ['scripts/node-tests.mjs'], { capture: true, env: { ...process.env, NODE_TEST_REPORTER: 'tap' } });
  const out = res.stdout ?? '';
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(out)?.[1] ?? 0);
  results.passed += pass;
  results.failed += fail;
  if (res.status !== 0 && fail === 0) {
    results.failed += 1;
    failures.push('Node tests (runner error)');
  } else if (fail > 0) failures.push(`Node tests (${fail} failed)`);
  console.log(`=== Node tests: ${pass} passed, ${fail} failed`);
}

// Browser suites (elements, API client) in headless Chromium.
if (haveChromium) {
  console.log('\n=== Browser tests (@web/test-runner, headless Chromium)');
  rmSync('.cache/wtr-summary.json', { force: true });
  const res = run(bin('wtr'), [], { env: { ...process.env, CHROME_PATH: findChromium() } });
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(readFileSync('.cache/wtr-summary.json', 'utf8'));
  } catch {
    /* no summary: the runner itself failed */
  }
  results.passed += counts.passed;
  results.failed += counts.failed;
  if (res.status !== 0 && counts.failed === 0) {
    results.failed += 1;
    failures.push('browser tests (runner error)');
  } else if (counts.failed > 0) failures.push(`browser tests (${counts.failed} failed)`);
}

step('bench: size budgets (enforced when bench/budgets.json says so)', () => run(process.execPath, ['scripts/bench.mjs', '--sizes-only']).status === 0);

const secs = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\nAll checks finished in ${secs} s.`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
