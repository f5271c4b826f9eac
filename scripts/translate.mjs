#!/usr/bin/env node
// Translations without hand-editing XLIFF: every element keeps its en/fr texts in a `*.i18n.json` file
// next to it, keyed by the msg() id: { "wallet.title": { "en": "Your rights", "fr": "Vos droits" } }.
// Placeholders of str`` / html`` messages are written {0}, {1}, … in the order lit-localize numbers them
// (look at the <x id="N"> elements in xliff/en.xlf after an extract).
// This script: lit-localize extract → fill <target>s from all *.i18n.json → lit-localize build.
// `--check` additionally fails when a message has no translation or a translation has no message.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const check = process.argv.includes('--check');
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const run = (args) => spawnSync('node_modules/.bin/lit-localize', args, { stdio: 'inherit' }).status === 0;

function findJson(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findJson(p, out);
    else if (name.endsWith('.i18n.json')) out.push(p);
  }
  return out;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

if (!run(['extract'])) process.exit(1);

const table = new Map();
const origin = new Map();
for (const file of findJson('src')) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const [id, texts] of Object.entries(data)) {
    if (table.has(id)) {
      console.error(`Duplicate translation id ${id} in ${file} and ${origin.get(id)}`);
      process.exitCode = 1;
    }
    table.set(id, texts);
    origin.set(id, file);
  }
}

let problems = 0;
const seen = new Set();
for (const locale of config.targetLocales) {
  const file = `${config.interchange.xliffDir}/${locale}.xlf`;
  let xml = readFileSync(file, 'utf8');
  xml = xml.replace(/<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (whole, id, attrs, body) => {
    seen.add(id);
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const text = table.get(id)?.[locale];
    if (typeof text !== 'string' || text.trim() === '') {
      if (!/<target>[\s\S]*?<\/target>/.test(body)) {
        console.error(`${locale}: no translation for "${id}" (${origin.get(id) ?? 'no *.i18n.json entry'}): ${source.slice(0, 90)}`);
        problems += 1;
      }
      return whole;
    }
    const placeholders = new Map([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    let bad = false;
    const target = escapeXml(text).replace(/\{(\d+)\}/g, (_, n) => {
      const ph = placeholders.get(n);
      if (!ph) bad = true;
      return ph ?? '';
    });
    if (bad || [...placeholders.keys()].some((n) => !text.includes(`{${n}}`))) {
      console.error(`${locale}: placeholders of "${id}" do not match the source: ${source}`);
      problems += 1;
    }
    const newBody = body.replace(/\s*<target>[\s\S]*?<\/target>/, '').replace(/(<\/source>)/, `$1\n<target>${target}</target>`);
    return `<trans-unit id="${id}"${attrs}>${newBody}</trans-unit>`;
  });
  writeFileSync(file, xml);
}
for (const id of table.keys()) {
  if (!seen.has(id)) {
    console.error(`Translation "${id}" in ${origin.get(id)} has no msg() with that id (removed or renamed?).`);
    problems += 1;
  }
}

if (!run(['build'])) process.exit(1);
if (problems) {
  console.error(`${problems} translation problem(s).`);
  if (check) process.exit(1);
} else {
  console.log(`All ${seen.size} messages translated for ${config.targetLocales.join(', ')}.`);
}
