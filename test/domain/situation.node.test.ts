/** Validation of answers, and the questions data that matches the situation model. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../src/domain/lang';
import { ANSWER_KEYS, FACTS, parseSituation, PERSON_KEYS, questions, TRAINING_KEYS } from '../../src/domain/index';
import { ruleSets } from '../../src/domain/rules/index';
import { loadCases } from './helpers';

const table = loadCases<{ cases: { name: string; answers: unknown; error: string | null }[] }>('situations.json');

describe('answers validation (cases/situations.json)', () => {
  for (const c of table.cases) {
    it(c.name, () => {
      if (c.error === null) assert.doesNotThrow(() => parseSituation(c.answers));
      else assert.throws(() => parseSituation(c.answers), (e: Error) => (assert.ok(e.message.includes(c.error as string), e.message), true));
    });
  }
  it('rejects what is not an object, naming where the answers are', () => {
    assert.throws(() => parseSituation('employee'), /the answers must be an object, got string/);
    assert.throws(() => parseSituation(null, { root: 'answers' }), /answers must be an object, got null/);
    assert.throws(() => parseSituation({ status: 'x' }, { root: 'answers' }), /^Error: answers\.status: unknown value/);
  });
  it('drops null answers instead of keeping them', () => {
    assert.deepEqual(parseSituation({ status: 'employee', sector: null }), { status: 'employee' });
  });
});

describe('the situation model', () => {
  it('has exactly the keys of eligibility-rules.md §1', () => {
    assert.deepEqual(PERSON_KEYS, [
      'status', 'sector', 'residence', 'workplace', 'education', 'employmentPercent', 'hoursPerWeek', 'popWithin6Years',
      'experienceYears', 'careerVouchersUsed', 'employerFte', 'timeCreditTraining',
    ]);
    assert.deepEqual(TRAINING_KEYS, [
      'training.registered', 'training.basicSkills', 'training.higherEducation', 'training.contactHours', 'training.employerPaid', 'training.cost',
    ]);
  });
});

describe('questions as data (rules/questions.json)', () => {
  it('has one question per answer key, in nl, en, fr and de', () => {
    assert.deepEqual(Object.keys(questions).sort(), [...ANSWER_KEYS].sort());
    for (const key of ANSWER_KEYS) {
      const q = questions[key];
      for (const lang of LANGS) {
        assert.ok(q.text[lang].length > 0 && q.hint[lang].length > 0, `${key} ${lang}`);
        for (const o of q.options ?? []) assert.ok(o.label[lang].length > 0);
        if (q.allowDontKnow) assert.ok(q.whereToFind?.[lang], `${key}: where to find (${lang})`);
      }
    }
  });
  it('offers exactly the values the situation model accepts', () => {
    for (const key of ANSWER_KEYS) {
      const q = questions[key];
      const spec = FACTS[key];
      assert.equal(q.type, spec.kind, key);
      if (spec.kind === 'choice') assert.deepEqual(q.options?.map((o) => o.value).sort(), [...spec.values].sort(), key);
      if (spec.kind === 'number') assert.deepEqual([q.min, q.max], [spec.min, spec.max], key);
      for (const o of q.options ?? []) assert.doesNotThrow(() => parseSituation(key.startsWith('training.') ? { training: { [key.slice(9)]: o.value } } : { [key]: o.value }));
    }
  });
  it('lets a citizen say "I don\'t know" for the employment percentage and the employer size, with where to find out', () => {
    assert.equal(questions.employmentPercent.allowDontKnow, true);
    assert.equal(questions.employerFte.allowDontKnow, true);
    assert.match(questions.employmentPercent.whereToFind?.nl ?? '', /werkgever/);
  });
  it('keeps Dutch and German questions short (B1: at most 20 words a sentence)', () => {
    for (const key of ANSWER_KEYS) {
      const q = questions[key];
      for (const lang of ['nl', 'de'] as const) {
        for (const text of [q.text[lang], q.hint[lang], q.whereToFind?.[lang] ?? '']) {
          for (const sentence of text.split(/[.?!]\s/)) assert.ok(sentence.split(/\s+/).length <= 25, `${key} (${lang}): "${sentence}"`);
        }
      }
    }
  });
  it('every rule set orders every question for the tie-break', () => {
    for (const rs of ruleSets) assert.deepEqual([...rs.questionOrder].sort(), [...ANSWER_KEYS].sort());
  });
});
