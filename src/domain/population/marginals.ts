/**
 * The population data files (`flanders-brussels.json`: who the people are; `behaviour.json`: how they live over
 * five years), read and checked when the module loads: every share a number ≥ 0, every value one the situation
 * model knows, every section with its sources or an assumption. The tables are then turned into cumulative weights,
 * so that drawing one answer costs a few comparisons (a million people are drawn in about a second).
 */
import * as v from 'valibot';
import { formatIssues } from '../issues';
import { FACTS, type AnswerKey } from '../situation';
import behaviourJson from './behaviour.json';
import populationJson from './flanders-brussels.json';

// ---------------------------------------------------------------- the files' shapes

const Text = v.pipe(v.string(), v.nonEmpty());
const Share = v.pipe(v.number('must be a number'), v.finite(), v.minValue(0, 'must not be negative'));
/** A source of a figure: the page, the year the figure is about, and what was taken from it. */
const AnySourceSchema = v.strictObject({
  title: Text,
  url: v.pipe(v.string(), v.url()),
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  figure: Text,
});
export type DataSource = v.InferOutput<typeof AnySourceSchema>;

/** Where a section's figures come from, and what in it is an assumption: at least one of the two. */
const provenance = {
  sources: v.array(AnySourceSchema),
  note: v.optional(Text),
  assumption: v.optional(Text),
};

/** A table of shares, nested by the keys of `by` ("*" for any other value). */
type Table = { readonly [key: string]: number | Table };
const TableSchema: v.GenericSchema<Table> = v.lazy(() => v.record(v.string(), v.union([Share, TableSchema])));

const SectionSchema = v.strictObject({
  by: v.array(v.string()),
  appliesTo: v.optional(v.picklist(['employees', 'workers'])),
  table: TableSchema,
  fullTimeHours: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(80))),
  ...provenance,
});

const Range = v.tuple([v.number(), v.number()]);
const AgeSchema = v.strictObject({
  byStatus: v.record(v.string(), Range),
  entryAge: v.record(v.string(), v.number()),
  careerGap: v.record(v.string(), Range),
  ...provenance,
});

const PopulationSchema = v.strictObject({
  $comment: Text,
  title: Text,
  lastChecked: Text,
  independence: Text,
  order: v.array(v.string()),
  groups: v.strictObject({ employees: v.array(v.string()), workers: v.array(v.string()) }),
  sections: v.objectWithRest({ age: AgeSchema }, SectionSchema),
});

const Probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const BehaviourSchema = v.strictObject({
  $comment: Text,
  lastChecked: Text,
  transitions: v.strictObject({ perYear: v.record(v.string(), v.record(v.string(), Probability)), ...provenance }),
  takeUp: v.record(v.string(), v.strictObject({ probability: Probability, share: Probability, ...provenance })),
});

export type PopulationData = v.InferOutput<typeof PopulationSchema>;
export type BehaviourData = v.InferOutput<typeof BehaviourSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;

function parse<T>(schema: v.GenericSchema<unknown, T>, json: unknown, file: string): T {
  const result = v.safeParse(schema, json);
  if (!result.success) throw new Error(`${file}: ${formatIssues(result.issues)}`);
  return result.output;
}

// ---------------------------------------------------------------- cross-checks

/** The answer keys a section draws (the others are the lab's own: part-time, employer size band). */
const ANSWER_OF: Readonly<Record<string, AnswerKey>> = {
  residence: 'residence',
  status: 'status',
  education: 'education',
  sector: 'sector',
  workplace: 'workplace',
  careerVouchersUsed: 'careerVouchersUsed',
  timeCreditTraining: 'timeCreditTraining',
};

function choicesOf(key: string): readonly string[] | null {
  const answer = ANSWER_OF[key];
  if (answer === undefined) return null;
  const spec = FACTS[answer];
  return spec.kind === 'choice' ? spec.values : spec.kind === 'boolean' ? ['true', 'false'] : null;
}

