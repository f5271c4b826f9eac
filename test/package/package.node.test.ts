/**
 * The package as npm publishes it: the tarball `node scripts/hosts.mjs` packs (.cache/pack/llr-widgets.tgz; npm
 * test runs it after the build) holds only what `files` names, passes publint and "Are the types wrong?", and a
 * strict TypeScript consumer (test/package/consumer, installed from that tarball) compiles against its types,
 * including JSX typings that cover every attribute, property and event of the custom-elements manifest.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const TARBALL = '.cache/pack/llr-widgets.tgz';
const CONSUMER = 'test/package/consumer';
const INSTALLED = `${CONSUMER}/node_modules/@llr/widgets`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[]; exports: Record<string, unknown> };

function requireTarball(): void {
  assert.ok(existsSync(TARBALL), `${TARBALL} is missing: run npm run build, then node scripts/hosts.mjs (npm test does both).`);
}

function run(cmd: string, args: string[], cwd = '.'): { status: number | null; output: string } {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  return { status: res.status, output: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

/** The tarball's files, relative to the package root. */
function tarballFiles(): string[] {
  const { status, output } = run('tar', ['-tzf', TARBALL]);
  assert.equal(status, 0, output);
  return output.split('\n').filter((line) => line && !line.endsWith('/')).map((line) => line.replace(/^package\//, ''));
}

/** Every string target of the exports map ("./dist/npm/index.js", wildcards left out). */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return value.includes('*') ? [] : [value.replace(/^\.\//, '')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

describe('the packed package', () => {
  it('holds only what "files" names (npm adds package.json and the README), and every file it names', () => {
    requireTarball();
    const files = tarballFiles();
    const included = pkg.files.filter((f) => !f.startsWith('!'));
    const excluded = pkg.files.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
    const under = (file: string, entry: string) => file === entry || file.startsWith(`${entry}/`);
    const stray = files.filter((f) => !['package.json', 'README.md'].includes(f) && !included.some((entry) => under(f, entry)));
    assert.deepEqual(stray, [], 'files outside "files"');
    assert.deepEqual(files.filter((f) => excluded.some((entry) => under(f, entry))), [], 'files "files" excludes');
    for (const entry of included) assert.ok(files.some((f) => under(f, entry)), `${entry} is in the tarball`);
    for (const target of Object.values(pkg.exports).flatMap(exportTargets)) assert.ok(files.includes(target), `export target ${target} is in the tarball`);
    // Nothing of the source tree, the tests, the mocks or the demo.
    assert.deepEqual(files.filter((f) => /^(src|test|mocks|stories|scripts|demo|api)\//.test(f) || f.startsWith('dist/demo/')), []);
  });

  it('passes publint, suggestions included', () => {
    requireTarball();
    const { status, output } = run('node_modules/.bin/publint', ['run', TARBALL, '--level', 'suggestion', '--strict']);
    assert.equal(status, 0, output);
    assert.match(output, /All good!/, output);
  });

  it('passes "Are the types wrong?" for ESM consumers (Node 16+ and bundlers), subpath entries included', () => {
    requireTarball();
    // ESM only (like Lit itself): `require()` from CommonJS is not offered, so that profile leaves out node10 and
    // node16-from-CommonJS. The stylesheet export is not a module to resolve types for.
    const elements = ['provider', 'incentive-card', 'wallet', 'wegwijzer', 'training-incentives'];
    const { status, output } = run('node_modules/.bin/attw', [
      TARBALL,
      '--profile', 'esm-only',
      '--exclude-entrypoints', './llr-embed.css',
      '--include-entrypoints', ...elements.map((e) => `./elements/${e}/define.js`), ...elements.map((e) => `./elements/${e}/${e}.js`),
      '--format', 'ascii',
    ]);
    // attw exits with 1 when it finds a problem the profile does not leave out.
    assert.equal(status, 0, output);
  });

  it('compiles a strict TypeScript consumer (nodenext, no skipLibCheck) and types every manifest attribute, property and event in JSX', () => {
    requireTarball();
    assert.ok(existsSync(INSTALLED), `${INSTALLED} is missing: run node scripts/hosts.mjs consumer (npm test does).`);
    // From the manifest inside the installed tarball: per tag, every attribute, every public property (those
    // starting with "on" are typed as their attribute only: React reads on… as a listener) and every event as on<event>.
    interface Member { kind: string; name: string; static?: boolean; privacy?: string }
    interface Declaration { tagName?: string; attributes?: Array<{ name: string }>; events?: Array<{ name: string }>; members?: Member[] }
    const manifest = JSON.parse(readFileSync(`${INSTALLED}/dist/custom-elements.json`, 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is Declaration & { tagName: string } => !!d.tagName);
    assert.ok(tags.length >= 5, 'the manifest lists our elements');
    const lines = tags.map((d) => {
      const names = [
        ...(d.attributes ?? []).map((a) => a.name),
        ...(d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('on')).map((m) => m.name),
        ...(d.events ?? []).map((e) => `on${e.name}`),
      ];
      return `  '${d.tagName}': [${[...new Set(names)].map((n) => `'${n}'`).join(', ')}],`;
    });
    mkdirSync(`${CONSUMER}/generated`, { recursive: true });
    writeFileSync(
      `${CONSUMER}/generated/manifest-coverage.ts`,
      [
        '// Written by test/package/package.node.test.ts from the packed custom-elements.json: each name must be a prop of its tag.',
        "import type { LlrIntrinsicElements } from '@llr/widgets/react';",
        'export const covered: { [T in keyof LlrIntrinsicElements]: ReadonlyArray<keyof LlrIntrinsicElements[T]> } = {',
        ...lines,
        '};',
        '',
      ].join('\n'),
    );
    const { status, output } = run('node_modules/.bin/tsc', ['-p', 'tsconfig.json', '--pretty', 'false'], CONSUMER);
    assert.equal(status, 0, output);
  });
});
