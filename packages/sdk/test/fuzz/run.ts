// Runs the fuzz suite: hostile raw HTTP at the fake and at the proxy, hostile calls at the SDK, then the checks of state after the run.
import fc from 'fast-check';
import { OnceLink } from '@oncelink/sdk';
import { DEMO_API_KEY } from '@oncelink/mock-api';
import { rawHttp } from '../../../mock-api/test/raw-http.js';
import { slotsOf, startHarness, type Harness } from './harness.js';
import { problemsWith } from './invariants.js';
import { rawCase, type RawCase } from './requests.js';
import { problemWithCall, sdkCall } from './sdk-calls.js';

export interface FuzzFigures {
  seed: number;
  /** Runs of each property: raw connections to the fake and to the proxy, and SDK calls. */
  runs: { fake: number; proxy: number; sdk: number };
  /** HTTP requests written (a connection may pipeline up to three) and answers read. */
  httpRequests: number;
  answers: number;
  statuses: Record<string, number>;
  forwarded: number;
  ms: number;
}

const methodsOf = (c: RawCase) => c.requests.map((r) => r.slice(0, r.indexOf(' ')));

/** Shares of the runs: the fake's API and pages, the proxy, the SDK's boundary. */
const share = { fake: 0.45, proxy: 0.35 };

async function checkAfter(h: Harness): Promise<void> {
  const after = h.state();
  if (after !== h.before)
    throw new Error(`State made before the run changed:\nbefore ${h.before}\nafter  ${after}`);
  if (Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>)['polluted'] !== undefined) {
    throw new Error(`Object.prototype was polluted: ${Object.keys(Object.prototype).join(', ')}`);
  }
  const alive = await fetch(`${h.fake.apiBaseURL}/test`, { headers: { 'API-Key': DEMO_API_KEY } });
  const proxied = await fetch(`http://127.0.0.1:${h.proxyPort}/api/oncehub/master-pages`);
  if (alive.status !== 200 || proxied.status !== 200)
    throw new Error(`A server stopped serving: fake ${alive.status}, proxy ${proxied.status}`);
  // The link made before the run still books, exactly once, even with two tries at the same moment.
  const slots = slotsOf(await (await fetch(h.unusedLinkURL)).text());
  const book = (start: string | undefined) =>
    fetch(h.unusedLinkURL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        start_time: start ?? '',
        name: 'After Run',
        email: 'after@example.com',
      }).toString(),
    }).then((r) => r.status);
  const statuses = await Promise.all([book(slots[0]), book(slots[1])]);
  const booked = h.fake.control
    .bookings()
    .filter((b) => b.form_submission?.email === 'after@example.com').length;
  if (statuses.filter((s) => s === 200).length !== 1 || booked !== 1) {
    throw new Error(
      `The link made before the run did not book exactly once: answers ${statuses.join(', ')}, bookings ${booked}`,
    );
  }
}

export async function runFuzz(
  requests: number,
  seed: number,
  log: (line: string) => void = () => undefined,
): Promise<FuzzFigures> {
  const started = performance.now();
  const h = await startHarness();
  const figures: FuzzFigures = {
    seed,
    runs: { fake: 0, proxy: 0, sdk: 0 },
    httpRequests: 0,
    answers: 0,
    statuses: {},
    forwarded: 0,
    ms: 0,
  };
  const secrets = [h.proxyKey, DEMO_API_KEY];
  const client = new OnceLink({
    apiKey: DEMO_API_KEY,
    baseURL: h.fake.apiBaseURL,
    maxRetries: 0,
    maxRequestsPerSecond: Infinity,
    timeout: 5_000,
  });
  const runs = { fake: Math.round(requests * share.fake), proxy: Math.round(requests * share.proxy) };
  const sdkRuns = Math.max(1, requests - runs.fake - runs.proxy);
  // fast-check shrinks a failing case to a minimal one and prints it with the seed and path to replay it.
  const params = (numRuns: number, offset: number) => ({
    seed: seed + offset,
    numRuns,
    endOnFailure: false,
    interruptAfterTimeLimit: 30 * 60_000,
  });
  try {
    for (const [target, port, offset] of [
      ['fake', h.fakePort, 0],
      ['proxy', h.proxyPort, 1],
    ] as const) {
      log(`${target}: ${runs[target]} connections of hostile HTTP (seed ${seed + offset})`);
      await fc.assert(
        fc.asyncProperty(rawCase(target, port, DEMO_API_KEY), async (c) => {
          const tappedBefore = h.tapped.length;
          const answers = await rawHttp(port, c.requests.join(''), 30_000, '127.0.0.1', methodsOf(c));
          figures.runs[target]++;
          figures.httpRequests += c.requests.length;
          figures.answers += answers.length;
          for (const a of answers) figures.statuses[a.status] = (figures.statuses[a.status] ?? 0) + 1;
          const problems = problemsWith(c, answers, secrets, h.tapped.slice(tappedBefore));
          if (problems.length > 0) throw new Error(problems.join('\n'));
        }),
        params(runs[target], offset),
      );
    }
    log(`sdk: ${sdkRuns} calls with hostile arguments (seed ${seed + 2})`);
    await fc.assert(
      fc.asyncProperty(sdkCall, async (call) => {
        figures.runs.sdk++;
        const problem = await problemWithCall(client, call, secrets);
        if (problem) throw new Error(problem);
      }),
      params(sdkRuns, 2),
    );
    figures.forwarded = h.tapped.length;
    await checkAfter(h);
  } finally {
    await h.close();
  }
  figures.ms = Math.round(performance.now() - started);
  return figures;
}
