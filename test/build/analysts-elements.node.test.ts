/** The analysts' elements (policy lab, monitor): nothing of them reaches a citizen's page (issues 13 and 15). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../domain/helpers';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('the policy lab stays out of the citizens\' code', () => {
  it('is not known to the embed, to define-all or to the main entry', () => {
    for (const file of ['src/embed.ts', 'src/define.ts', 'src/index.ts', 'src/llr-embed.css']) {
      assert.doesNotMatch(read(file), /policy-lab|llr-policy-lab/, file);
    }
  });

  it('has its own entry, define module and package export', () => {
    assert.match(read('src/policy-lab.ts'), /LlrPolicyLab/);
    assert.match(read('src/elements/policy-lab/define.ts'), /safeDefine\('llr-policy-lab'/);
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    assert.deepEqual(pkg.exports['./policy-lab'], { types: './dist/types/policy-lab.d.ts', import: './dist/npm/policy-lab.js' });
    assert.match(read('vite.demo.config.ts'), /demo\/beleidslab\.html/);
  });

  it('keeps its texts out of the citizens\' locale modules', () => {
    for (const locale of ['en', 'fr', 'de']) {
      const citizens = read(`src/i18n/generated/locales/${locale}.ts`);
      assert.doesNotMatch(citizens, /'lab\./, locale);
      assert.match(read(`src/elements/policy-lab/generated/locales/${locale}.ts`), /'lab\.title'/, locale);
    }
  });
});

describe('the monitor stays out of the citizens\' code', () => {
  it('is not known to the embed, to define-all or to the main entry', () => {
    for (const file of ['src/embed.ts', 'src/define.ts', 'src/index.ts', 'src/llr-embed.css']) {
      assert.doesNotMatch(read(file), /llr-monitor|elements\/monitor/, file);
    }
  });

  it('has its own entry, define module and package export', () => {
    assert.match(read('src/monitor.ts'), /LlrMonitor/);
    assert.match(read('src/elements/monitor/define.ts'), /safeDefine\('llr-monitor'/);
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    assert.deepEqual(pkg.exports['./monitor'], { types: './dist/types/monitor.d.ts', import: './dist/npm/monitor.js' });
  });

  it('keeps its texts out of the citizens\' locale modules', () => {
    for (const locale of ['en', 'fr', 'de']) {
      const citizens = read(`src/i18n/generated/locales/${locale}.ts`);
      assert.doesNotMatch(citizens, /'monitor\./, locale);
      assert.match(read(`src/elements/monitor/generated/locales/${locale}.ts`), /'monitor\.title'/, locale);
    }
  });
});
