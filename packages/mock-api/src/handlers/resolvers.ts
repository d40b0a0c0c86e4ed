// Higher-order resolvers, msw's way to share behaviour: each wraps an endpoint's resolver with one concern of the API.
import { HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import { ApiFailure, errorTypeFor } from '../state/errors.js';
import { answer, type ApiResolver } from './endpoint.js';
import type { Faults } from './faults.js';
import { clientAddressOf, type RateLimiter } from './rate-limit.js';
import type { ApiRuntime } from './runtime.js';

/**
 * Latency and the injected fault of the arriving request. A reset while the request is held
 * drops it, like a restart. `malformed` is a body the endpoint's schema does not allow.
 */
export function withFaults<P>(faults: Faults, malformed: unknown, resolve: ApiResolver<P>): ApiResolver<P> {
  return async (input) => {
    const fault = faults.take();
    if (!(await faults.hold())) return HttpResponse.error();
    if (fault?.kind === 'drop') return HttpResponse.error();
    if (fault?.kind === 'malform') return { body: malformed };
    if (fault?.kind === 'fail') {
      const headers: Record<string, string> = fault.status === 429 ? { 'Retry-After': '1' } : {};
      throw new ApiFailure(
        fault.status,
        errorTypeFor(fault.status),
        `Injected failure (HTTP ${fault.status}).`,
        undefined,
        headers,
      );
    }
    return resolve(input);
  };
}

/** The per-address limit, when on. Every request from an address counts, a refused key too: the limit guards the address. */
export function withAddressLimit<P>(
  limiter: RateLimiter | undefined,
  resolve: ApiResolver<P>,
): ApiResolver<P> {
  if (!limiter) return resolve;
  return (input) => {
    const wait = limiter.hit(clientAddressOf(input.request));
    if (wait !== undefined) {
      throw tooMany(
        `Too many requests from this IP address: the limit is ${limiter.limit} per ${describeWindow(limiter.windowMs)}.`,
        wait,
      );
    }
    return resolve(input);
  };
}

/** The API-Key check; behind a proxy (`requireApiKey: false`) there is none to check. */
export function withApiKey<P>(
  api: Pick<ApiRuntime, 'apiKeys' | 'requireApiKey'>,
  resolve: ApiResolver<P>,
): ApiResolver<P> {
  if (!api.requireApiKey) return resolve;
  return (input) => {
    const sent = input.request.headers.get('api-key');
    if (sent === null || !api.apiKeys.has(sent))
      throw new ApiFailure(401, 'authentication_error', 'Invalid API key.');
    return resolve(input);
  };
}

/** The account's limit, when on: every key of the fake opens the same account. */
export function withAccountLimit<P>(
  limiter: RateLimiter | undefined,
  resolve: ApiResolver<P>,
): ApiResolver<P> {
  if (!limiter) return resolve;
  return (input) => {
    const wait = limiter.hit('account');
    if (wait !== undefined)
      throw tooMany(`Too many requests: the limit is ${limiter.limit} per second.`, wait);
    return resolve(input);
  };
}

/** An API endpoint's resolver with the API around it, in the order the API applies it. */
export function apiResolver<P extends PathParams>(
  api: ApiRuntime,
  malformed: unknown,
  resolve: ApiResolver<P>,
): HttpResponseResolver<P, DefaultBodyType, undefined> {
  const { faults, limiters } = api;
  return answer(
    withFaults(
      faults,
      malformed,
      withAddressLimit(limiters.perIp, withApiKey(api, withAccountLimit(limiters.perAccount, resolve))),
    ),
  );
}

/** '5 minutes', 'minute', '90 seconds'. */
function describeWindow(ms: number): string {
  const seconds = ms / 1000;
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
}

/** A 429 as the API answers it: `rate_limit_error`, the wait in the message and in Retry-After. */
function tooMany(limit: string, wait: number): ApiFailure {
  return new ApiFailure(
    429,
    'rate_limit_error',
    `${limit} Retry after ${wait} second${wait === 1 ? '' : 's'}.`,
    undefined,
    {
      'Retry-After': String(wait),
    },
  );
}
