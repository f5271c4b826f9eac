/** Three-valued logic of the condition language, from cases/three-valued.json. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { evaluateExpression, parseSituation } from '../../src/domain/index';
import { ExprSchema } from '../../src/domain/rule-set-schema';
import { loadCases } from './helpers';

const table = loadCases<{ cases: { name: string; expr: unknown; answers: unknown; expect: boolean | null }[] }>('three-valued.json');

describe('three-valued logic (cases/three-valued.json)', () => {
  for (const c of table.cases) {
    it(c.name, () => {
      const expr = v.parse(ExprSchema, c.expr);
      assert.equal(evaluateExpression(expr, parseSituation(c.answers)), c.expect);
    });
  }
});
