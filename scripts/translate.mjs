#!/usr/bin/env node
// Kept by hand: lit-localize reads only XLIFF, and no library fills XLIFF targets from per-element JSON files.
// Translations without hand-editing XLIFF: every element keeps its en/fr/de texts in a `*.i18n.json` file
// next to it, keyed by the msg() id: { "wallet.title": { "en": "Your rights", "fr": "Vos droits", "de": "Ihre Rechte" } }.
// Placeholders of str`` / html`` messages are written {0}, {1}, … in the order lit-localize numbers them
// (look at the <x id="N"> elements in xliff/en.xlf after an extract).
// This script: lit-localize extract → fill <target>s from all *.i18n.json → lit-localize build, for each
// lit-localize*.json: lit-localize.json (the citizens' elements and what they share), lit-localize.policy-lab.json and
// lit-localize.monitor.json (the analysts' elements, whose texts are built apart so that they never load on a citizen's page).
// The XLIFF is read and written with fast-xml-parser, keeping the order of mixed text and <x/> placeholders.
// `--check` additionally fails when a message has no translation in one of the target locales of its set
// (a target left in the XLIFF from an earlier run does not count) or a translation has no message.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const check = process.argv.includes('--check');
/** Every message set: lit-localize.json first, then the others (lit-localize.<name>.json), each with its own output. */
const CONFIGS = readdirSync('.')
  .filter((name) => /^lit-localize(\.[\w-]+)?\.json$/.test(name))
  .sort((a, b) => (a === 'lit-localize.json' ? -1 : b === 'lit-localize.json' ? 1 : a.localeCompare(b)));
const run = (configFile, args) => spawnSync('node_modules/.bin/lit-localize', [`--config=${configFile}`, ...args], { stdio: 'inherit' }).status === 0;

/**
 * Document order kept (`preserveOrder`): a <source> is a list of text and <x/> nodes. Whitespace between elements
 * is kept as text too (`trimValues: false`), so the file keeps lit-localize's layout when written back.
 */
const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  suppressEmptyNode: true,
};
const parser = new XMLParser(XML_OPTIONS);
const builder = new XMLBuilder(XML_OPTIONS);

/** With preserveOrder, a node is { [tag]: children, ':@': attributes } or { '#text': text }. */
const tagOf = (node) => Object.keys(node).find((key) => key !== ':@');
const attributesOf = (node) => node[':@'] ?? {};

/** Every element named `tag` in these nodes and below them, in document order. */
function* elements(nodes, tag) {
  for (const node of nodes) {
    const name = tagOf(node);
    if (name === '#text') continue;
    if (name === tag) yield node;
    else yield* elements(node[name], tag);
  }
}

/** A message's text as a translator writes it: its <x id="N"/> placeholders as {N}. */
const plainText = (nodes) => nodes.map((node) => ('#text' in node ? node['#text'] : `{${attributesOf(node).id}}`)).join('');

/**
 * The <target> children for a translation: its text, with each {N} replaced by the source's <x id="N"/>.
 * Returns null when the placeholders of the translation and the source differ.
 */
function targetNodes(text, source) {
  const placeholders = new Map([...elements(source, 'x')].map((x) => [attributesOf(x).id, x]));
  const nodes = [];
  const used = new Set();
  // split() with a capturing group: text, placeholder number, text, …
  const parts = text.split(/\{(\d+)\}/);
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 0) {
      if (part) nodes.push({ '#text': part });
      continue;
    }
    const x = placeholders.get(part);
    if (!x) return null;
    used.add(part);
    nodes.push(structuredClone(x));
  }
  return used.size === placeholders.size ? nodes : null;
}

/** Removes the <target> and the line break before it, if there is one. */
function removeTarget(children) {
  const old = children.findIndex((node) => tagOf(node) === 'target');
  if (old < 0) return;
  const lineBreakBefore = old > 0 && tagOf(children[old - 1]) === '#text';
  children.splice(lineBreakBefore ? old - 1 : old, lineBreakBefore ? 2 : 1);
}

/** Puts `target` on its own line after </source>, in place of the old <target> and the line break before it. */
function replaceTarget(children, target) {
  removeTarget(children);
  const afterSource = children.findIndex((node) => tagOf(node) === 'source') + 1;
  children.splice(afterSource, 0, { '#text': '\n' }, { target });
}

function findJson(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findJson(p, out);
    else if (name.endsWith('.i18n.json')) out.push(p);
  }
  return out;
}

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
/** Message ids of every set (a translation is used when some set has its message). */
const seen = new Set();

/** Extracts one set's messages, fills its XLIFF targets from the table, and builds its locale modules. */
function translateSet(configFile) {
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  if (!run(configFile, ['extract'])) process.exit(1);
  const ids = new Set();
  for (const locale of config.targetLocales) {
    const file = `${config.interchange.xliffDir}/${locale}.xlf`;
    const doc = parser.parse(readFileSync(file, 'utf8'));
    for (const unit of elements(doc, 'trans-unit')) {
      const id = attributesOf(unit).id;
      const children = unit['trans-unit'];
      seen.add(id);
      ids.add(id);
      const source = children.find((node) => tagOf(node) === 'source')?.source ?? [];
      const text = table.get(id)?.[locale];
      if (typeof text !== 'string' || text.trim() === '') {
        // A target left from an earlier run is not a translation: the *.i18n.json files are the only source.
        removeTarget(children);
        console.error(`${locale}: no translation for "${id}" (${origin.get(id) ?? 'no *.i18n.json entry'}): ${plainText(source).slice(0, 90)}`);
        problems += 1;
        continue;
      }
      const target = targetNodes(text, source);
      if (!target) {
        console.error(`${locale}: placeholders of "${id}" do not match the source: ${plainText(source)}`);
        problems += 1;
        continue;
      }
      replaceTarget(children, target);
    }
    writeFileSync(file, `${builder.build(doc)}\n`);
  }
  if (!run(configFile, ['build'])) process.exit(1);
  return { count: ids.size, locales: config.targetLocales };
}

const sets = CONFIGS.map((configFile) => ({ configFile, ...translateSet(configFile) }));
for (const id of table.keys()) {
  if (!seen.has(id)) {
    console.error(`Translation "${id}" in ${origin.get(id)} has no msg() with that id (removed or renamed?).`);
    problems += 1;
  }
}

if (problems) {
  console.error(`${problems} translation problem(s).`);
  if (check) process.exit(1);
} else {
  for (const set of sets) console.log(`All ${set.count} messages translated for ${set.locales.join(', ')}${sets.length > 1 ? ` (${set.configFile})` : ''}.`);
}
