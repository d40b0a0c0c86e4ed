// The fuzz suite in `npm test`: 2,000 hostile requests and calls with a fixed seed, then a few hundred with a random one, printed to replay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFuzz } from './run.js';

const FIXED_SEED = 20261205;

test(
  '2,000 hostile requests and calls with a fixed seed: no 5xx, no leak, errors in the API shape, state intact',
  { timeout: 300_000 },
  async (t) => {
    const figures = await runFuzz(2_000, FIXED_SEED, (line) => t.diagnostic(line));
    t.diagnostic(JSON.stringify(figures));
    assert.equal(figures.runs.fake + figures.runs.proxy + figures.runs.sdk, 2_000);
  },
);

test(
  'the same invariants with a random seed (replay: npm run fuzz -- --seed <seed>)',
  { timeout: 300_000 },
  async (t) => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    // Printed first, so a failure can be replayed even when the run does not finish.
    console.log(`fuzz: random seed ${seed}; replay with npm run fuzz -- --seed ${seed} --requests 200`);
    const figures = await runFuzz(200, seed, (line) => t.diagnostic(line));
    t.diagnostic(JSON.stringify(figures));
  },
);
