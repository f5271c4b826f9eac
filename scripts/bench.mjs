#!/usr/bin/env node
// npm run bench: prints a table of sizes (and, without --sizes-only, timings and throughput) against
// the budgets in bench/budgets.json. Exits non-zero only when a SIZE budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import * as esbuild from 'esbuild';
import { minifyCssLiteralsEsbuild } from './minify-css-literals.mjs';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const sizesOnly = process.argv.includes('--sizes-only');
const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
let sizeBudgetFailed = false;

function addSize(name, code, budgetKB) {
  const gz = gzipSync(code, { level: 9 }).length;
  const met = budgetKB === undefined ? '' : gz / 1024 <= budgetKB ? 'met' : 'NOT MET';
  if (met === 'NOT MET') sizeBudgetFailed = true;
  rows.push([name, `${kb(code.length)} KB`, `${kb(gz)} KB`, budgetKB === undefined ? '' : `≤ ${budgetKB} KB`, met]);
}

/**
 * Bundles one entry as a consumer's bundler would: code splitting on, so on-demand chunks (the en/fr
 * locale modules, loaded only for those languages) are separate files. Returns the entry chunk only.
 */
async function bundle(entry, external) {
  const res = await esbuild.build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false,
    external, tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
    splitting: true, outdir: '.cache/bench-out', metafile: true, plugins: [minifyCssLiteralsEsbuild()],
  });
  const meta = Object.entries(res.metafile.outputs).find(([, o]) => o.entryPoint);
  const entryPath = meta?.[0];
  // The entry plus every chunk it imports statically (not the dynamic ones).
  const wanted = new Set([entryPath]);
  for (const imp of meta?.[1].imports ?? []) if (imp.kind === 'import-statement' && !imp.external) wanted.add(imp.path);
  const files = res.outputFiles.filter((f) => [...wanted].some((w) => f.path.endsWith(w)));
  return Buffer.concat(files.map((f) => Buffer.from(f.contents)));
}

// 1. The embed bundle as built by Vite (npm run build).
const embed = 'dist/embed/llr-embed.js';
if (existsSync(embed)) addSize('llr-embed.js (self-contained, Lit included)', readFileSync(embed), budgets.sizes.embedBundleGzipKB);
else rows.push(['llr-embed.js', 'not built', '', '', 'run npm run build']);

const DEPS = ['lit', 'lit/*', '@lit/*', 'valibot'];
// 2. Each element entry as an npm consumer gets it: Lit external (shared with the host), our code bundled.
const elementsDir = 'src/elements';
for (const name of readdirSync(elementsDir).sort()) {
  const define = `${elementsDir}/${name}/define.ts`;
  if (!existsSync(define)) continue;
  addSize(`elements/${name}/define (lit, @lit/*, valibot external)`, await bundle(define, DEPS), budgets.sizes.elementEntryGzipKB);
}

// 3. Locales.
const localesDir = 'src/i18n/generated/locales';
if (existsSync(localesDir)) {
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ts')).sort()) {
    addSize(`locale ${file.replace('.ts', '')} (loaded on demand)`, await bundle(`${localesDir}/${file}`, DEPS));
  }
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\nSizes (minified; gzip level 9) — ${machine}`);
printTable(['artefact', 'minified', 'gzipped', 'budget', 'status'], rows);

if (!sizesOnly) {
  if (existsSync('scripts/bench-engine.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-engine.ts'], { stdio: 'inherit' });
  if (existsSync('scripts/bench-browser.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-browser.ts'], { stdio: 'inherit' });
}

if (sizeBudgetFailed) {
  if (budgets.enforceSizes) {
    console.error('\nA size budget is exceeded (see NOT MET above).');
    process.exit(1);
  }
  console.log('\nSome size budgets are not met (reported only: enforceSizes is false in bench/budgets.json).');
}

function printTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i] ?? '').length)));
  const line = (r) => '| ' + r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of body) console.log(line(r));
}
