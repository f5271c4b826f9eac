/**
 * Where the lab computes: in a Web Worker (the page stays responsive and nothing on the main thread runs longer than
 * a frame), or, when no worker can be started (a page whose Content-Security-Policy or Trusted Types refuse it), on
 * the main thread in slices of a few milliseconds. Both run the same `runLab`: the same request gives the same result.
 */
import { runLab, type LabProgress, type LabRequest, type LabResult } from '../../domain/compare/lab';

export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LabProgress }
  | { readonly type: 'done'; readonly result: LabResult }
  | { readonly type: 'error'; readonly message: string };

export interface Run {
  readonly result: Promise<LabResult>;
  /** Stops the run; its promise rejects with an `AbortError`. */
  stop(): void;
}

const aborted = () => new DOMException('The comparison was stopped', 'AbortError');

/** The name of the lab's Trusted Types policy: a page that enforces Trusted Types lists it (`trusted-types lit-html llr-policy-lab`). */
export const TRUSTED_TYPES_POLICY = 'llr-policy-lab';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

let policy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * The worker's address as the page accepts it: through the lab's Trusted Types policy when the page enforces Trusted
 * Types (the policy lets through only the lab's own worker, on this page's origin), else as it is.
 */
function trustedScriptUrl(url: URL): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (tt === undefined) return url.href;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (href) => {
          const u = new URL(href, location.href);
          if (u.origin !== location.origin || !/policy-lab\.worker[\w.-]*\.(js|ts)$/.test(u.pathname)) throw new TypeError(`not the lab's worker: ${href}`);
          return u.href;
        },
      });
    } catch {
      policy = null; // the page does not allow this policy: the worker is refused and the lab computes on the page
    }
  }
  return policy ? (policy.createScriptURL(url.href) as string) : url.href;
}

/**
 * `Worker` with the address passed through `trustedScriptUrl`. It carries the global's name in `startWorker` below:
 * Vite finds (and bundles) a worker by the literal form `new Worker(new URL('…', import.meta.url))`.
 */
class TrustedWorker extends globalThis.Worker {
  constructor(url: URL, options?: WorkerOptions) {
    super(trustedScriptUrl(url), options);
  }
}

/** A worker, or `null` when the page does not allow one (the caller then computes on the main thread). */
export function startWorker(): Worker | null {
  try {
    const Worker = TrustedWorker;
    return new Worker(new URL('./policy-lab.worker.ts', import.meta.url), { type: 'module', name: 'llr-policy-lab' });
  } catch {
    return null;
  }
}

/**
 * A worker started ahead of time and idle: loading its code and reading the rule sets take about half a second, which
 * the analyst then does not wait for (the lab starts one while the form is filled in). A run takes it; a run that
 * finished gives it back; a stopped or failed run ends it.
 */
let idle: Worker | null = null;

/** Starts a worker ahead of time, if none is idle (nothing happens when the page does not allow workers). */
export function prepareWorker(): void {
  if (idle === null) idle = startWorker();
}

/**
 * Runs a request in a worker. `fallback` is called instead when the worker fails before it answers (a script the
 * page's policy blocks reports an error event, not an exception).
 */
export function runInWorker(request: LabRequest, onProgress: (p: LabProgress) => void, fallback: () => Run): Run {
  const worker = idle ?? startWorker();
  idle = null;
  if (worker === null) return fallback();
  let settled = false;
  let answered = false;
  let inner: Run | null = null;
  let rejectRun: (reason: unknown) => void = () => undefined;
  const end = () => {
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onError);
  };
  let onMessage: (event: MessageEvent<WorkerReply>) => void = () => undefined;
  let onError: (event: ErrorEvent) => void = () => undefined;
  const result = new Promise<LabResult>((resolve, reject) => {
    rejectRun = reject;
    onMessage = (event) => {
      answered = true;
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.progress);
        return;
      }
      settled = true;
      end();
      if (reply.type === 'done') {
        // Ready for the next run.
        if (idle === null) idle = worker;
        else worker.terminate();
        resolve(reply.result);
      } else {
        worker.terminate();
        reject(new Error(reply.message));
      }
    };
    onError = (event) => {
      event.preventDefault();
      end();
      worker.terminate();
      if (settled) return;
      if (!answered) {
        // The worker never ran (blocked, or a module it needs failed to load): compute here instead.
        inner = fallback();
        inner.result.then(resolve, reject);
      } else {
        settled = true;
        reject(new Error(event.message || 'the worker stopped'));
      }
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ type: 'run', request });
  });
  return {
    result,
    stop() {
      if (inner) return inner.stop();
      if (settled) return;
      settled = true;
      end();
      worker.terminate();
      rejectRun(aborted());
    },
  };
}

/** Yields to the page: the next task (so input, rendering and the progress bar go on between slices). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a request on the main thread, in slices of `sliceMs` milliseconds. */
export function runOnMainThread(request: LabRequest, onProgress: (p: LabProgress) => void, sliceMs = 8): Run {
  const controller = new AbortController();
  return {
    result: runLab(request, { onProgress, pause: nextTask, sliceMs, signal: controller.signal }),
    stop: () => controller.abort(aborted()),
  };
}

/** Runs a request in a worker when the page allows one, else on the main thread. */
export function compute(request: LabRequest, onProgress: (p: LabProgress) => void): Run {
  return runInWorker(request, onProgress, () => runOnMainThread(request, onProgress));
}
