/**
 * Starts the real msw mock API (mocks/handlers.ts) in the test page once, and gives each test a clean
 * slate: runtime overrides (fault scenarios) are reset after every test. Counts requests per path so
 * tests can assert de-duplication ("two wallets share one request").
 */
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { handlers } from '../../mocks/handlers';

export const worker = setupWorker(...handlers);
let started: Promise<unknown> | undefined;
const requests: string[] = [];

worker.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
});

export async function startMockApi(): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  await started;
}

/** Overrides handlers for the current test (e.g. faultHandlers('503', '*\/wallet')). */
export function useHandlers(...overrides: RequestHandler[]): void {
  worker.use(...overrides);
}

/** Requests seen since the last reset, as "GET /api/llr/v1/wallet". */
export function seenRequests(filter?: string): string[] {
  return filter ? requests.filter((r) => r.includes(filter)) : [...requests];
}

export function resetMockApi(): void {
  worker.resetHandlers();
  requests.length = 0;
  sessionStorage.clear();
}

// Mocha root hooks: every browser test file that imports this module gets a started worker and a reset.
before(startMockApi);
afterEach(resetMockApi);
