/**
 * The synthetic population: people aged 18 to 64 living in Flanders or Brussels, drawn one at a time from the
 * marginals in `flanders-brussels.json`, as situations of the project's model (the 12 person answers; an answer
 * that does not apply to someone, such as the sector of a jobseeker, is left out: unknown, as in the wizard).
 *
 * Deterministic per seed: `population(size, seed)` gives the same people in the same order on every machine, in the
 * browser, in a worker and in Node. Which answer depends on which is in the data file (`by`, `appliesTo`,
 * `independence`); the few modelled links are here, each with its reason.
 */
import type { Situation } from '../situation';
import { compileTable, pick, POPULATION_DATA, rowFor, type CompiledTable, type Section } from './marginals';
import { createRandom, type Random } from './random';

/** The sizes the lab offers (issue: 10 000 to 1 000 000). */
export const POPULATION_SIZE = { min: 10_000, max: 1_000_000 } as const;

const sections = POPULATION_DATA.sections;
const EMPLOYEES: readonly string[] = POPULATION_DATA.groups.employees;
const WORKERS: readonly string[] = POPULATION_DATA.groups.workers;
const age = sections.age;

/** A section ready to draw from: its `by` keys and its compiled table (built once, at load). */
interface Drawable {
  readonly by: readonly string[];
  readonly table: CompiledTable;
}

function drawable(name: string): Drawable {
  const s = sections[name] as Section;
  return { by: s.by, table: compileTable(s) };
}

const D = {
  residence: drawable('residence'),
  status: drawable('status'),
  education: drawable('education'),
  sector: drawable('sector'),
  workplace: drawable('workplace'),
  partTime: drawable('partTime'),
  employmentPercent: drawable('employmentPercent'),
  employerSize: drawable('employerSize'),
  careerVouchersUsed: drawable('careerVouchersUsed'),
  timeCreditTraining: drawable('timeCreditTraining'),
} as const;
const FULL_TIME_HOURS = (sections['employmentPercent'] as Section).fullTimeHours ?? 38;

/** Draws the answer of one section for what is known so far. */
function draw(d: Drawable, known: Readonly<Record<string, string | undefined>>, random: Random): string {
  return pick(rowFor(d.table, d.by, known), random.next());
}

/** The employer-size bands ("50-249") as number ranges, read once. */
const BANDS = new Map<string, readonly [number, number]>();
function sizeIn(band: string, random: Random): number {
  let range = BANDS.get(band);
  if (range === undefined) {
    const [low, high] = band.split('-').map(Number);
    range = [low ?? 1, high ?? low ?? 1];
    BANDS.set(band, range);
  }
  return random.int(range[0], range[1]);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** What the lab draws about a person besides their answers: kept apart so a new job can be drawn for them later. */
export interface Known {
  residence: string;
  status: string;
  education: string;
  [key: string]: string | undefined;
}

/** The job of an employee or a self-employed person (absent answers do not apply: unknown). */
export interface Job {
  sector?: Situation['sector'];
  workplace?: Situation['workplace'];
  employmentPercent?: number;
  hoursPerWeek?: number;
  employerFte?: number;
  timeCreditTraining: boolean;
}

/**
 * The job of someone with this status: sector, workplace, employment percentage and hours, employer size and a
 * time credit for training. Used for the population and again when someone starts working (histories).
 */
export function drawJob(known: Known, random: Random): Job {
  if (!WORKERS.includes(known.status)) return { timeCreditTraining: false };
  if (!EMPLOYEES.includes(known.status)) return { workplace: draw(D.workplace, known, random) as Job['workplace'], timeCreditTraining: false };
  const sector = draw(D.sector, known, random);
  const workplace = draw(D.workplace, known, random);
  const partTime = draw(D.partTime, known, random) === 'part-time';
  const percent = partTime ? Number(draw(D.employmentPercent, known, random)) : 100;
  known.sector = sector;
  const employerFte = sizeIn(draw(D.employerSize, known, random), random);
  known.sector = undefined;
  return {
    sector: sector as Job['sector'],
    workplace: workplace as Job['workplace'],
    employmentPercent: percent,
    hoursPerWeek: round1((percent * FULL_TIME_HOURS) / 100),
    employerFte,
    timeCreditTraining: draw(D.timeCreditTraining, known, random) === 'true',
  };
}

/** Years of work experience: age minus the age of leaving school, less a share of years not worked. */
function experienceOf(known: Known, random: Random): number {
  const [lowAge, highAge] = age.byStatus[known.status] ?? age.byStatus['*'] ?? [20, 64];
  const years = random.int(lowAge, highAge);
  const entry = age.entryAge[known.education] ?? 18;
  const [lowGap, highGap] = age.careerGap[known.status] ?? [0, 0];
  const worked = Math.max(0, years - entry) * (1 - random.between(lowGap, highGap));
  return round1(Math.min(60, Math.max(0, worked)));
}

/** One person of the population, drawn with `random`. */
export function drawPerson(random: Random): Situation {
  const known: Known = { residence: '', status: '', education: '' };
  known.residence = draw(D.residence, known, random);
  known.status = draw(D.status, known, random);
  known.education = draw(D.education, known, random);
  const job = drawJob(known, random);
  const experienceYears = experienceOf(known, random);
  const careerVouchersUsed = draw(D.careerVouchersUsed, known, random) as Situation['careerVouchersUsed'];
  // Modelled link (data file, careerVouchersUsed): career guidance of the last six years gave a working person a POP.
  const popWithin6Years = careerVouchersUsed === 'within-6-years' && WORKERS.includes(known.status);
  return personOf(known, job, experienceYears, careerVouchersUsed, popWithin6Years);
}

/** The situation, with its answers always in the same order (the same JSON for the same person). */
export function personOf(
  known: Known,
  job: Job,
  experienceYears: number,
  careerVouchersUsed: Situation['careerVouchersUsed'],
  popWithin6Years: boolean,
): Situation {
  const person: Situation = {
    status: known.status as Situation['status'],
    residence: known.residence as Situation['residence'],
    education: known.education as Situation['education'],
  };
  if (job.sector !== undefined) person.sector = job.sector;
  if (job.workplace !== undefined) person.workplace = job.workplace;
  if (job.employmentPercent !== undefined) person.employmentPercent = job.employmentPercent;
  if (job.hoursPerWeek !== undefined) person.hoursPerWeek = job.hoursPerWeek;
  if (job.employerFte !== undefined) person.employerFte = job.employerFte;
  person.timeCreditTraining = job.timeCreditTraining;
  person.popWithin6Years = popWithin6Years;
  person.experienceYears = experienceYears;
  person.careerVouchersUsed = careerVouchersUsed;
  return person;
}

/** `size` people drawn from `seed`, one at a time (a million people need not be held in memory at once). */
export function* population(size: number, seed: number): Generator<Situation, void, undefined> {
  const random = createRandom(seed);
  for (let i = 0; i < size; i++) yield drawPerson(random);
}

/** The statuses of people with a job (data file `groups`), for the histories. */
export const statusGroups = { employees: EMPLOYEES, workers: WORKERS } as const;
