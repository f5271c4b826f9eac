/**
 * Starts the mock API in a browser page (demo, Storybook) with the service worker at /mockServiceWorker.js.
 * Call once; later calls return the same worker. Unhandled requests (assets, other hosts) go to the network.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type MockApiOptions } from './handlers';

let worker: SetupWorker | undefined;
let started: Promise<SetupWorker> | undefined;

export function startMockApi(options: MockApiOptions & { quiet?: boolean } = {}): Promise<SetupWorker> {
  if (!started) {
    const { quiet = true, ...apiOptions } = options;
    worker = setupWorker(...createHandlers(apiOptions));
    const w = worker;
    started = w
      .start({ quiet, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } })
      .then(() => w);
  }
  return started;
}

/** The running worker, if startMockApi() was called. */
export function mockWorker(): SetupWorker | undefined {
  return worker;
}
