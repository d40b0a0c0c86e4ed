// create_one_time_links: one personalised link per contact (up to 50), paced by the SDK, with a result for each contact.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import {
  APIError,
  CreateOneTimeLinksError,
  createOneTimeLinks,
  type OnceLink,
  type OneTimeLink,
} from '@oncelink/sdk';
import { checkContact, type Contact } from '../contact.js';
import { createOneTimeLinksDescription } from '../descriptions.js';
import { describeError, errorMessage, InputError } from '../errors.js';
import { ok } from '../results.js';
import {
  createLinksInput,
  createLinksOutput,
  type CreateLinksInput,
  type CreateLinksOutput,
} from '../schemas.js';
import { pickTarget, type Target } from '../target.js';
import { checkShowForm, createLink, creates, finalUrl } from './create-link.js';
import type { ToolContext } from './context.js';

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;
type Result = CreateLinksOutput['results'][number];
interface Pending {
  result: Result;
  contact: Contact;
}

/** Reports links made as MCP progress, when the client sent a progressToken; otherwise does nothing. */
function progressReporter(extra: Extra, total: number): (done: number) => Promise<void> {
  const progressToken = extra._meta?.progressToken;
  return async (done) => {
    if (progressToken === undefined) return;
    try {
      await extra.sendNotification({
        method: 'notifications/progress',
        params: { progressToken, progress: done, total, message: `${done} of ${total} links made` },
      });
    } catch (e) {
      // Progress is advice: a client gone deaf to it must not stop links being made for the others.
      console.error(`oncelink-mcp: a progress notification could not be sent: ${errorMessage(e)}`);
    }
  };
}

/**
 * Master pages: `createOneTimeLinks` makes the links (all alike until personalised), then each is
 * personalised for its contact. If it stops part-way, the links it made still go out and the
 * contacts left over get its reason.
 */
async function onMasterPage(
  client: OnceLink,
  target: Target,
  pending: Pending[],
  showForm: boolean,
  extra: Extra,
): Promise<void> {
  const report = progressReporter(extra, pending.length);
  let links: OneTimeLink[];
  let stop: unknown;
  try {
    links = await createOneTimeLinks(client, { masterPage: target.id }, pending.length, {
      signal: extra.signal,
      onProgress: ({ done }) => void report(done),
    });
  } catch (e) {
    if (!(e instanceof CreateOneTimeLinksError)) throw e;
    links = e.links as OneTimeLink[];
    stop = e.cause;
  }
  pending.forEach((p, i) => {
    const link = links[i];
    if (link) settle(p, () => finalUrl(link, target, p.contact, showForm), target);
    else p.result.error = describeError(stop, { creating: target });
  });
}

/**
 * Booking calendars: each contact needs its own `booking_form`, so one request each, in turn (the
 * client's limiter paces them). A refused value concerns that contact only; any other failure
 * (the calendar, the key, the rate limit, the network) stops the rest with its reason.
 */
async function onCalendar(client: OnceLink, target: Target, pending: Pending[], extra: Extra): Promise<void> {
  const report = progressReporter(extra, pending.length);
  let stop: unknown;
  let done = 0;
  for (const p of pending) {
    if (stop !== undefined) {
      p.result.error = `Not attempted, after an earlier failure: ${describeError(stop, { creating: target })}`;
      continue;
    }
    try {
      const link = await createLink(client, target, p.contact, { signal: extra.signal });
      settle(p, () => finalUrl(link, target, p.contact, false), target);
      await report(++done);
    } catch (e) {
      p.result.error = describeError(e, { creating: target });
      const aboutThisContact =
        e instanceof APIError && e.status === 400 && e.param !== undefined && e.param !== 'id';
      if (!aboutThisContact) stop = e;
    }
  }
}

function settle(p: Pending, url: () => string, target: Target): void {
  try {
    p.result.url = url();
  } catch (e) {
    p.result.error = describeError(e, { creating: target });
  }
}

function summary(out: CreateLinksOutput): string {
  const where = `${out.target.type === 'master_page' ? 'master page' : 'booking calendar'} ${out.target.id}`;
  const lines = out.results.map((r) => `- ${r.name} <${r.email}>: ${r.url ?? `no link. ${r.error ?? ''}`}`);
  return [`Made ${out.made} of ${out.results.length} one-time links on ${where}.`, ...lines].join('\n');
}

async function createLinks(ctx: ToolContext, input: CreateLinksInput, extra: Extra) {
  const target = pickTarget(input.target);
  checkShowForm(target, input.show_booking_form);
  const client = ctx.client();
  const results: Result[] = input.contacts.map((c) => ({
    name: c.name,
    email: c.email,
    url: null,
    error: null,
  }));
  const pending: Pending[] = [];
  input.contacts.forEach((c, i) => {
    const result = results[i] as Result;
    try {
      pending.push({
        result,
        contact: checkContact(c, { name: 'name', email: 'email' }, target.type === 'master_page'),
      });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      result.error = `${e.message} No link was made for this contact.`;
    }
  });
  if (pending.length > 0) {
    if (target.type === 'master_page')
      await onMasterPage(client, target, pending, input.show_booking_form ?? false, extra);
    else await onCalendar(client, target, pending, extra);
  }
  const made = results.filter((r) => r.url !== null).length;
  const out: CreateLinksOutput = { made, failed: results.length - made, target, results };
  // An error only when nothing at all was made: otherwise the model has links to hand on.
  return ok(summary(out), out, made === 0);
}

export function registerCreateLinks(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'create_one_time_links',
    {
      title: 'Create one-time links for several contacts',
      description: createOneTimeLinksDescription,
      inputSchema: createLinksInput,
      outputSchema: createLinksOutput,
      annotations: { title: 'Create one-time links for several contacts', ...creates },
    },
    (input, extra) => ctx.run(() => createLinks(ctx, input, extra)),
  );
}
