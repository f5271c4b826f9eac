import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient, UsageEvent } from '../../api';
import type { Lang } from '../../domain/lang';

/** What a signal is sent with, read when it is sent. */
export interface UsageSignalContext {
  /** The host turned signals on (`usage-events`); off by default. */
  readonly enabled: boolean;
  readonly api: ApiClient;
  readonly lang: Lang;
  /** The rule set the element shows, when it has one. */
  readonly ruleSet?: string | undefined;
}

/**
 * Anonymous usage signals, opt-in per element: the event type, the element, the language and the rule set,
 * nothing else (no answers, no amounts, no identifiers; the contract's UsageEvent is closed). Sent without
 * waiting: a signal that cannot be sent is dropped, never retried, never shown.
 */
export class UsageSignals implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly element: UsageEvent['element'],
    private readonly context: () => UsageSignalContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  send(type: UsageEvent['type']): void {
    const { enabled, api, lang, ruleSet } = this.context();
    if (!enabled) return;
    const event: UsageEvent = { type, element: this.element, locale: lang };
    if (ruleSet) event.ruleSet = ruleSet;
    api.postEvent(event).catch(() => {});
  }
}
