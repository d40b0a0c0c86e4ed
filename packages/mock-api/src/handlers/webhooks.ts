// Webhook subscriptions: create (409 on a taken name), list, retrieve, delete.
import { http, type HttpHandler } from 'msw';
import { isoSeconds } from '../state/clock.js';
import { BOOKING_EVENTS } from '../state/events.js';
import { badRequest, conflict } from '../state/errors.js';
import { newWebhookId, newWebhookSecret } from '../state/ids.js';
import { webhookWire } from '../state/wire.js';
import { apiResolver } from './resolvers.js';
import { QueryReader, readJsonBody } from './input.js';
import { malformedDeleted, malformedList, malformedObject } from './malformed.js';
import { PAGE_PARAMS, pageReply, paginate, readPage } from './pagination.js';
import type { ApiRuntime } from './runtime.js';

function readUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest(`Invalid value for 'url': not an absolute URL.`, 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badRequest(`Invalid value for 'url': use an http or https URL.`, 'url');
  // Never stored or echoed: a password in a URL would come back in every list and retrieve.
  if (url.username || url.password)
    throw badRequest(`Invalid value for 'url': it must not hold a user name or password.`, 'url');
  return url.href;
}

export function webhookHandlers(api: ApiRuntime): HttpHandler[] {
  const { store } = api;
  return [
    http.post(
      `${api.baseURL}/webhooks`,
      apiResolver(api, malformedObject('webhook'), async ({ request }) => {
        const body = await readJsonBody(request);
        if (!body) throw badRequest("Missing required parameter: 'url'.", 'url');
        const url = readUrl(body.string('url', { max: 2000, required: true }));
        const name = body.string('name', { max: 100, required: true });
        const rawEvents = body.raw('events');
        if (rawEvents === undefined) throw badRequest("Missing required parameter: 'events'.", 'events');
        if (!Array.isArray(rawEvents) || rawEvents.length === 0)
          throw badRequest(
            "Invalid value for 'events': expected a non-empty array of event types.",
            'events',
          );
        const events: string[] = [];
        for (const [i, e] of rawEvents.entries()) {
          if (typeof e !== 'string' || !(BOOKING_EVENTS as readonly string[]).includes(e)) {
            throw badRequest(
              `Invalid value for 'events[${i}]': use one of ${BOOKING_EVENTS.join(', ')}.`,
              `events[${i}]`,
            );
          }
          if (!events.includes(e)) events.push(e);
        }
        body.done();
        for (const w of store.webhooks.values()) {
          if (w.name === name) throw conflict(`A webhook with this name already exists: '${name}'`, 'name');
        }
        const webhook = {
          id: newWebhookId(),
          name,
          url,
          events,
          creation_time: isoSeconds(store.clock.now()),
          secret: newWebhookSecret(),
        };
        store.webhooks.set(webhook.id, webhook);
        return { body: webhookWire(webhook) };
      }),
    ),
    http.get(
      `${api.baseURL}/webhooks`,
      apiResolver(api, malformedList('webhook'), ({ url }) => {
        const page = readPage(new QueryReader(url.searchParams, PAGE_PARAMS));
        const result = paginate([...store.webhooks.values()], () => true, page, url, webhookWire);
        return pageReply(result);
      }),
    ),
    http.get<{ id: string }>(
      `${api.baseURL}/webhooks/:id`,
      apiResolver(api, malformedObject('webhook'), ({ url, params }) => {
        new QueryReader(url.searchParams, []);
        return { body: webhookWire(store.webhook(params.id)) };
      }),
    ),
    http.delete<{ id: string }>(
      `${api.baseURL}/webhooks/:id`,
      apiResolver(api, malformedDeleted('webhook'), ({ params }) => {
        const w = store.webhook(params.id);
        store.deleteWebhook(w.id);
        return { body: { id: w.id, object: 'webhook', deleted: true } };
      }),
    ),
  ];
}
