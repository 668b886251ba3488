/**
 * The labs' Web Worker: runs one job at a time (jobs.ts) off the page's main thread, so a long run
 * never freezes the tab, and reports progress after each step. client.ts starts it.
 */
import { runJob, type FromWorker, type ToWorker } from './jobs.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker) => void;
};

scope.onmessage = ({ data: { id, request } }) => {
  try {
    const result = runJob(request, (progress) => scope.postMessage({ id, type: 'progress', progress }));
    scope.postMessage({ id, type: 'done', result });
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
