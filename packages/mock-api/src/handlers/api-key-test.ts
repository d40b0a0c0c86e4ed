// GET /test: checks the API key (the pipeline does the check; the body is not documented).
import { http, type HttpHandler } from 'msw';
import { apiResolver } from './resolvers.js';
import { QueryReader } from './input.js';
import type { ApiRuntime } from './runtime.js';

export function apiKeyTestHandlers(api: ApiRuntime): HttpHandler[] {
  return [
    // The SDK accepts any object here, so a number is what it must refuse.
    http.get(
      `${api.baseURL}/test`,
      apiResolver(api, 42, ({ url }) => {
        new QueryReader(url.searchParams, []);
        return { body: { message: 'Your API key is valid.' } };
      }),
    ),
  ];
}
