/** courseOutlook: what a course can open before anything is known about the person (the course badge's anonymous view). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { courseConditions, courseOutlook, evaluate, parseRuleSet, type CourseOutlook, type RuleSet, type Training } from '../../src/domain/index';
import { clone, ruleSetOn } from './helpers';

const DATE = '2026-11-28';
const rs = ruleSetOn(DATE);

const ids = (o: CourseOutlook, status: 'possible' | 'conditional') => o.incentives.filter((i) => i.status === status).map((i) => i.incentive.id);
const openIds = (o: CourseOutlook, incentive: string) => o.incentives.find((i) => i.incentive.id === incentive)?.open.map((c) => c.id);

describe('courseOutlook', () => {
  it('a registered 40-hour course: cheques and training leave possible, the rest left out', () => {
    const o = courseOutlook(rs, { registered: true, contactHours: 40, cost: 275 }, DATE);
    assert.equal(o.ruleSet, rs.id);
    assert.equal(o.referenceDate, DATE);
    assert.deepEqual(ids(o, 'possible'), ['opleidingscheques', 'vlaams-opleidingsverlof']);
    assert.deepEqual(ids(o, 'conditional'), []);
    const cheques = openIds(o, 'opleidingscheques')!;
    assert.ok(cheques.includes('oc-course-own-initiative'), 'who pays was not given: still open');
    assert.ok(!cheques.includes('oc-course-registered'), 'the course is registered: met, so not open');
    assert.ok(cheques.length > 1, 'conditions about the person stay open');
    for (const i of o.incentives) assert.equal(i.via, null);
  });

  it('a course that is not registered opens cheques and leave only through the POP (conditional)', () => {
    const o = courseOutlook(rs, { registered: false, contactHours: 40, cost: 150 }, DATE);
    assert.deepEqual(ids(o, 'possible'), []);
    assert.deepEqual(ids(o, 'conditional'), ['opleidingscheques', 'vlaams-opleidingsverlof']);
    assert.deepEqual(o.incentives.map((i) => i.via?.id), ['oc-course-registered', 'vov-course-registered']);
  });

  it('the course rules an incentive out: employer-paid closes the cheques, 120 contact hours open the zorgkrediet', () => {
    assert.deepEqual(ids(courseOutlook(rs, { registered: true, employerPaid: true, contactHours: 40 }, DATE), 'possible'), ['vlaams-opleidingsverlof']);
    assert.deepEqual(ids(courseOutlook(rs, { registered: true, contactHours: 119 }, DATE), 'possible'), ['opleidingscheques', 'vlaams-opleidingsverlof']);
    assert.deepEqual(ids(courseOutlook(rs, { registered: true, contactHours: 120 }, DATE), 'possible'), [
      'opleidingscheques',
      'vlaams-opleidingsverlof',
      'vlaams-zorgkrediet-opleiding',
    ]);
  });

  it('course facts not given stay unknown, never a default', () => {
    const o = courseOutlook(rs, {}, DATE);
    assert.deepEqual(ids(o, 'conditional'), ['opleidingscheques', 'vlaams-opleidingsverlof']);
    assert.deepEqual(ids(o, 'possible'), ['vlaams-zorgkrediet-opleiding']);
    assert.ok(openIds(o, 'vlaams-zorgkrediet-opleiding')!.includes('vzk-course-hours'));
  });

  it('course conditions are read from the data: which facts a condition looks at, nothing by name', () => {
    assert.deepEqual(
      [...courseConditions(rs)].sort(([a], [b]) => a.localeCompare(b)),
      [
        ['oc-course-own-initiative', { personFacts: false }],
        ['oc-course-registered', { personFacts: true }],
        ['vov-course-registered', { personFacts: true }],
        ['vzk-course-hours', { personFacts: false }],
      ],
    );
    assert.equal(courseConditions(rs), courseConditions(rs), 'cached per rule set');

    // Edit the data: the cheques lose their course conditions, the KMO-portefeuille gains one.
    type Cond = { id: string; any?: unknown; counterfactual?: unknown; [k: string]: unknown };
    const doc = clone(rs) as unknown as { incentives: { id: string; conditions: Cond[] }[] };
    const cheques = doc.incentives.find((i) => i.id === 'opleidingscheques')!;
    const { id: _id, any: _any, counterfactual: _cf, ...meta } = cheques.conditions.find((c) => c.id === 'oc-course-registered')!;
    cheques.conditions = cheques.conditions.filter((c) => !c.id.startsWith('oc-course-'));
    doc.incentives.find((i) => i.id === 'kmo-portefeuille')!.conditions.push({ ...meta, id: 'kmo-course-registered', fact: 'training.registered', is: true });
    const edited = parseRuleSet(doc);
    assert.deepEqual(ids(courseOutlook(edited, { registered: true, contactHours: 40 }, DATE), 'possible'), ['vlaams-opleidingsverlof', 'kmo-portefeuille']);
  });

  it('gives the same outlook for a rule set as the API serves it (parsed from JSON)', () => {
    const fetched: RuleSet = parseRuleSet(JSON.parse(JSON.stringify(rs)));
    const course: Training = { registered: true, contactHours: 130, cost: 300 };
    const summary = (o: CourseOutlook) => o.incentives.map((i) => [i.incentive.id, i.status, i.open.map((c) => c.id), i.via?.id]);
    assert.deepEqual(summary(courseOutlook(fetched, course, DATE)), summary(courseOutlook(rs, course, DATE)));
  });

  it('invariant over generated courses: agrees with evaluate; listed = has a course condition and is not ruled out', () => {
    const tri = [true, false, undefined];
    let n = 0;
    for (const registered of tri)
      for (const employerPaid of tri)
        for (const basicSkills of tri)
          for (const contactHours of [undefined, 0, 119, 120, 500]) {
            const course: Training = {};
            if (registered !== undefined) course.registered = registered;
            if (employerPaid !== undefined) course.employerPaid = employerPaid;
            if (basicSkills !== undefined) course.basicSkills = basicSkills;
            if (contactHours !== undefined) course.contactHours = contactHours;
            for (const date of ['2024-10-01', '2025-09-15', DATE]) {
              const ruleSet = ruleSetOn(date);
              const evaluation = evaluate(ruleSet, { training: course }, { referenceDate: date });
              const outlook = courseOutlook(ruleSet, course, date);
              const byId = courseConditions(ruleSet);
              const listed = new Map(outlook.incentives.map((i) => [i.incentive.id, i]));
              for (const result of evaluation.results) {
                const courseReasons = result.reasons.filter((r) => byId.has(r.condition));
                const item = listed.get(result.incentive);
                assert.equal(!!item, courseReasons.length > 0 && result.outcome !== 'not-eligible', `${date} ${JSON.stringify(course)} ${result.incentive}`);
                if (!item) continue;
                assert.deepEqual(item.result, result);
                assert.deepEqual(item.open.map((c) => c.id), result.reasons.filter((r) => r.met === null).map((r) => r.condition));
                const hangsOnPerson = courseReasons.some((r) => r.met === null && byId.get(r.condition)!.personFacts);
                assert.equal(item.status, hangsOnPerson ? 'conditional' : 'possible');
                n++;
              }
            }
          }
    assert.ok(n > 300, `${n} listed incentives checked`);
  });
});
