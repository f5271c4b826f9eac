#!/usr/bin/env node
// npm run bench: prints a table of sizes (and, without --sizes-only, timings and throughput) against
// the budgets in bench/budgets.json. Exits non-zero only when a SIZE budget is exceeded.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const sizesOnly = process.argv.includes('--sizes-only');
const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
let sizeBudgetFailed = false;

/**
 * Several files, each gzipped on its own (as served), summed; against the page's budget in KB when it has one. A page
 * that does not meet its budget yet may have a ceiling (`ceilingsKB`): npm test then fails only above the ceiling.
 */
function addFiles(name, buffers, page) {
  const raw = buffers.reduce((n, b) => n + b.length, 0);
  const gz = buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const budgetKB = page && budgets.pages[page];
  const ceilingKB = page && budgets.ceilingsKB?.[page];
  let met = '';
  if (budgetKB !== undefined) {
    if (gz / 1024 <= budgetKB) met = 'met';
    else if (ceilingKB !== undefined && gz / 1024 <= ceilingKB) met = `NOT MET (its ceiling ${ceilingKB} KB holds)`;
    else {
      met = ceilingKB === undefined ? 'NOT MET' : `NOT MET (over its ceiling ${ceilingKB} KB)`;
      sizeBudgetFailed = true;
    }
  }
  rows.push([`${name} (${buffers.length} file${buffers.length === 1 ? '' : 's'})`, `${kb(raw)} KB`, `${kb(gz)} KB`, budgetKB === undefined ? '' : `≤ ${budgetKB} KB`, met]);
}

// What a citizen downloads, per kind of page (npm run build first): llr-embed.js loads only the elements a page
// uses, each a chunk beside it. Budgets are for what loads BEFORE the first render (the elements' own chunks and
// what they import); what an element loads WITH its data (the Wegwijzer's engine, the badge's rules, the cards,
// the en/fr/de texts) is reported beside it. Sizes are each file gzipped on its own, summed.
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
  const catalogueTags = ['llr-training-incentives'];
  const burgerprofielTags = ['llr-provider', 'llr-wallet', 'llr-wegwijzer'];
  addFiles('llr-embed.js alone (reads its config, finds the elements)', files(page([])));
  addFiles('course catalogue page (badges), before first render', files(page(catalogueTags)), 'courseCatalogue');
  addFiles('  + with the data: course outlook, net cost', files(closure(['src/elements/training-incentives/training-incentives.outlook.ts'], page(catalogueTags))));
  addFiles('Burgerprofiel page (provider, wallet, Wegwijzer), before first render', files(page(burgerprofielTags)), 'burgerprofiel');
  // The card is one chunk of its own (vite.embed.config.ts), loaded by the wallet with its data.
  const card = Object.keys(manifest).find((k) => manifest[k].name === 'incentive-card');
  addFiles('  + with the wallet data: the incentive cards', files(closure([card], page(burgerprofielTags))));
  addFiles(
    '  + with the rule set: engine, questions, situation model',
    files(closure(['src/elements/wegwijzer/wegwijzer.engine.ts'], new Set([...page(burgerprofielTags), ...closure([card])]))),
  );
  for (const [lang, name] of [['en', 'English'], ['fr', 'French'], ['de', 'German']]) {
    addFiles(`  + in ${name}: the ${lang} texts`, files(closure([`src/i18n/generated/locales/${lang}.ts`], page(burgerprofielTags))));
  }
} else rows.push(['llr-embed.js', 'not built', '', '', 'run npm run build']);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\nSizes (minified; gzip level 9) — ${machine}`);
printTable(['artefact', 'minified', 'gzipped', 'budget', 'status'], rows);

if (!sizesOnly) {
  if (existsSync('scripts/bench-engine.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-engine.ts'], { stdio: 'inherit' });
  if (existsSync('scripts/bench-account.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-account.ts'], { stdio: 'inherit' });
  if (existsSync('scripts/bench-policy-lab.ts')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-policy-lab.ts'], { stdio: 'inherit' });
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