/** Every row key is a value of its `by` key (or "*"), every leaf a value of the section's answer; some share > 0. */
function checkTable(name: string, section: Section): void {
  const walk = (table: Table, depth: number, path: string): void => {
    const by = section.by[depth];
    if (by === undefined) {
      const allowed = choicesOf(name);
      let total = 0;
      for (const [value, share] of Object.entries(table)) {
        if (typeof share !== 'number') throw new Error(`${path}.${value}: expected a share, got a table`);
        if (allowed && !allowed.includes(value)) throw new Error(`${path}: unknown value "${value}" for ${name}`);
        total += share;
      }
      if (!(total > 0)) throw new Error(`${path}: the shares add up to 0`);
      return;
    }
    const allowed = choicesOf(by);
    for (const [value, sub] of Object.entries(table)) {
      if (typeof sub === 'number') throw new Error(`${path}.${value}: expected a table by ${by}, got a share`);
      if (value !== '*' && allowed && !allowed.includes(value)) throw new Error(`${path}: unknown value "${value}" for ${by}`);
      walk(sub, depth + 1, `${path}.${value}`);
    }
  };
  walk(section.table, 0, `sections.${name}.table`);
  if (section.sources.length === 0 && section.assumption === undefined) {
    throw new Error(`sections.${name}: needs sources or an assumption`);
  }
}

function load(): { population: PopulationData; behaviour: BehaviourData } {
  const population = parse(PopulationSchema, populationJson, 'flanders-brussels.json');
  for (const name of population.order) {
    const section = population.sections[name];
    if (section === undefined || name === 'age') throw new Error(`flanders-brussels.json: order names a missing section "${name}"`);
    checkTable(name, section as Section);
  }
  const behaviour = parse(BehaviourSchema, behaviourJson, 'behaviour.json');
  for (const [name, entry] of Object.entries(behaviour.takeUp)) {
    if (entry.sources.length === 0 && entry.assumption === undefined) throw new Error(`behaviour.json: takeUp.${name} needs sources or an assumption`);
  }
  return { population, behaviour };
}

export const { population: POPULATION_DATA, behaviour: BEHAVIOUR_DATA } = load();

// ---------------------------------------------------------------- drawing from a table

/** One row of a table ready to draw from: the values and their cumulative shares (the last is 1). */
export interface Draw {
  readonly values: readonly string[];
  readonly cumulative: Float64Array;
}

function drawOf(row: Table): Draw {
  const values = Object.keys(row);
  const shares = values.map((k) => row[k] as number);
  const total = shares.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(values.length);
  let sum = 0;
  shares.forEach((s, i) => {
    sum += s / total;
    cumulative[i] = sum;
  });
  cumulative[values.length - 1] = 1;
  return { values, cumulative };
}

/** The value whose cumulative share first exceeds `u` (a number in [0, 1)). */
export function pick(draw: Draw, u: number): string {
  const c = draw.cumulative;
  for (let i = 0; i < c.length; i++) if (u < (c[i] as number)) return draw.values[i] as string;
  return draw.values[draw.values.length - 1] as string;
}

/** A section's rows as draws, nested like its table; look one up with `rowFor`. */
export type CompiledTable = Draw | { readonly [key: string]: CompiledTable };

export function compileTable(section: Section): CompiledTable {
  const walk = (table: Table, depth: number): CompiledTable => {
    if (depth === section.by.length) return drawOf(table);
    const out: Record<string, CompiledTable> = {};
    for (const [k, sub] of Object.entries(table)) out[k] = walk(sub as Table, depth + 1);
    return out;
  };
  return walk(section.table, 0);
}

/** The row of a compiled table for these answers of the `by` keys (the "*" row when a value has none). */
export function rowFor(table: CompiledTable, by: readonly string[], answers: Readonly<Record<string, string | undefined>>): Draw {
  let node = table;
  for (const key of by) {
    const nested = node as { readonly [key: string]: CompiledTable };
    const value = answers[key];
    const next = (value !== undefined ? nested[value] : undefined) ?? nested['*'];
    if (next === undefined) throw new Error(`population data: no row for ${key} = ${String(value)}`);
    node = next;
  }
  return node as Draw;
}
