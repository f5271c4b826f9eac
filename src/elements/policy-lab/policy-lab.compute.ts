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

/** A worker, or `null` when the page does not allow one (the caller then computes on the main thread). */
export function startWorker(): Worker | null {
  try {
    // Vite bundles the worker from this exact form (new Worker(new URL(…, import.meta.url))).
    return new Worker(new URL('./policy-lab.worker.ts', import.meta.url), { type: 'module', name: 'llr-policy-lab' });
  } catch {
    return null;
  }
}

/**
 * Runs a request in a worker. `fallback` is called instead when the worker fails before it answers (a script the
 * page's policy blocks reports an error event, not an exception).
 */
export function runInWorker(request: LabRequest, onProgress: (p: LabProgress) => void, fallback: () => Run): Run {
  const worker = startWorker();
  if (worker === null) return fallback();
  let settled = false;
  let answered = false;
  let inner: Run | null = null;
  let rejectRun: (reason: unknown) => void = () => undefined;
  const result = new Promise<LabResult>((resolve, reject) => {
    rejectRun = reject;
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      answered = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.progress);
      else {
        settled = true;
        worker.terminate();
        if (reply.type === 'done') resolve(reply.result);
        else reject(new Error(reply.message));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
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
    });
    worker.postMessage({ type: 'run', request });
  });
  return {
    result,
    stop() {
      if (inner) return inner.stop();
      if (settled) return;
      settled = true;
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
