// Part 5: oncelink-mock-api from spawn to "listening" (and to its first answer), interleaved with `node -e ''` as the floor.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, round } from './lib/stats.mjs';
import { ms, times } from './lib/table.mjs';

const bin = fileURLToPath(new URL('../packages/mock-api/bin/oncelink-mock-api.js', import.meta.url));
const ROUNDS = 9;

/** Milliseconds from spawn to the process exiting (`node -e ''`): what Node itself costs to start. */
function nodeAlone() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - t0));
  });
}

/** Milliseconds from spawn to the bin saying where it listens, and to its first answer from the API. */
function binStart() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, '--port', '0'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let listening = 0;
    child.once('error', reject);
    child.stdout.on('data', async (d) => {
      out += d;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url || listening) return;
      listening = performance.now() - t0;
      try {
        const answer = await fetch(`${url}/v2/test`, { headers: { 'API-Key': 'ol_test_demo_key' } });
        await answer.arrayBuffer();
        resolve({ listening, answered: performance.now() - t0 });
      } catch (e) {
        reject(e);
      } finally {
        child.kill('SIGTERM');
      }
    });
  });
}

export async function runStartup() {
  await binStart(); // warm-up: the file system cache, as a second start would find it
  const floor = [];
  const listening = [];
  const answered = [];
  for (let i = 0; i < ROUNDS; i++) {
    floor.push(await nodeAlone());
    const run = await binStart();
    listening.push(run.listening);
    answered.push(run.answered);
  }
  const base = median(floor);
  const part = '5 startup';
  const rows = [
    {
      part,
      measure: 'oncelink-mock-api: spawn -> "listening on"',
      value: ms(median(listening)),
      baseline: `node -e '' ${ms(base)}`,
      // On a loaded machine Node alone takes over a second to start: the ratio is the figure that travels.
      ratio: times(median(listening) / base),
      target: '<= 1 s quiet, <= 2x node',
      ok: median(listening) <= 1000 || median(listening) / base <= 2,
    },
    {
      part,
      measure: 'diagnostic: spawn -> first API answer (msw loaded)',
      value: ms(median(answered)),
      baseline: `node -e '' ${ms(base)}`,
      ratio: times(median(answered) / base),
      target: '',
      ok: null,
    },
  ];
  return {
    rows,
    details: {
      rounds: ROUNDS,
      nodeMs: floor.map((x) => round(x, 1)),
      listeningMs: listening.map((x) => round(x, 1)),
      answeredMs: answered.map((x) => round(x, 1)),
    },
  };
}
