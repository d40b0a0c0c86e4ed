// Routes the demo server's requests: pages, live events, admin, the webhook receiver and the API proxy.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError } from './read-body.js';
import { serveWithFetchHandler, type FetchHandler } from './fetch-adapter.js';
import { sendJson, sendText } from './http-util.js';
import type { createAdminRoutes } from './admin.js';
import type { createCrmRoutes } from './crm-routes.js';
import type { createStaticFiles } from './static-files.js';
import type { LiveEvents } from './live-events.js';

export const proxyPrefix = '/api/oncehub';
export const webhookPath = '/webhooks/oncehub';

export interface RouterParts {
  origin: () => string;
  proxy: FetchHandler;
  admin: ReturnType<typeof createAdminRoutes>;
  crm: ReturnType<typeof createCrmRoutes>;
  files: ReturnType<typeof createStaticFiles>;
  live: LiveEvents;
  receiveWebhook: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

const ruleTypeRoute = /^\/admin\/master-pages\/([^/]+)\/rule-type$/;
const linkSentRoute = /^\/crm\/contacts\/([^/]+)\/link-sent$/;

/** A path segment as text; a malformed %-escape is bad input, not a server failure. */
function segment(match: RegExpExecArray | null): string | undefined {
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

async function route(parts: RouterParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', parts.origin());
  const method = req.method ?? 'GET';

  if (pathname === proxyPrefix || pathname.startsWith(`${proxyPrefix}/`)) {
    return serveWithFetchHandler(parts.proxy, req, res, parts.origin());
  }
  if (method === 'POST' && pathname === webhookPath) return parts.receiveWebhook(req, res);
  if (method === 'GET' && pathname === '/crm/events') return parts.live.open(req, res);
  if (method === 'GET' && pathname === '/admin/master-pages') return parts.admin.list(req, res);
  const pageId = segment(ruleTypeRoute.exec(pathname));
  if (method === 'POST' && pageId) return parts.admin.setRuleType(req, res, pageId);
  const contactId = segment(linkSentRoute.exec(pathname));
  if (method === 'POST' && contactId) return parts.crm.linkSent(req, res, contactId);
  if ((method === 'GET' || method === 'HEAD') && parts.files.has(pathname)) return parts.files.serve(pathname, res);
  sendText(res, 404, 'Not found.');
}

/** The node:http listener: every route, with headers every answer shares and one place that reports failures. */
export function createRouter(parts: RouterParts) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('x-content-type-options', 'nosniff');
    // Personalised links carry a name and an email: never leak them to another site in a Referer.
    res.setHeader('referrer-policy', 'no-referrer');
    route(parts, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof BodyTooLargeError) {
        // Answer first, then close: the rest of the body is not worth reading.
        res.setHeader('connection', 'close');
        sendJson(res, 413, { error: error.message });
      } else {
        sendJson(res, 500, { error: 'The demo server failed on this request; see its terminal.' });
      }
      console.error(`demo server: ${req.method} ${req.url?.split('?')[0]} failed:`, error instanceof Error ? error.message : error);
    });
  };
}
