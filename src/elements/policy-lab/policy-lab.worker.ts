/**
 * The policy lab's Web Worker: runs a comparison (src/domain/compare/lab.ts) off the page's main thread and reports
 * how far it is. Messages in: `{ type: 'run', request }`. Messages out: `progress`, then `done` with the result or
 * `error` with a message. The page stops a run by terminating the worker.
 */
import { runLab, type LabRequest } from '../../domain/compare/lab';
import type { WorkerReply } from './policy-lab.compute';

const post = (reply: WorkerReply) => (self as unknown as { postMessage(message: WorkerReply): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<{ type: 'run'; request: LabRequest }>) => {
  if (event.data?.type !== 'run') return;
  runLab(event.data.request, { onProgress: (progress) => post({ type: 'progress', progress }) }).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
