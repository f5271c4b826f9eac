/** Public surface of the LLR API client: schemas, inferred types, errors and the client. */
export * from './schemas';
export * from './errors';
export * from './client';
// The monitoring schemas load only where they are needed (the mock, the server, the monitor's response check):
// their types are here, their code is in './usage'.
export type { Figure, IndicatorSet, Indicators, UsageBatch, UsageEvent, UsageEventType, WalletState, WeekTrend } from './usage';
