// Part 1: the SDK's cost per request, against plain fetch + JSON.parse on the same requests, interleaved.
import ky from 'ky';
import * as z from 'zod/mini';
import { OnceLink, masterPage } from '@oncelink/sdk';
// Not exported by the package: the diagnostic arm checks the page with the SDK's own list envelope.
import { listOf } from '../packages/sdk/dist/schemas/shared.js';
import { DEMO_API_KEY } from '@oncelink/mock-api';
import { startFakeInWorker } from './lib/fake.mjs';
import { round, summarize } from './lib/stats.mjs';
import { ms, times } from './lib/table.mjs';

const WARMUP_ROUNDS = 200;
const ROUNDS = 500;
const LIMIT = 20;
const headers = { accept: 'application/json', 'API-Key': DEMO_API_KEY };

/**
 * The arms, each one request for the same 20-item page. Besides the SDK and the baseline,
 * two diagnostic arms split the SDK's cost between its HTTP layer (ky) and validation (zod).
 */
function arms(apiBaseURL) {
  const url = `${apiBaseURL}/master-pages?limit=${LIMIT}`;
  const client = new OnceLink({
    apiKey: DEMO_API_KEY,
    baseURL: apiBaseURL,
    maxRequestsPerSecond: Infinity,
    maxRetries: 0,
  });
  const pageSchema = listOf(masterPage);
  return {
    fetch: async () => JSON.parse(await (await fetch(url, { headers })).text()),
    sdk: async () => client.masterPages.list({ limit: LIMIT }),
    ky: async () =>
      JSON.parse(await ky(url, { headers, retry: 0, timeout: false, throwHttpErrors: false }).text()),
    fetchZod: async () => z.parse(pageSchema, JSON.parse(await (await fetch(url, { headers })).text())),
  };
}

/** Runs every arm once per round, rotating the order each round so no arm always goes first. */
async function interleave(fns, rounds, samples) {
  const names = Object.keys(fns);
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const t0 = performance.now();
      await fns[name]();
      const t1 = performance.now();
      samples?.[name].push(t1 - t0);
    }
  }
}

/** CPU only, no network: JSON.parse and the zod check of one captured 20-item body, per call. */
function parseCosts(text) {
  const schema = listOf(masterPage);
  const perCall = (fn, n = 3000) => {
    for (let i = 0; i < 300; i++) fn();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    return (performance.now() - t0) / n;
  };
  const parsed = JSON.parse(text);
  return { jsonParse: perCall(() => JSON.parse(text)), zodParse: perCall(() => z.parse(schema, parsed)) };
}

export async function runRequestCost() {
  const fake = await startFakeInWorker({ port: 0, host: '127.0.0.1', seed: 'large' });
  try {
    const fns = arms(fake.apiBaseURL);
    for (const [name, fn] of Object.entries(fns)) {
      const page = await fn();
      if (page?.data?.length !== LIMIT) {
        throw new Error(
          `request cost: the ${name} arm got ${page?.data?.length} master pages, not ${LIMIT}; the fake's 'large' seed should list more.`,
        );
      }
    }
    await interleave(fns, WARMUP_ROUNDS);
    const samples = Object.fromEntries(Object.keys(fns).map((n) => [n, []]));
    await interleave(fns, ROUNDS, samples);
    const body = await (await fetch(`${fake.apiBaseURL}/master-pages?limit=${LIMIT}`, { headers })).text();
    const cpu = parseCosts(body);

    const s = Object.fromEntries(Object.entries(samples).map(([n, xs]) => [n, summarize(xs)]));
    const base = s.fetch;
    const part = '1 request';
    const rows = [
      {
        part,
        measure: `masterPages.list() p50 (${LIMIT} items)`,
        value: ms(s.sdk.p50),
        baseline: `fetch+JSON.parse ${ms(base.p50)}`,
        ratio: times(s.sdk.p50 / base.p50),
        target: '<= 1.50x',
        ok: s.sdk.p50 / base.p50 <= 1.5,
      },
      {
        part,
        measure: 'masterPages.list() mean',
        value: ms(s.sdk.mean),
        baseline: `fetch+JSON.parse ${ms(base.mean)}`,
        ratio: times(s.sdk.mean / base.mean),
        target: '',
        ok: null,
      },
      {
        part,
        measure: 'diagnostic: ky + JSON.parse p50',
        value: ms(s.ky.p50),
        baseline: `fetch+JSON.parse ${ms(base.p50)}`,
        ratio: times(s.ky.p50 / base.p50),
        target: '',
        ok: null,
      },
      {
        part,
        measure: 'diagnostic: fetch + zod parse p50',
        value: ms(s.fetchZod.p50),
        baseline: `fetch+JSON.parse ${ms(base.p50)}`,
        ratio: times(s.fetchZod.p50 / base.p50),
        target: '',
        ok: null,
      },
      {
        part,
        measure: 'diagnostic: zod check of the page (CPU)',
        value: ms(cpu.zodParse),
        baseline: `JSON.parse ${ms(cpu.jsonParse)}`,
        ratio: times(cpu.zodParse / cpu.jsonParse),
        target: '',
        ok: null,
      },
    ];
    const details = {
      rounds: ROUNDS,
      warmupRounds: WARMUP_ROUNDS,
      items: LIMIT,
      bodyBytes: body.length,
      perArm: Object.fromEntries(
        Object.entries(s).map(([n, x]) => [
          n,
          { n: x.n, p50: round(x.p50, 4), p90: round(x.p90, 4), mean: round(x.mean, 4) },
        ]),
      ),
      cpuPerCallMs: { jsonParse: round(cpu.jsonParse, 5), zodParse: round(cpu.zodParse, 5) },
    };
    return { rows, details };
  } finally {
    await fake.close();
  }
}
