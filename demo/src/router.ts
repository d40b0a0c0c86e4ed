// Routes the demo server's requests: pages, live events, admin, the webhook receiver and the API proxy.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toNodeHandler, type FetchHandler } from '@oncelink/sdk/proxy';
import { errorMessage } from './error-message.js';
import { refusal, sendJson, sendText } from './http-util.js';
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
  receiveWebhook: (request: Request) => Promise<Response>;
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

/** Body caps: the proxy's own is 64 KiB; a webhook delivery may carry a whole booking; the admin and CRM JSON is tiny. */
const maxBodyBytes = { proxy: 1_000_000, webhook: 1_000_000, small: 10_000 };

async function route(
  parts: RouterParts,
  req: IncomingMessage,
  res: ServerResponse,
  failed: (error: unknown) => void,
): Promise<void> {
  const target = req.url ?? '';
  // Appended, not resolved: a target such as `//other.example` stays a path of this server.
  const pathname =
    target.startsWith('/') && URL.canParse(parts.origin() + target)
      ? new URL(parts.origin() + target).pathname
      : undefined;
  if (pathname === undefined)
    return sendText(res, 400, 'The request target is not a path this server can read.');
  const method = req.method ?? 'GET';
  // The routes that read a body run as fetch handlers behind the one Node adapter: it caps the body and refuses what it cannot read.
  const fetchRoute = (handler: FetchHandler, cap: number) =>
    toNodeHandler(handler, { origin: parts.origin, maxBodyBytes: cap, refusal })(req, res, failed);

  if (pathname === proxyPrefix || pathname.startsWith(`${proxyPrefix}/`))
    return fetchRoute(parts.proxy, maxBodyBytes.proxy);
  if (method === 'POST' && pathname === webhookPath)
    return fetchRoute(parts.receiveWebhook, maxBodyBytes.webhook);
  if (method === 'GET' && pathname === '/crm/events') return parts.live.open(req, res);
  if (method === 'GET' && pathname === '/admin/master-pages') return parts.admin.list(req, res);
  const pageId = segment(ruleTypeRoute.exec(pathname));
  if (method === 'POST' && pageId)
    return fetchRoute((request) => parts.admin.setRuleType(request, pageId), maxBodyBytes.small);
  const contactId = segment(linkSentRoute.exec(pathname));
  if (method === 'POST' && contactId)
    return fetchRoute((request) => parts.crm.linkSent(request, contactId), maxBodyBytes.small);
  if ((method === 'GET' || method === 'HEAD') && parts.files.has(pathname))
    return parts.files.serve(pathname, res);
  sendText(res, 404, 'Not found.');
}

/** The node:http listener: every route, with headers every answer shares and one place that reports failures. */
export function createRouter(parts: RouterParts) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('x-content-type-options', 'nosniff');
    // Personalised links carry a name and an email: never leak them to another site in a Referer.
    res.setHeader('referrer-policy', 'no-referrer');
    const failed = (error: unknown): void => {
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: 'The demo server failed on this request; see its terminal.' });
      console.error(`demo server: ${req.method} ${req.url?.split('?')[0]} failed:`, errorMessage(error));
    };
    route(parts, req, res, failed).catch(failed);
  };
}
