import { createRandom } from '../../src/domain/population/random';

/** Deterministic pseudo-random numbers (the population's mulberry32): the same seed gives the same sequence in every run. */
export function rng(seed: number): () => number {
  return createRandom(seed).next;
}
