/**
 * Visual regression: every Storybook story against its committed baseline (scripts/visual.ts). A designer who
 * changes a token sees here every story it affects, with a diff image in .cache/visual/; an intended change is
 * accepted with `npm run test:visual -- --update` (and the new baselines committed).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { runVisual, type StoryResult } from '../../scripts/visual';

const INDEX = 'storybook-static/index.json';

describe('visual regression of the Storybook', () => {
  assert.ok(existsSync(INDEX), 'storybook-static is missing: npm test builds it, or run npm run build-storybook');
  const ids = Object.values((JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, { id: string; type: string }> }).entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id)
    .sort();
  let results = new Map<string, StoryResult>();

  before(async () => {
    results = new Map((await runVisual()).map((r) => [r.id, r]));
  });

  for (const id of ids) {
    it(id, () => {
      const r = results.get(id);
      assert.ok(r, `${id} was not rendered`);
      assert.ok(r.status === 'same', `${id}: ${r.status}${r.detail ? ` (${r.detail})` : ''}. Intended? npm run test:visual -- --update`);
    });
  }
});
