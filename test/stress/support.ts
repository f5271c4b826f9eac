/**
 * Helpers shared by the stress suites (fault matrix, XSS corpus): deep DOM queries through nested shadow roots,
 * a collector of uncaught errors / unhandled rejections / console.error, and a clock compressor for the client's
 * 10 s request timeout.
 */
import { waitUntil } from '@open-wc/testing';
import { DEFAULT_TIMEOUT_MS } from '../../src/api';
import { getLocale } from '../../src/i18n/localization';
import type { Lang } from '../../src/domain/lang';
export { deepAll, deepText } from '../support/dom';
export type { Lang };



export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T | null => el.shadowRoot?.querySelector<T>(sel) ?? null;

export async function localeIs(lang: Lang): Promise<void> {
  await waitUntil(() => getLocale() === lang, `locale ${lang}`, { timeout: 4000 });
}

/**
 * Collects what a host page would see go wrong: window 'error' events, unhandled promise rejections and
 * console.error calls. The elements log nothing on purpose (safeDefine only warns), so the expectation is [].
 */
export class ErrorCollector {
  readonly seen: string[] = [];
  private original?: typeof console.error;
  private readonly onError = (e: ErrorEvent) => this.seen.push(`error: ${e.message}`);
  private readonly onRejection = (e: PromiseRejectionEvent) => this.seen.push(`unhandledrejection: ${String(e.reason)}`);

  install(): void {
    this.seen.length = 0;
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    this.original = console.error;
    const original = this.original;
    console.error = (...args: unknown[]) => {
      this.seen.push(`console.error: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
      original.apply(console, args);
    };
  }

  uninstall(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    if (this.original) console.error = this.original;
    this.original = undefined;
  }
}

/**
 * The client gives every attempt DEFAULT_TIMEOUT_MS (10 s) and the elements offer no way to change it. While
 * installed, timers of exactly that length fire after `ms` instead, so the real timeout path (abort → ApiError
 * 'timeout' → the element's timeout state) runs in a fraction of a second. Nothing else uses a 10 s timer
 * inside a test body (mocha's own test timer is armed before the test starts).
 */
export function compressRequestTimeout(ms = 300): () => void {
  const original = window.setTimeout;
  const patched = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
    original(handler, timeout === DEFAULT_TIMEOUT_MS ? ms : timeout, ...args)) as typeof window.setTimeout;
  window.setTimeout = patched;
  globalThis.setTimeout = patched;
  return () => {
    window.setTimeout = original;
    globalThis.setTimeout = original;
  };
}
