/** Amounts: full precision while computing, 2 decimals only in the output (account-rules.md §4). */

/** Amounts below this are rounding noise of the sums, not money or time: they count as 0. */
export const EPSILON = 1e-9;

export const round2 = (x: number): number => Math.round(x * 100) / 100;

export const round2OrNull = (x: number | null): number | null => (x === null ? null : round2(x));
