// GET /test: checks the API key (the pipeline does the check; the body is not documented).
import type { HttpHandler } from 'msw';
import { endpoint } from './endpoint.js';
import { QueryReader } from './input.js';
import type { ApiRuntime } from './runtime.js';

export function apiKeyTestHandlers(api: ApiRuntime): HttpHandler[] {
  return [
    endpoint(api, {
      method: 'get',
      path: '/test',
      // The SDK accepts any object here, so a number is what it must refuse.
      malformed: 42,
      resolve: ({ url }) => {
        new QueryReader(url.searchParams, []);
        return { body: { message: 'Your API key is valid.' } };
      },
    }),
  ];
}
