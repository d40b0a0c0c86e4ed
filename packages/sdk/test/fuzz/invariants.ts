// What must hold for every answer to hostile input: no 5xx, errors under /v2 in the API shape, no leak, nothing off the allow list forwarded.
import type { RawAnswer } from '../../../mock-api/test/raw-http.js';
import type { RawCase } from './requests.js';
import type { Tapped } from './harness.js';

const errorTypes = new Set([
  'authentication_error',
  'invalid_request_error',
  'rate_limit_error',
  'api_error',
]);
/** A stack frame, or a path of this machine or of Node's internals. */
const tracePattern =
  /\n\s+at \S.*:\d+:\d+|file:\/\/|node:internal|node_modules\/|\/(?:home|root|usr|tmp|work|Users)\/[\w.-]+\//;
/** The proxy's default allow list, as the fake sees the forwarded path. */
const allowList = [
  /^GET \/v2\/master-pages$/,
  /^GET \/v2\/booking-calendars$/,
  /^GET \/v2\/master-pages\/[^/]+$/,
  /^GET \/v2\/booking-calendars\/[^/]+$/,
  /^POST \/v2\/master-pages\/[^/]+\/one-time-links$/,
  /^POST \/v2\/booking-calendars\/[^/]+\/one-time-links$/,
];

const methodOf = (request: string): string => request.slice(0, request.indexOf(' '));

/** The path the server reads from the request target (dot segments resolved, as URL parsing does); the raw path when it cannot parse. */
function pathOf(request: string): string {
  const target = request.split(' ')[1] ?? '';
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(target);
  const raw = absolute ? target.slice(absolute[0].length) : target;
  try {
    return new URL(`http://h${raw}`).pathname;
  } catch {
    return raw.split('?')[0] ?? '';
  }
}

function apiShaped(answer: RawAnswer): boolean {
  if (!(answer.headers['content-type'] ?? '').includes('application/json')) return false;
  try {
    const body = JSON.parse(answer.body) as { type?: unknown; message?: unknown };
    return (
      typeof body.type === 'string' &&
      errorTypes.has(body.type) &&
      typeof body.message === 'string' &&
      body.message !== ''
    );
  } catch {
    return false;
  }
}

/**
 * Every problem with the answers to one case; empty when all holds. `secrets` must appear in no
 * answer; `tapped` is what the proxy forwarded while the case ran.
 */
export function problemsWith(
  c: RawCase,
  answers: RawAnswer[],
  secrets: string[],
  tapped: Tapped[],
): string[] {
  const problems: string[] = [];
  if (answers.length === 0) problems.push('no answer at all');
  if (answers.length > c.requests.length)
    problems.push(`${answers.length} answers to ${c.requests.length} requests`);
  answers.forEach((answer, i) => {
    const request = c.requests[i] ?? '';
    const where = `answer ${i + 1} (${answer.status})`;
    if (answer.status >= 500) problems.push(`${where}: a 5xx to client input`);
    const text = `${JSON.stringify(answer.headers)}\n${answer.body}`;
    for (const secret of secrets) if (text.includes(secret)) problems.push(`${where}: holds an API key`);
    if (tracePattern.test(answer.body)) problems.push(`${where}: holds a stack trace or a file path`);
    if (answer.status < 400 || methodOf(request) === 'HEAD') return;
    const underApi = c.target === 'proxy' || pathOf(request) === '/v2' || pathOf(request).startsWith('/v2/');
    // Node's own parser answers a request it cannot read with a bare 400 before any code of ours; the fake shapes even that.
    const nodeBare =
      c.target === 'proxy' &&
      answer.body === '' &&
      !answer.headers['content-type'] &&
      (answer.status === 400 || answer.status === 431);
    if (underApi && !nodeBare && !apiShaped(answer))
      problems.push(`${where}: an error not in the API's shape: ${answer.body.slice(0, 200)}`);
  });
  for (const t of tapped) {
    if (!allowList.some((rule) => rule.test(t.route)))
      problems.push(`forwarded off the allow list: ${t.route}`);
    if (!t.keyed) problems.push(`forwarded without the proxy's key: ${t.route}`);
  }
  return problems;
}
