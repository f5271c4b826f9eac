/** docs/policy-lab.md names the source of every marginal and take-up rate the data files use (issue 13, "done when"). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEHAVIOUR_DATA, POPULATION_DATA } from '../../../src/domain/population/index';
import { repoRoot } from '../helpers';

describe('the policy lab\'s note', () => {
  it('lists every source of the population and behaviour data', () => {
    const note = readFileSync(join(repoRoot, 'docs/policy-lab.md'), 'utf8');
    const sections = Object.values(POPULATION_DATA.sections) as { sources: { url: string }[] }[];
    const urls = [
      ...sections.flatMap((s) => s.sources.map((x) => x.url)),
      ...Object.values(BEHAVIOUR_DATA.takeUp).flatMap((t) => t.sources.map((x) => x.url)),
      ...BEHAVIOUR_DATA.transitions.sources.map((x) => x.url),
    ];
    assert.ok(urls.length > 15);
    for (const url of urls) assert.ok(note.includes(url), `docs/policy-lab.md does not name ${url}`);
  });
});
