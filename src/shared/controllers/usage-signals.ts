import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient, UsageEvent } from '../../api';

/** What a signal is sent with, read when it is sent. */
export interface UsageSignalContext {
  /** The host turned signals on for this element (`usage-events`); off by default. */
  readonly enabled: boolean;
  /** The host's configured name (`usage-host`, e.g. "burgerprofiel"): without it nothing is sent. */
  readonly host: string | undefined;
  readonly api: ApiClient;
}

/** A page's signals go in one batch, sent when the page is hidden, or at once when it is as full as the contract allows. */
const BATCH_SIZE = 50;

/** Every field a batch of usage signals may have (api/openapi.yaml, UsageBatch): nothing else leaves the device. */
const FIELDS = ['host', 'events', 'type', 'question', 'step', 'dontKnow', 'from', 'outcomes', 'eligible', 'unknown', 'notEligible', 'referrals', 'referral', 'state', 'incentive'];

/** The signals of this page not sent yet, per API and host (every element on the page adds to them). */
const waiting = new Map<string, { url: string; host: string; events: UsageEvent[] }>();

/**
 * Sends the waiting batches with `navigator.sendBeacon`: the browser delivers them after the page is gone, without
 * cookies, and as text (a CORS-safelisted type: no preflight to another origin). One it cannot take is dropped,
 * never retried.
 */
function post(): void {
  waiting.forEach(({ url, host, events }) => navigator.sendBeacon(url, JSON.stringify({ host, events }, FIELDS)));
  waiting.clear();
}

let listening = false;

/**
 * Anonymous usage signals, opt-in per element and per host: only the fields of the contract's UsageEvent (no
 * answers, no amounts, no text, no identifiers, no time). Collected on the page and sent as one batch when the page
 * is hidden (another tab, closed, navigated away: the last moment a browser reliably sends), never while the
 * citizen waits.
 */
export class UsageSignals implements ReactiveController {
  /** What `once` sent in this run. */
  private readonly sent = new Set<string>();

  constructor(
    host: ReactiveControllerHost,
    private readonly context: () => UsageSignalContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  send(event: UsageEvent): void {
    const { enabled, host, api } = this.context();
    if (!enabled || !host) return;
    if (!listening) {
      listening = true;
      addEventListener('pagehide', post);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && post());
    }
    const url = `${api.baseUrl}/events`;
    const key = `${url} ${host}`;
    const batch = waiting.get(key) ?? { url, host, events: [] };
    waiting.set(key, batch);
    if (batch.events.push(event) >= BATCH_SIZE) post();
  }

  /**
   * Sends it the first time in this run only (per type and question or referral): the funnel counts runs, not
   * clicks, so going back and forth does not count a question twice.
   */
  once(event: UsageEvent): void {
    const { question, referral } = event as { question?: string; referral?: string };
    const key = `${event.type} ${question ?? referral}`;
    if (!this.sent.has(key)) this.send(event);
    this.sent.add(key);
  }

  /** A new run (the citizen started again): `once` sends again. */
  newRun(): void {
    this.sent.clear();
  }
}
