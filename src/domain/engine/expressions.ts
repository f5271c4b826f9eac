/**
 * Compiles the rule set's condition language and amount formulas into closures over answer slots.
 *
 * Hot path: the closures run for every condition of every evaluation (and again for every hypothetical answer
 * the next question and the counterfactuals try), so they use indexed loops, read a slot directly and
 * allocate nothing.
 */
import type { Expr, Formula, RuleSet } from '../rule-set-schema';
import type { AnswerKey } from '../situation';
import { slotOf, type Fn, type Tri } from './slots';

/** Three-valued: all-of is false as soon as one part is false, any-of true as soon as one is true; `not null` is null. */
export function compileExpr(e: Expr): Fn<Tri> {
  if ('fact' in e) {
    const slot = slotOf(e.fact);
    if (e.in !== undefined) {
      const list: readonly unknown[] = e.in;
      return (c) => {
        const x = c.vals[slot];
        return x === undefined ? null : list.includes(x);
      };
    }
    if (e.is !== undefined) {
      const is = e.is;
      return (c) => {
        const x = c.vals[slot];
        return x === undefined ? null : x === is;
      };
    }
    const gte = e.gte ?? Number.NEGATIVE_INFINITY;
    const lte = e.lte ?? Number.POSITIVE_INFINITY;
    const gt = e.gt;
    const lt = e.lt;
    return (c) => {
      const x = c.vals[slot] as number | undefined;
      if (x === undefined) return null;
      return x >= gte && x <= lte && (gt === undefined || x > gt) && (lt === undefined || x < lt);
    };
  }
  if ('all' in e) {
    const parts = e.all.map(compileExpr);
    return (c) => {
      let open = false;
      for (let i = 0; i < parts.length; i++) {
        const r = (parts[i] as Fn<Tri>)(c);
        if (r === false) return false;
        if (r === null) open = true;
      }
      return open ? null : true;
    };
  }
  if ('any' in e) {
    const parts = e.any.map(compileExpr);
    return (c) => {
      let open = false;
      for (let i = 0; i < parts.length; i++) {
        const r = (parts[i] as Fn<Tri>)(c);
        if (r === true) return true;
        if (r === null) open = true;
      }
      return open ? null : false;
    };
  }
  const inner = compileExpr(e.not);
  return (c) => {
    const r = inner(c);
    return r === null ? null : !r;
  };
}

const COMBINE = {
  multiply: (a: number, b: number) => a * b,
  add: (a: number, b: number) => a + b,
  min: Math.min,
  max: Math.max,
} as const;

/** A formula's value; `null` when it reads a missing answer. An unknown parameter is `NaN` (the schema rejects it). */
export function compileFormula(f: Formula, params: RuleSet['parameters']): Fn<number | null> {
  if (typeof f === 'number') return () => f;
  if ('fact' in f) {
    const slot = slotOf(f.fact);
    return (c) => {
      const x = c.vals[slot];
      return x === undefined ? null : (x as number);
    };
  }
  if ('param' in f) {
    const value = params[f.param]?.value ?? Number.NaN;
    return () => value;
  }
  const [combine, list]: [(a: number, b: number) => number, readonly Formula[]] =
    'multiply' in f ? [COMBINE.multiply, f.multiply] : 'add' in f ? [COMBINE.add, f.add] : 'min' in f ? [COMBINE.min, f.min] : [COMBINE.max, f.max];
  const parts = list.map((g) => compileFormula(g, params));
  return (c) => {
    let acc: number | null = null;
    for (let i = 0; i < parts.length; i++) {
      const x = (parts[i] as Fn<number | null>)(c);
      if (x === null) return null;
      acc = acc === null ? x : combine(acc, x);
    }
    return acc;
  };
}

/** The answer keys a formula reads, added to `out`. */
export function formulaFacts(f: Formula, out: Set<AnswerKey>): Set<AnswerKey> {
  if (typeof f === 'object') {
    if ('fact' in f) out.add(f.fact);
    for (const k of ['multiply', 'add', 'min', 'max'] as const) {
      const list = (f as Record<string, readonly Formula[] | undefined>)[k];
      if (list) for (const g of list) formulaFacts(g, out);
    }
  }
  return out;
}

/** The fact tests (`{"fact": ...}`) of an expression, added to `out`. */
export function leavesOf(e: Expr, out: Expr[] = []): Expr[] {
  if ('fact' in e) out.push(e);
  else if ('all' in e) for (const x of e.all) leavesOf(x, out);
  else if ('any' in e) for (const x of e.any) leavesOf(x, out);
  else leavesOf(e.not, out);
  return out;
}
