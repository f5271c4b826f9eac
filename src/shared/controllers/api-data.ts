import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { errorKind, type ApiErrorKind } from '../../api/errors';

export { initialState };

/** Where the data is: nothing asked yet (or nothing to ask), on its way, there, or failed. */
export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface ApiDataOptions<T, A extends readonly unknown[]> {
  /** What the data depends on, read before every update: a change fetches again (items compared with ===). */
  args: () => A;
  /** Fetches. Return `initialState` when there is nothing to fetch (e.g. no id given). */
  task: (args: A, signal: AbortSignal) => Promise<T | typeof initialState>;
  /** Replaces the === comparison of `args`. */
  argsEqual?: (previous: A, next: A) => boolean;
  /**
   * Whose data it is (e.g. the login, or the id asked for). The last good value is kept while a new fetch runs or
   * after it failed, but only for the same key: one login's wallet is never shown under another. Default: one key.
   */
  key?: (args: A) => unknown;
  /** Fresh data arrived. */
  onComplete?: (value: T) => void;
  /** A fetch failed (never called for an abort): its kind, for the element's events. */
  onError?: (kind: Exclude<ApiErrorKind, 'aborted'>, error: unknown) => void;
}

/**
 * The data every element fetches, with what every element needs around it, in one place (built on @lit/task,
 * which runs the fetch when `args` change, race-free, with an AbortSignal per run):
 *
 * - **abort on disconnect, resume on reconnect**: a removed element leaves its request (the client cancels a
 *   shared request when nobody waits for it any more) and fetches again when it is put back;
 * - **keep the last good data**: `value` is the fresh data, else the last good data for the same `key`
 *   (@lit/task forgets it on error), so an element can show it under a "could not refresh" notice;
 * - **error kind**: `errorKind` is the ApiError kind of a failure (an abort is never an error: the element is
 *   leaving, or a newer fetch replaced it, so `status` stays 'pending');
 * - **retry**: `retry()` fetches again with the same args.
 */
export class ApiData<T, A extends readonly unknown[]> implements ReactiveController {
  private readonly task: Task<A, { key: unknown; value: T }>;
  private lastGood?: { key: unknown; value: T };
  private resumeOnConnect = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ApiDataOptions<T, A>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: options.args,
      ...(options.argsEqual ? { argsEqual: options.argsEqual } : {}),
      task: async (args, { signal }) => {
        const key = this.keyOf(args);
        const value = await options.task(args, signal);
        return value === initialState ? initialState : { key, value };
      },
      onComplete: (result) => {
        this.lastGood = result;
        options.onComplete?.(result.value);
      },
      onError: (error) => {
        const kind = errorKind(error);
        if (kind !== 'aborted') options.onError?.(kind, error);
      },
    });
  }

  get status(): DataStatus {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return 'initial';
      case TaskStatus.PENDING:
        return 'pending';
      case TaskStatus.COMPLETE:
        return 'complete';
      default:
        return errorKind(this.task.error) === 'aborted' ? 'pending' : 'error';
    }
  }

  /** The fresh data, else the last good data for the current key; undefined when there is none (or nothing asked). */
  get value(): T | undefined {
    if (this.task.status === TaskStatus.INITIAL) return undefined;
    // Checked for fresh data too: in willUpdate (before the task has seen changed args) it may be another key's.
    const result = this.task.status === TaskStatus.COMPLETE ? this.task.value : this.lastGood;
    return result && result.key === this.keyOf(this.options.args()) ? result.value : undefined;
  }

  /** What went wrong, when `status` is 'error'. */
  get errorKind(): ApiErrorKind | undefined {
    return this.status === 'error' ? errorKind(this.task.error) : undefined;
  }

  /** Fetches again with the same args (a retry button, or the host's `reload()`). */
  retry(): Promise<void> {
    return this.task.run();
  }

  /** Drops the last good data (e.g. personal data, when the session ended). */
  forget(): void {
    this.lastGood = undefined;
  }

  hostConnected(): void {
    if (this.resumeOnConnect) {
      this.resumeOnConnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.task.abort();
      this.resumeOnConnect = true;
    }
  }

  private keyOf(args: A): unknown {
    return this.options.key ? this.options.key(args) : undefined;
  }
}
