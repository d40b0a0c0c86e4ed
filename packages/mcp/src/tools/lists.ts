// The read-only tools: master pages, booking calendars and bookings.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  listBookingCalendarsDescription,
  listBookingsDescription,
  listMasterPagesDescription,
} from '../descriptions.js';
import { httpUrl, ok } from '../results.js';
import {
  bookingCalendarsOutput,
  bookingsOutput,
  emptyInput,
  listBookingsInput,
  masterPagesOutput,
  type BookingsOutput,
} from '../schemas.js';
import { listCap, type ToolContext } from './context.js';

const readOnly = { readOnlyHint: true, openWorldHint: true } as const;
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Collects up to `listCap` items of a paged list, and whether there were more. */
async function firstItems<T>(items: AsyncIterable<T>): Promise<{ items: T[]; truncated: boolean }> {
  const out: T[] = [];
  for await (const item of items) {
    if (out.length === listCap) return { items: out, truncated: true };
    out.push(item);
  }
  return { items: out, truncated: false };
}

/** An expandable reference (an id, or the object once expanded) as its id. */
const refId = (ref: string | { id: string } | null | undefined): string | null =>
  typeof ref === 'string' ? ref : (ref?.id ?? null);

export function registerListTools(server: McpServer, ctx: ToolContext): void {
  server.registerTool(
    'list_master_pages',
    {
      title: 'List master pages',
      description: listMasterPagesDescription,
      inputSchema: emptyInput,
      outputSchema: masterPagesOutput,
      annotations: { title: 'List master pages', ...readOnly },
    },
    (_args, extra) =>
      ctx.run(async () => {
        const { items, truncated } = await firstItems(
          ctx.client().masterPages.list({ limit: 100 }, { signal: extra.signal }),
        );
        const master_pages = items.map((p) => ({
          id: p.id,
          name: p.name ?? null,
          active: p.active ?? null,
          url: httpUrl(p.url),
        }));
        const result = { master_pages, truncated };
        return ok(json(result), result);
      }),
  );

  server.registerTool(
    'list_booking_calendars',
    {
      title: 'List booking calendars',
      description: listBookingCalendarsDescription,
      inputSchema: emptyInput,
      outputSchema: bookingCalendarsOutput,
      annotations: { title: 'List booking calendars', ...readOnly },
    },
    (_args, extra) =>
      ctx.run(async () => {
        const { items, truncated } = await firstItems(
          ctx.client().bookingCalendars.list({ limit: 100 }, { signal: extra.signal }),
        );
        const booking_calendars = items.map((c) => ({
          id: c.id,
          name: c.name ?? null,
          published: c.published ?? null,
          duration_minutes: c.duration_minutes ?? null,
          url: httpUrl(c.url),
        }));
        const result = { booking_calendars, truncated };
        return ok(json(result), result);
      }),
  );

  server.registerTool(
    'list_bookings',
    {
      title: 'List bookings',
      description: listBookingsDescription,
      inputSchema: listBookingsInput,
      outputSchema: bookingsOutput,
      annotations: { title: 'List bookings', ...readOnly },
    },
    ({ status, limit, after }, extra) =>
      ctx.run(async () => {
        const page = await ctx
          .client()
          .bookings.list({ status, after, limit: limit ?? 25 }, { signal: extra.signal });
        const bookings = page.data.map((b) => ({
          id: b.id,
          status: b.status ?? null,
          starting_time: b.starting_time ?? null,
          creation_time: b.creation_time ?? null,
          customer_name: b.form_submission?.name ?? null,
          customer_email: b.form_submission?.email ?? null,
          master_page: refId(b.master_page),
          booking_calendar: refId(b.booking_calendar),
        }));
        const last = page.data.at(-1);
        const result: BookingsOutput = {
          bookings,
          has_more: page.has_more,
          next_after: page.has_more && last ? last.id : null,
        };
        return ok(json(result), result);
      }),
  );
}
