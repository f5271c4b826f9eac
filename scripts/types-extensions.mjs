#!/usr/bin/env node
/**
 * Adds `.js` to the relative imports of the emitted type declarations (dist/types), so they resolve for consumers
 * that use Node's ESM resolution (`moduleResolution: node16/nodenext`), not only for bundlers.
 *
 * Why: the source imports without extensions (`'../api'`, the house convention, resolved like a bundler does), and
 * tsc copies those specifiers into the .d.ts files as they are. Node's resolution needs the file: `'../api'`
 * becomes `'../api/index.js'`, `'./wallet'` becomes `'./wallet.js'` (each pointing at the .d.ts beside it, as
 * TypeScript maps `.js` to `.d.ts`). A specifier that names no declaration file fails the build.
 *
 *   node scripts/types-extensions.mjs [dist/types]
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = process.argv[2] ?? 'dist/types';

/** `from '…'`, `import('…')`, `import '…'` and `export … from '…'` with a relative specifier. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*|\.{1,2})\2/g;

function declarationFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The specifier with its extension, or null when no declaration file answers it. */
function withExtension(file, specifier) {
  if (/\.(js|mjs|json)$/.test(specifier)) return specifier;
  const base = join(dirname(file), specifier);
  if (existsSync(`${base}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return null;
}

const unresolved = [];
let rewritten = 0;
for (const file of declarationFiles(root)) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(SPECIFIER, (match, prefix, quote, specifier) => {
    const fixed = withExtension(file, specifier);
    if (fixed === null) {
      unresolved.push(`${relative(root, file)}: ${specifier}`);
      return match;
    }
    if (fixed !== specifier) rewritten += 1;
    return `${prefix}${quote}${fixed}${quote}`;
  });
  if (output !== source) writeFileSync(file, output);
}

if (unresolved.length) {
  console.error(`Type declarations import files that do not exist in ${root}:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`types: ${rewritten} relative imports given their .js extension in ${root}`);
