import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
describe('smoke', () => { it('runs', () => { assert.equal(1 + 1, 2); }); });
