/** src/domain runs in the browser and in Node: no DOM, no Node built-ins, no business rule outside the data. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers';

const dir = join(repoRoot, 'src/domain');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('domain purity', () => {
  it('imports no Node built-ins and uses no DOM globals', () => {
    assert.ok(files.length > 5);
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      assert.doesNotMatch(code, /from ['"](node:|fs|path|os|child_process)/, f);
      assert.doesNotMatch(code, /\b(window|document|localStorage|sessionStorage|navigator|HTMLElement|customElements)\b/, f);
      assert.doesNotMatch(code, /\bprocess\./, f);
    }
  });
  it('names no incentive id in the engine or account code (the rules are data)', () => {
    const ids = ['opleidingscheques', 'opleidingsverlof', 'opleidingskrediet', 'zorgkrediet', 'loopbaancheques', 'opleidingsrecht', 'kmo-portefeuille', 'employee', 'flanders'];
    const account = readdirSync(join(dir, 'account')).filter((f) => f.endsWith('.ts')).map((f) => `account/${f}`);
    assert.ok(account.length > 5);
    for (const f of ['engine.ts', 'net-cost.ts', 'periods.ts', 'simulate.ts', ...account]) {
      const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const id of ids) assert.ok(!code.includes(`'${id}'`), `${f} mentions '${id}'`);
    }
  });
});
