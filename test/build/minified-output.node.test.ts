/**
 * The built embed (dist/embed, `npm run build` first): the html`` and css`` literals of our indented sources are
 * minified (scripts/minify-literals-plugin.mjs). That the minified templates still render, under a strict CSP,
 * is what test/csp/embed-csp.node.test.ts checks on the same files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EMBED_DIR = 'dist/embed';

function builtScripts(): Array<{ file: string; code: string }> {
  assert.ok(existsSync(join(EMBED_DIR, 'llr-embed.js')), `${EMBED_DIR} is missing: run npm run build first (npm test does).`);
  const files = ['llr-embed.js', ...readdirSync(join(EMBED_DIR, 'chunks')).map((name) => `chunks/${name}`)];
  return files.filter((f) => f.endsWith('.js')).map((file) => ({ file, code: readFileSync(join(EMBED_DIR, file), 'utf8') }));
}

describe('minified html`` and css`` literals in the embed build', () => {
  it('keeps none of the sources’ indentation (the JS minifier leaves template text alone; the literal minifier does not)', () => {
    for (const { file, code } of builtScripts()) {
      const indented = code.match(/\n[ \t]+\S.{0,40}/);
      assert.equal(indented, null, `${file} still has indented template text: ${JSON.stringify(indented?.[0])}`);
    }
  });

  it('writes CSS without spaces or comments, and keeps min-width media queries that older Safari reads', () => {
    const all = builtScripts().map((s) => s.code).join('\n');
    // src/elements/wegwijzer/wegwijzer-steps.styles.ts: `@media (min-width: 40em) {`
    assert.ok(all.includes('@media (min-width:40em){'), 'the Wegwijzer steps’ media query, minified');
    assert.ok(!/@media \(width\s*[<>]=/.test(all), 'no media query in range syntax (Safari before 16.4 ignores it)');
    assert.ok(!all.includes('--llr-font-size, '), 'no space after commas in var() fallbacks');
  });
});
