#!/usr/bin/env node
// npm run bench: prints a table of sizes (and, without --sizes-only, timings and throughput) against
// the budgets in bench/budgets.json. Exits non-zero only when a SIZE budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import * as esbuild from 'esbuild';
import { minifyLiteralsEsbuild } from './minify-literals.mjs';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const sizesOnly = process.argv.includes('--sizes-only');
const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
let sizeBudgetFailed = false;

/**
 * A budget that is not met yet may have a ceiling in bench/budgets.json (`ceilingsKB`): the size it may not grow
 * beyond, so CI stops regressions while the table keeps saying NOT MET.
 */
function addSize(name, code, budgetKB) {
  addRow(name, code.length, gzipSync(code, { level: 9 }).length, budgetKB);
}

/** Several files, each gzipped on its own (as served), summed. */
function addFiles(name, buffers, budgetKB) {
  const raw = buffers.reduce((n, b) => n + b.length, 0);
  const gz = buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  addRow(`${name} (${buffers.length} file${buffers.length === 1 ? '' : 's'})`, raw, gz, budgetKB, name);
}

function addRow(name, raw, gz, budgetKB, key = name) {
  let met = '';
  if (budgetKB !== undefined) {
    const ceiling = budgets.ceilingsKB?.[key.trim()];
    if (gz / 1024 <= budgetKB) met = 'met';
    else if (ceiling !== undefined && gz / 1024 <= ceiling) met = `NOT MET (ceiling ${ceiling} KB holds)`;
    else {
      met = ceiling === undefined ? 'NOT MET' : `NOT MET (over its ceiling ${ceiling} KB)`;
      sizeBudgetFailed = true;
    }
  }
  rows.push([name, `${kb(raw)} KB`, `${kb(gz)} KB`, budgetKB === undefined ? '' : `≤ ${budgetKB} KB`, met]);
}

/**
 * Bundles one entry as a consumer's bundler would: code splitting on, so on-demand chunks (the en/fr
 * locale modules, loaded only for those languages) are separate files. Returns the entry chunk only.
 */
async function bundle(entry, external) {
  const res = await esbuild.build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false,
    external, tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
    splitting: true, outdir: '.cache/bench-out', metafile: true, plugins: [minifyLiteralsEsbuild()],
  });
  const meta = Object.entries(res.metafile.outputs).find(([, o]) => o.entryPoint);
  const entryPath = meta?.[0];
  // The entry plus every chunk it imports statically (not the dynamic ones).
  const wanted = new Set([entryPath]);
  for (const imp of meta?.[1].imports ?? []) if (imp.kind === 'import-statement' && !imp.external) wanted.add(imp.path);
  const files = res.outputFiles.filter((f) => [...wanted].some((w) => f.path.endsWith(w)));
  // What the entry loads on demand with its data (its *.runtime / *.view chunks, the rule-set schema, and what
  // they need beyond the entry); the en/fr texts apart (their own rows).
  const outputs = res.metafile.outputs;
  const lazy = new Set();
  const isLocale = (p) => /\/locales\//.test(outputs[p]?.entryPoint ?? '');
  const stack = [];
  for (const p of wanted) for (const i of outputs[p]?.imports ?? []) if (i.kind === 'dynamic-import' && !isLocale(i.path)) stack.push(i.path);
  while (stack.length) {
    const p = stack.pop();
    if (lazy.has(p) || wanted.has(p)) continue;
    lazy.add(p);
    for (const imp of outputs[p]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) stack.push(imp.path);
  }
  const pick = (set) => res.outputFiles.filter((f) => [...set].some((w) => f.path.endsWith(w))).map((f) => Buffer.from(f.contents));
  return { entry: Buffer.concat(pick(wanted)), onDemand: pick(lazy) };
}

