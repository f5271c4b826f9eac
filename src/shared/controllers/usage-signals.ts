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

interface Waiting {
  api: ApiClient;
  host: string;
  events: UsageEvent[];
}

/** The signals of this page not sent yet, per API and host (every element on the page shares them). */
const waiting = new Map<string, Waiting>();

function post(key: string): void {
  const batch = waiting.get(key);
  waiting.delete(key);
  // keepalive: the request outlives the page. A batch that cannot be sent is dropped: never retried, never shown.
  batch?.api.postEvents({ host: batch.host, events: batch.events }).catch(() => {});
}

const postAll = (): void => waiting.forEach((_, key) => post(key));

let listening = false;
/** The page is hidden (another tab, closed, navigated away): the last moment a browser reliably sends. */
function sendWhenHidden(): void {
  if (listening) return;
  listening = true;
  addEventListener('pagehide', postAll);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && postAll());
}

/**
 * Anonymous usage signals, opt-in per element and per host: only the fields of the contract's UsageEvent (no
 * answers, no amounts, no text, no identifiers, no time). Collected on the page and sent as one batch when the page
 * is hidden, never while the citizen waits.
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
    sendWhenHidden();
    const key = `${api.baseUrl} ${host}`;
    let batch = waiting.get(key);
    if (!batch) waiting.set(key, (batch = { api, host, events: [] }));
    batch.events.push(event);
    if (batch.events.length >= BATCH_SIZE) post(key);
  }

  /**
   * Sends it the first time in this run only (per type and question or referral): the funnel counts runs, not
   * clicks, so going back and forth does not count a question twice.
   */
  once(event: UsageEvent): void {
    const { question, referral } = event as { question?: string; referral?: string };
    const key = `${event.type} ${question ?? referral ?? ''}`;
    if (this.sent.has(key)) return;
    this.sent.add(key);
    this.send(event);
  }

  /** A new run (the citizen started again): `once` sends again. */
  newRun(): void {
    this.sent.clear();
  }
}
