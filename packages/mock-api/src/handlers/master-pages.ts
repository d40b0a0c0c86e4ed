// GET /master-pages, GET /master-pages/{id}, POST /master-pages/{id}/one-time-links.
import type { HttpHandler } from 'msw';
import { createMasterPageLink } from '../state/links.js';
import { linkWire, masterPageWire } from '../state/wire.js';
import { endpoint } from './endpoint.js';
import { QueryReader, readJsonBody } from './input.js';
import { PAGE_PARAMS, pageReply, paginate, readPage } from './pagination.js';
import type { ApiRuntime } from './runtime.js';
import { malformedList, malformedObject, malformedLink } from './malformed.js';
import { badRequest } from '../state/errors.js';

export function masterPageHandlers(api: ApiRuntime): HttpHandler[] {
  const { store } = api;
  return [
    endpoint(api, {
      method: 'get',
      path: '/master-pages',
      malformed: malformedList('master_page'),
      resolve: ({ url }) => {
        const page = readPage(new QueryReader(url.searchParams, PAGE_PARAMS));
        const all = [...store.masterPages.values()].filter((mp) => !mp.deleted);
        const result = paginate(all, () => true, page, url, (mp) => masterPageWire(store, mp));
        return pageReply(result);
      },
    }),
    endpoint(api, {
      method: 'get',
      path: '/master-pages/:id',
      malformed: malformedObject('master_page'),
      resolve: ({ url, params }) => {
        new QueryReader(url.searchParams, []);
        return { body: masterPageWire(store, store.masterPage(params['id'] ?? '')) };
      },
    }),
    endpoint(api, {
      method: 'post',
      path: '/master-pages/:id/one-time-links',
      malformed: malformedLink(),
      resolve: async ({ request, params }) => {
        // No request body is defined; an empty JSON object is tolerated, anything else is refused.
        const body = await readJsonBody(request);
        const extra = body?.keys()[0];
        if (extra !== undefined) throw badRequest(`Unknown parameter: '${extra}'. This endpoint takes no request body.`, extra);
        return { body: linkWire(createMasterPageLink(store, params['id'] ?? '')) };
      },
    }),
  ];
}
