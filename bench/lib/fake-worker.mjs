// Runs the fake API in its own thread, so its work does not share the event loop the client is timed on.
import { parentPort, workerData } from 'node:worker_threads';
import { createMockServer } from '@oncelink/mock-api/server';

if (!parentPort) throw new Error('fake-worker.mjs runs inside a worker thread (see lib/fake.mjs).');
const port = parentPort;
const server = await createMockServer(workerData);
port.postMessage({ url: server.url, apiBaseURL: server.apiBaseURL });
port.once('message', () => {
  void server.close().then(() => port.close());
});
