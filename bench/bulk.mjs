// Part 2: createOneTimeLinks of 50 links against the fake enforcing the real 5 requests/s, against the 10 s floor.
import { OnceLink, createOneTimeLinks } from '@oncelink/sdk';
import { DEMO_API_KEY } from '@oncelink/mock-api';
import { createMockServer } from '@oncelink/mock-api/server';
import { round } from './lib/stats.mjs';
import { ms, times } from './lib/table.mjs';

const COUNT = 50;
const PER_SECOND = 5;
const FLOOR_MS = (COUNT / PER_SECOND) * 1000;
const MASTER_PAGE = 'MP-DYNAMIC0001';

/**
 * A fetch that tallies every answer the server sent, before the SDK's retry logic sees it:
 * the 429s counted here are the ones on the wire, whether or not the caller ever saw them.
 */
function countingFetch(tally) {
  return async (input, init) => {
    const response = await fetch(input, init);
    tally.responses++;
    tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
    return response;
  };
}

export async function runBulk() {
  const fake = await createMockServer({ port: 0, host: '127.0.0.1', seed: 'demo', rateLimit: true });
  try {
    const tally = { responses: 0, byStatus: {} };
    const client = new OnceLink({
      apiKey: DEMO_API_KEY,
      baseURL: fake.apiBaseURL,
      fetch: countingFetch(tally),
    });
    const progress = [];
    const t0 = performance.now();
    let surfaced = null;
    let links = [];
    try {
      links = await createOneTimeLinks(client, { masterPage: MASTER_PAGE }, COUNT, {
        onProgress: ({ done }) => progress.push({ done, at: round(performance.now() - t0, 1) }),
      });
    } catch (e) {
      surfaced = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      links = Array.isArray(e?.links) ? e.links : [];
    }
    const wall = performance.now() - t0;
    const onServer = fake.control.links().filter((l) => l.target.id === MASTER_PAGE).length;
    const sent429 = tally.byStatus[429] ?? 0;
    const part = '2 bulk';
    const rows = [
      {
        part,
        measure: `createOneTimeLinks x${COUNT} at ${PER_SECOND} req/s`,
        value: ms(wall),
        baseline: `floor ${ms(FLOOR_MS)}`,
        ratio: times(wall / FLOOR_MS),
        target: '<= 1.10x',
        ok: wall / FLOOR_MS <= 1.1 && surfaced === null,
      },
      {
        part,
        measure: '429 answers sent by the server',
        value: String(sent429),
        baseline: `${tally.responses} answers`,
        ratio: '',
        target: 'none surfaced',
        ok: surfaced === null,
      },
      {
        part,
        measure: 'links made (returned / on the server)',
        value: `${links.length} / ${onServer}`,
        baseline: `${COUNT} asked`,
        ratio: '',
        target: `${COUNT} / ${COUNT}`,
        ok: links.length === COUNT && onServer === COUNT,
      },
    ];
    return {
      rows,
      details: {
        count: COUNT,
        perSecond: PER_SECOND,
        floorMs: FLOOR_MS,
        wallMs: round(wall, 1),
        byStatus: tally.byStatus,
        surfaced,
        progress,
      },
    };
  } finally {
    await fake.close();
  }
}
