/**
 * The policy lab's synthetic population: people aged 18 to 64 in Flanders and Brussels drawn from public marginals
 * (`flanders-brussels.json`, every figure with its source and year, every assumption marked), and five plausible
 * years of each (`histories.ts`, take-up rates in `behaviour.json`). Deterministic per seed.
 */
export { drawJob, drawPerson, population, POPULATION_SIZE } from './generate';
export { historyOf, horizonOf, OVER_TIME_YEARS, type HistoryOptions } from './histories';
export { BEHAVIOUR_DATA, POPULATION_DATA, type BehaviourData, type DataSource, type PopulationData } from './marginals';
export { createRandom, personSeed, type Random } from './random';
