/**
 * Usage signals in browser tests: the batches the elements post to the mock API's /events, captured, and the
 * page "hidden" (a `pagehide` event), which is when the elements send them.
 */
import { waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { UsageBatch, UsageEvent } from '../../src/api/usage';
import { useHandlers } from './mock-api';

export interface CapturedSignals {
  batches: UsageBatch[];
  /** Every signal posted so far, in order. */
  readonly events: UsageEvent[];
  /** Hides the page (the elements send what they collected) and waits for `batches` batches in all. */
  flush(batches?: number): Promise<UsageEvent[]>;
}

/** Captures the batches posted to /events from now on (call it in the test, after the mock API's reset). */
export function captureSignals(): CapturedSignals {
  const batches: UsageBatch[] = [];
  useHandlers(
    http.post('*/api/llr/v1/events', async ({ request }) => {
      batches.push((await request.json()) as UsageBatch);
      return new HttpResponse(null, { status: 202 });
    }),
  );
  return {
    batches,
    get events() {
      return batches.flatMap((b) => b.events);
    },
    async flush(expected = batches.length + 1) {
      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(() => batches.length >= expected, `${expected} batch(es) of usage signals`, { timeout: 4000 });
      return batches.flatMap((b) => b.events);
    },
  };
}

/** Hides the page without waiting: what was collected is sent (or dropped) now, so the next test starts clean. */
export function hidePage(): void {
  window.dispatchEvent(new Event('pagehide'));
}
