/**
 * Starts the real msw mock API (mocks/handlers.ts) in the test page once, and gives each test a clean
 * slate: runtime overrides (fault scenarios) are reset after every test. Counts requests per path so
 * tests can assert de-duplication ("two wallets share one request").
 */
import type { SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { startMockApi as startWorker } from '../../mocks/browser';

/** The same worker the demo and Storybook start (mocks/browser.ts), plus a request log for assertions. */
let worker: SetupWorker | undefined;
const requests: string[] = [];

export async function startMockApi(): Promise<void> {
  if (worker) return;
  const started = await startWorker();
  if (worker) return;
  worker = started;
  worker.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
}

function running(): SetupWorker {
  if (!worker) throw new Error('The mock API is not started: call startMockApi() (the mocha before hook does).');
  return worker;
}

/** Overrides handlers for the current test (e.g. faultHandlers('503', '*\/wallet')). */
export function useHandlers(...overrides: RequestHandler[]): void {
  running().use(...overrides);
}

/** Requests seen since the last reset, as "GET /api/llr/v1/wallet". */
export function seenRequests(filter?: string): string[] {
  return filter ? requests.filter((r) => r.includes(filter)) : [...requests];
}

export function resetMockApi(): void {
  worker?.resetHandlers();
  requests.length = 0;
  sessionStorage.clear();
}

// Mocha root hooks: every browser test file that imports this module gets a started worker and a reset.
before(startMockApi);
afterEach(resetMockApi);

/** Removes the per-test overrides (the fault "clears") but keeps the request log and sessionStorage. */
export function clearFaults(): void {
  running().resetHandlers();
}
