/** The wizard's pure parts: number input as people type it, the replayed path, and what storage accepts. */
import { expect } from '@open-wc/testing';
import { evaluate, selectRuleSet, type AnswerKey } from '../../src/domain';
import { askUntilDone, UNANSWERED } from '../../src/domain/simulate';
import { ruleSets } from '../../src/domain/rules';
import { parseNumber, questionView, replay as replayOn, sanitize } from '../../src/elements/wegwijzer/wegwijzer.engine';
import { answer, stepAfter, stepBefore, type WizardAnswers } from '../../src/elements/wegwijzer/wizard-state';
import { readStored, save, storageKey } from '../../src/elements/wegwijzer/storage';

const load = (key: string) => {
  const raw = readStored(key);
  return raw && sanitize(raw);
};

const RULE_SET = selectRuleSet(ruleSets, '2026-11-28');
const replay = (state: WizardAnswers) => replayOn(state, RULE_SET, '2026-11-28');

describe('wegwijzer logic', () => {
  describe('parseNumber', () => {
    const percent = questionView('employmentPercent', 'nl');
    const hours = questionView('hoursPerWeek', 'nl');
    const fte = questionView('employerFte', 'nl');
    it('reads numbers the way people type them', () => {
      expect(parseNumber('80', percent, 'nl')).to.deep.equal({ ok: true, value: 80 });
      expect(parseNumber(' 80 % ', percent, 'nl')).to.deep.equal({ ok: true, value: 80 });
      expect(parseNumber('37,5', hours, 'nl')).to.deep.equal({ ok: true, value: 37.5 });
      expect(parseNumber('37.5', hours, 'en')).to.deep.equal({ ok: true, value: 37.5 });
      expect(parseNumber('38 uur', hours, 'nl')).to.deep.equal({ ok: true, value: 38 });
      expect(parseNumber('1.250', fte, 'nl')).to.deep.equal({ ok: true, value: 1250 });
      expect(parseNumber('1 250', fte, 'fr')).to.deep.equal({ ok: true, value: 1250 });
      expect(parseNumber('1,250', fte, 'en')).to.deep.equal({ ok: true, value: 1250 });
      expect(parseNumber('1.250', fte, 'de')).to.deep.equal({ ok: true, value: 1250 });
      expect(parseNumber('37,5 Stunden', questionView('hoursPerWeek', 'de'), 'de')).to.deep.equal({ ok: true, value: 37.5 });
    });
    it('says what is wrong', () => {
      expect(parseNumber('', percent, 'nl')).to.deep.equal({ ok: false, problem: 'empty' });
      expect(parseNumber('veel', percent, 'nl')).to.deep.equal({ ok: false, problem: 'not-a-number' });
      expect(parseNumber('-5', percent, 'nl')).to.deep.equal({ ok: false, problem: 'not-a-number' });
      expect(parseNumber('80,5', percent, 'nl')).to.deep.equal({ ok: false, problem: 'not-whole' });
      expect(parseNumber('120', percent, 'nl')).to.deep.equal({ ok: false, problem: 'out-of-range' });
    });
  });

  describe('replay', () => {
    it('asks only the engine\'s next question and stops when it has none', () => {
      let state: WizardAnswers = { answers: {}, dontKnow: [] };
      const asked: AnswerKey[] = [];
      for (let r = replay(state); r.next; r = replay(state)) {
        asked.push(r.next);
        state = answer(state, r.next, r.next === 'status' ? 'jobseeker' : r.next === 'residence' ? 'brussels' : undefined);
      }
      expect(asked[0]).to.equal('status');
      expect(asked).to.include('residence');
      const run = replay(state);
      expect(run.next).to.equal(null);
      expect(evaluate(RULE_SET, run.situation, { referenceDate: '2026-11-28' }).referrals).to.include('actiris');
    });

    it('keeps answers that left the path, but does not use them', () => {
      let state = answer({ answers: {}, dontKnow: [] }, 'status', 'employee');
      state = answer(state, 'sector', 'private');
      state = answer(state, 'status', 'jobseeker');
      const run = replay(state);
      expect(state.answers.sector).to.equal('private');
      expect(run.asked).to.not.include('sector');
      expect(run.situation).to.not.have.property('sector');
    });

    it('stops on an engine that asks the same question twice', () => {
      const run = askUntilDone(() => 'status', (key) => (key === 'status' ? 'employee' : UNANSWERED));
      expect(run).to.deep.include({ next: null, asked: ['status'] });
    });

    it('goes back along the path, and forward to the summary after a change from it', () => {
      let state = answer({ answers: {}, dontKnow: [] }, 'status', 'jobseeker');
      state = answer(state, 'residence', 'flanders');
      const run = replay(state);
      expect(stepBefore(run, 'summary')).to.equal(run.asked[run.asked.length - 1]);
      expect(stepBefore(run, 'status')).to.equal(null);
      expect(stepBefore(run, 'result')).to.equal('summary');
      if (run.next === null) expect(stepAfter(run, 'status', true)).to.equal('summary');
      expect(stepAfter(run, 'status', false)).to.equal(run.asked[1] ?? run.next ?? 'summary');
    });
  });

  describe('storage', () => {
    afterEach(() => sessionStorage.clear());
    it('drops anything malformed', () => {
      sessionStorage.setItem(storageKey('x'), JSON.stringify({ answers: { status: 'employee', bogus: 1, sector: { a: 1 } }, dontKnow: ['employmentPercent', 'nope'], step: 'evil' }));
      expect(load(storageKey('x'))).to.deep.equal({ answers: { status: 'employee' }, dontKnow: ['employmentPercent'], step: null });
      // Values of the wrong type or outside the situation model are dropped too.
      sessionStorage.setItem(storageKey('z'), JSON.stringify({ answers: { status: 'astronaut', employmentPercent: 250, hoursPerWeek: 38 }, dontKnow: [], step: 'hoursPerWeek' }));
      expect(load(storageKey('z'))).to.deep.equal({ answers: { hoursPerWeek: 38 }, dontKnow: [], step: 'hoursPerWeek' });
      sessionStorage.setItem(storageKey('y'), '{not json');
      expect(load(storageKey('y'))).to.equal(null);
    });
    it('keys per element id', () => {
      save(storageKey('a'), { answers: { status: 'student' }, dontKnow: [], step: 'summary' });
      expect(load(storageKey('b'))).to.equal(null);
      expect(load(storageKey('a'))?.step).to.equal('summary');
      expect(storageKey('')).to.equal('llr-wegwijzer:v1:default');
    });
  });
});
