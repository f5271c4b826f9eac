/**
 * scripts/translate.mjs on a small project of its own (a temporary folder with one element's messages, and the
 * project's target locales en, fr and de): it fills the XLIFF targets from *.i18n.json, lit-localize builds the
 * locale modules from them, and `--check` fails on a message without a translation in any target locale (also
 * when the XLIFF still holds one from an earlier run) and on placeholders that do not match the source.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'scripts/translate.mjs');

const SOURCE = `import { html } from 'lit';
import { msg, str } from '@lit/localize';
export const hello = () => msg('Goeiedag', { id: 'demo.hello' });
export const days = (n: number) => msg(str\`Nog \${n} dagen\`, { id: 'demo.days' });
export const more = (url: string) => msg(html\`Lees <a href=\${url}>meer</a> over R&D\`, { id: 'demo.more' });
`;

const TRANSLATIONS = {
  'demo.hello': { en: 'Good day', fr: 'Bonjour', de: 'Guten Tag' },
  'demo.days': { en: '{0} days left', fr: 'Encore {0} jours', de: 'Noch {0} Tage' },
  'demo.more': { en: 'Read {0}more{1} about R&D <soon>', fr: 'En savoir {0}plus{1} sur la R&D', de: 'Mehr {0}über{1} F&E' },
};

describe('npm run translate (scripts/translate.mjs)', () => {
  let dir: string;
  const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
  const translate = () => spawnSync(process.execPath, [SCRIPT, '--check'], { cwd: dir, encoding: 'utf8' });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'llr-translate-'));
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'src/demo'), { recursive: true });
    write('lit-localize.json', JSON.stringify({
      sourceLocale: 'nl',
      targetLocales: ['en', 'fr', 'de'],
      tsConfig: './tsconfig.json',
      output: { mode: 'runtime', outputDir: './src/generated/locales', localeCodesModule: './src/generated/locale-codes.ts' },
      interchange: { format: 'xliff', xliffDir: './xliff' },
    }));
    write('tsconfig.json', JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, skipLibCheck: true, types: [] },
      include: ['src/**/*.ts'],
      exclude: ['src/generated/**'],
    }));
    write('src/demo/demo.ts', SOURCE);
    write('src/demo/demo.i18n.json', JSON.stringify(TRANSLATIONS));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fills every target, keeps the placeholders in the translation’s order, and builds the locale modules', () => {
    const run = translate();
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /All 3 messages translated for en, fr, de/);
    const xliff = readFileSync(join(dir, 'xliff/en.xlf'), 'utf8');
    assert.match(xliff, /<target><x id="0" equiv-text="\$\{n\}"\/> days left<\/target>/);
    // Text is escaped as XML: lit-localize reads it back as it was written.
    assert.match(xliff, /about R&amp;D &lt;soon&gt;<\/target>/);
    const en = readFileSync(join(dir, 'src/generated/locales/en.ts'), 'utf8');
    assert.match(en, /'demo\.days': str`\$\{0\} days left`/);
    // In an html`` message the translation is text: lit-localize escapes it as HTML.
    assert.match(en, /'demo\.more': html`Read <a href="\$\{0\}">more<\/a> about R&amp;D &lt;soon&gt;`/);
    assert.match(readFileSync(join(dir, 'src/generated/locales/fr.ts'), 'utf8'), /'demo\.hello': `Bonjour`/);
    assert.match(readFileSync(join(dir, 'src/generated/locales/de.ts'), 'utf8'), /'demo\.days': str`Noch \$\{0\} Tage`/);
  });

  it('--check fails on a new message without a translation and on placeholders that do not match, naming each', () => {
    write('src/demo/demo.ts', `${SOURCE}export const bye = () => msg('Tot ziens', { id: 'demo.bye' });\n`);
    write('src/demo/demo.i18n.json', JSON.stringify({ ...TRANSLATIONS, 'demo.days': { en: '{1} days left', fr: 'Encore des jours', de: 'Noch {0} Tage' } }));
    const run = translate();
    assert.equal(run.status, 1);
    assert.match(run.stderr, /en: no translation for "demo\.bye" \(no \*\.i18n\.json entry\): Tot ziens/);
    assert.match(run.stderr, /fr: no translation for "demo\.bye"/);
    assert.match(run.stderr, /de: no translation for "demo\.bye"/);
    assert.match(run.stderr, /en: placeholders of "demo\.days" do not match the source: Nog \{0\} dagen/);
    assert.match(run.stderr, /fr: placeholders of "demo\.days" do not match/);
    assert.match(run.stderr, /5 translation problem\(s\)/);
  });

  it('--check fails on a German text taken out of *.i18n.json, though the XLIFF still had it, and drops the old text', () => {
    write('src/demo/demo.ts', SOURCE);
    write('src/demo/demo.i18n.json', JSON.stringify(TRANSLATIONS));
    assert.equal(translate().status, 0, 'all translated first');
    assert.match(readFileSync(join(dir, 'xliff/de.xlf'), 'utf8'), /<target>Guten Tag<\/target>/);
    write('src/demo/demo.i18n.json', JSON.stringify({ ...TRANSLATIONS, 'demo.hello': { en: 'Good day', fr: 'Bonjour' } }));
    const run = translate();
    assert.equal(run.status, 1);
    assert.match(run.stderr, /de: no translation for "demo\.hello" \(src\/demo\/demo\.i18n\.json\): Goeiedag/);
    assert.match(run.stderr, /1 translation problem\(s\)/);
    assert.doesNotMatch(readFileSync(join(dir, 'xliff/de.xlf'), 'utf8'), /Guten Tag/);
    assert.doesNotMatch(readFileSync(join(dir, 'src/generated/locales/de.ts'), 'utf8'), /Guten Tag/);
  });
});
