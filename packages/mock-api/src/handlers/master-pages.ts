// GET /master-pages, GET /master-pages/{id}, POST /master-pages/{id}/one-time-links.
import { http, type HttpHandler } from 'msw';
import { createMasterPageLink } from '../state/links.js';
import { linkWire, masterPageWire } from '../state/wire.js';
import { apiResolver } from './resolvers.js';
import { QueryReader, readJsonBody } from './input.js';
import { PAGE_PARAMS, pageReply, paginate, readPage } from './pagination.js';
import type { ApiRuntime } from './runtime.js';
import { malformedList, malformedObject, malformedLink } from './malformed.js';
import { badRequest } from '../state/errors.js';

export function masterPageHandlers(api: ApiRuntime): HttpHandler[] {
  const { store } = api;
  return [
    http.get(
      `${api.baseURL}/master-pages`,
      apiResolver(api, malformedList('master_page'), ({ url }) => {
        const page = readPage(new QueryReader(url.searchParams, PAGE_PARAMS));
        const all = [...store.masterPages.values()].filter((mp) => !mp.deleted);
        const result = paginate(
          all,
          () => true,
          page,
          url,
          (mp) => masterPageWire(store, mp),
        );
        return pageReply(result);
      }),
    ),
    http.get<{ id: string }>(
      `${api.baseURL}/master-pages/:id`,
      apiResolver(api, malformedObject('master_page'), ({ url, params }) => {
        new QueryReader(url.searchParams, []);
        return { body: masterPageWire(store, store.masterPage(params.id)) };
      }),
    ),
    http.post<{ id: string }>(
      `${api.baseURL}/master-pages/:id/one-time-links`,
      apiResolver(api, malformedLink(), async ({ request, params }) => {
        // No request body is defined; an empty JSON object is tolerated, anything else is refused.
        const body = await readJsonBody(request);
        const extra = body?.keys()[0];
        if (extra !== undefined)
          throw badRequest(`Unknown parameter: '${extra}'. This endpoint takes no request body.`, extra);
        return { body: linkWire(createMasterPageLink(store, params.id)) };
      }),
    ),
  ];
}
