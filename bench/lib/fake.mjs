// Starts the fake API over loopback in a worker thread and stops it again.
import { Worker } from 'node:worker_threads';

/**
 * @param {object} options createMockServer options (port, host, seed, rateLimit)
 * @returns {Promise<{ url: string, apiBaseURL: string, close(): Promise<void> }>}
 */
export function startFakeInWorker(options) {
  const worker = new Worker(new URL('./fake-worker.mjs', import.meta.url), { workerData: options });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ url, apiBaseURL }) => {
      worker.off('error', reject);
      resolve({
        url,
        apiBaseURL,
        close: () =>
          new Promise((done) => {
            // A server that does not close within 2 s is not worth waiting for: stop the thread.
            const stop = setTimeout(() => void worker.terminate(), 2000);
            worker.once('exit', () => {
              clearTimeout(stop);
              done();
            });
            worker.postMessage('close');
          }),
      });
    });
  });
}
