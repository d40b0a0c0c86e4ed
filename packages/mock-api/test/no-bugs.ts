// Fails every test in the importing file that makes the fake report a bug (its only way to a 500): a 5xx is never an answer to input.
import { afterEach } from 'node:test';
import { onBug } from '../src/bugs.js';

const reported: string[] = [];
onBug((where, error) =>
  reported.push(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
);

afterEach(() => {
  if (reported.length === 0) return;
  const report = reported.splice(0).join('\n');
  throw new Error(`The fake answered 500 (a bug of ours, never the client's input):\n${report}`);
});