// 1. The embed (npm run build): llr-embed.js loads only the elements a page uses, each a chunk beside it, and
//    the engine and the en/fr texts on demand. Sizes are what a browser downloads: each file gzipped on its own,
//    summed over the entry and every chunk it imports statically, per kind of page.
const embedDir = 'dist/embed';
const manifestPath = `${embedDir}/.vite/manifest.json`;
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const closure = (keys, skip = new Set()) => {
    const out = new Set();
    const stack = [...keys];
    while (stack.length) {
      const key = stack.pop();
      if (out.has(key) || skip.has(key)) continue;
      out.add(key);
      stack.push(...(manifest[key].imports ?? []));
    }
    return out;
  };
  const files = (keys) => [...keys].map((k) => readFileSync(`${embedDir}/${manifest[k].file}`));
  // The embed imports each element's class module (src/embed.ts) and defines it itself.
  const elementChunks = manifest['src/embed.ts'].dynamicImports ?? [];
  const chunkOf = (tag) => {
    const name = tag.replace(/^llr-/, '');
    const key = elementChunks.find((k) => manifest[k].name === name);
    if (!key) throw new Error(`bench: no chunk for <${tag}> among the embed's dynamic imports`);
    return key;
  };
  // A page: llr-embed.js and the chunks of its tags (or of modules named by path), with what they import.
  const page = (tags) => closure(['src/embed.ts', ...tags.map((t) => (t.startsWith('llr-') ? chunkOf(t) : t))]);
  const pages = [
    ['llr-embed.js alone (reads its config, finds the elements)', []],
    ['embed, course catalogue page: llr-training-incentives', ['llr-training-incentives']],
    ['embed, Burgerprofiel page: llr-provider + llr-wallet + llr-wegwijzer', ['llr-provider', 'llr-wallet', 'llr-wegwijzer']],
    ['embed, page with all five tags', ['llr-provider', 'llr-incentive-card', 'llr-wallet', 'llr-training-incentives', 'llr-wegwijzer']],
  ];
  for (const [name, tags] of pages) addFiles(name, files(page(tags)), tags.length ? budgets.sizes.embedBundleGzipKB : undefined);
  // What then loads with the data, beyond what that page already has.
  const [, catalogueTags] = pages[1];
  const [, burgerprofielTags] = pages[2];
  const [, allTags] = pages[3];
  const view = 'src/elements/wallet/wallet.view.ts';
  for (const [name, key, base] of [
    ['  + Burgerprofiel, with the wallet data: its views and the incentive card', view, page(burgerprofielTags)],
    ['  + Burgerprofiel, with the rule set: engine, questions, result page', 'src/elements/wegwijzer/wegwijzer.runtime.ts', page([...burgerprofielTags, view])],
    ['  + course catalogue, with the data: course outlook, net cost', 'src/elements/training-incentives/training-incentives.runtime.ts', page(catalogueTags)],
    ['  + in English: the en texts', 'src/i18n/generated/locales/en.ts', page(allTags)],
    ['  + in French: the fr texts', 'src/i18n/generated/locales/fr.ts', page(allTags)],
  ]) {
    if (manifest[key]) addFiles(name, files(closure([key], base)));
  }
} else rows.push(['llr-embed.js', 'not built', '', '', 'run npm run build']);

const DEPS = ['lit', 'lit/*', '@lit/*', 'valibot'];
// 2. Each element entry as an npm consumer gets it: Lit external (shared with the host), our code bundled.
const elementsDir = 'src/elements';
for (const name of readdirSync(elementsDir).sort()) {
  const define = `${elementsDir}/${name}/define.ts`;
  if (!existsSync(define)) continue;
  const { entry, onDemand } = await bundle(define, DEPS);
  addSize(`elements/${name}/define (lit, @lit/*, valibot external)`, entry, budgets.sizes.elementEntryGzipKB);
  if (onDemand.length) addSize(`  + at most, on demand with the data (${onDemand.length} chunk${onDemand.length === 1 ? '' : 's'})`, Buffer.concat(onDemand));
}

// 3. Locales.
const localesDir = 'src/i18n/generated/locales';
if (existsSync(localesDir)) {
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ts')).sort()) {
    addSize(`locale ${file.replace('.ts', '')} (loaded on demand)`, (await bundle(`${localesDir}/${file}`, DEPS)).entry);
  }
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\nSizes (minified; gzip level 9) — ${machine}`);
printTable(['artefact', 'minified', 'gzipped', 'budget', 'status'], rows);

if (!sizesOnly) {
  if (existsSync('scripts/bench-engine.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-engine.ts'], { stdio: 'inherit' });
  if (existsSync('scripts/bench-account.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-account.ts'], { stdio: 'inherit' });
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
