/**
 * German came later than nl, en and fr: the client still reads what a server from before German sends (texts
 * without `de`), and shows those texts in Dutch on a German page, rather than failing. Our own servers send `de`
 * (the contract suite checks that, test/contract/suite.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { CatalogueSchema, loadRuleSetSchema } from '../../src/api/schemas';
import { CATALOGUE } from '../../mocks/catalogue';
import { ruleSetJson } from '../../mocks/conventions';
import { RULE_SETS } from '../../mocks/rule-sets';

/** A document as a server from before German would send it: every text (and list of steps) without its `de`. */
const beforeGerman = (document: unknown): unknown =>
  JSON.parse(JSON.stringify(document, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || !('nl' in value && 'en' in value && 'fr' in value)) return value;
    const { de: _german, ...others } = value as Record<string, unknown>;
    return others;
  }));

describe('texts without German (a server from before German)', () => {
  it('a catalogue: each text and each list of steps in German is the Dutch one', () => {
    const parsed = v.parse(CatalogueSchema, beforeGerman(CATALOGUE));
    const entry = parsed.incentives[0]!;
    assert.equal(entry.name.de, entry.name.nl);
    assert.deepEqual(entry.howToApply.de, entry.howToApply.nl);
    assert.equal(entry.links[0]!.label.de, entry.links[0]!.label.nl);
  });

  it('a catalogue with German keeps it', () => {
    const parsed = v.parse(CatalogueSchema, JSON.parse(JSON.stringify(CATALOGUE)));
    assert.equal(parsed.incentives[0]!.name.de, 'Flämische Bildungsschecks');
  });

  it('a rule set: the engine gets every text in four languages, the German one in Dutch', async () => {
    const schema = await loadRuleSetSchema();
    const original = RULE_SETS.at(-1)!;
    const parsed = v.parse(schema, beforeGerman(original));
    assert.equal(parsed.title.de, original.title.nl);
    assert.equal(parsed.incentives[0]!.name.de, original.incentives[0]!.name.nl);
    assert.deepEqual(parsed.parameters, original.parameters, 'objects that are not texts are left alone');
  });

  it('a rule set with German keeps it', async () => {
    const schema = await loadRuleSetSchema();
    const original = RULE_SETS.at(-1)!;
    const parsed = v.parse(schema, JSON.parse(ruleSetJson(original, 'de')));
    assert.deepEqual(parsed, original);
  });

  it('a text that is only partly there is still an invalid response', async () => {
    const schema = await loadRuleSetSchema();
    const broken = beforeGerman(RULE_SETS.at(-1)!) as { title: Record<string, string> };
    delete broken.title['fr'];
    assert.equal(v.safeParse(schema, broken).success, false);
  });
});
