// tools/list and the read tools: what a model sees before it acts, and what it reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedIds } from '@oncelink/mock-api';
import { call, connect, text, useFake } from './support.js';

test('lists the five tools with descriptions for a model, input and output schemas, and readOnlyHint on the reads', async () => {
  const client = await connect();
  const { tools } = await client.listTools();
  const byName = new Map(tools.map((t) => [t.name, t]));
  assert.deepEqual([...byName.keys()].sort(), [
    'create_one_time_link',
    'create_one_time_links',
    'list_booking_calendars',
    'list_bookings',
    'list_master_pages',
  ]);
  for (const tool of tools) {
    assert.ok(tool.description && tool.description.length > 100, `${tool.name} has a real description`);
    assert.equal(tool.inputSchema.type, 'object');
    assert.equal(tool.outputSchema?.type, 'object', `${tool.name} has an output schema`);
    const reads = tool.name.startsWith('list_');
    assert.equal(tool.annotations?.readOnlyHint, reads, `${tool.name} readOnlyHint`);
    if (!reads) assert.equal(tool.annotations?.idempotentHint, false, 'each call makes a new link');
  }
  const create = byName.get('create_one_time_link');
  assert.match(
    create?.description ?? '',
    /only available for Master pages using Rule-based assignment with Dynamic rules/,
  );
  assert.match(create?.description ?? '', /good for one booking only/);
  assert.deepEqual(Object.keys(create?.inputSchema.properties ?? {}).sort(), [
    'booking_calendar_id',
    'customer_email',
    'customer_name',
    'master_page_id',
    'show_booking_form',
  ]);
  const bulk = byName.get('create_one_time_links')?.inputSchema.properties?.contacts as
    { maxItems?: number } | undefined;
  assert.equal(bulk?.maxItems, 50);
});

test('list_master_pages gives id, name, active and the ordinary booking URL of every page', async () => {
  useFake();
  const client = await connect();
  const result = await call(client, 'list_master_pages');
  assert.equal(result.isError, undefined);
  const pages = (
    result.structuredContent as { master_pages: { id: string; name: string; active: boolean; url: string }[] }
  ).master_pages;
  const dynamic = pages.find((p) => p.id === seedIds.dynamicMasterPage);
  assert.equal(dynamic?.name, 'Sales discovery call');
  assert.equal(dynamic?.active, true);
  assert.match(dynamic?.url ?? '', /^https:\/\//);
  assert.equal(pages.find((p) => p.id === seedIds.inactiveMasterPage)?.active, false);
  assert.ok(!pages.some((p) => p.id === seedIds.deletedMasterPage), 'deleted pages are not offered');
  assert.deepEqual(JSON.parse(text(result)), result.structuredContent, 'the text is the same facts as JSON');
});

test('list_booking_calendars says which calendars are published', async () => {
  useFake();
  const client = await connect();
  const result = await call(client, 'list_booking_calendars');
  const calendars = (result.structuredContent as { booking_calendars: { id: string; published: boolean }[] })
    .booking_calendars;
  assert.equal(calendars.find((c) => c.id === seedIds.publishedBookingCalendar)?.published, true);
  assert.equal(calendars.find((c) => c.id === seedIds.unpublishedBookingCalendar)?.published, false);
});

test('list_bookings filters by status and shows who booked, so an agent can tell whether someone has', async () => {
  const { sent } = useFake();
  const client = await connect();
  const result = await call(client, 'list_bookings', { status: 'scheduled' });
  const out = result.structuredContent as {
    bookings: { status: string; customer_email: string }[];
    has_more: boolean;
    next_after: string | null;
  };
  assert.ok(out.bookings.length > 0);
  assert.ok(out.bookings.every((b) => b.status === 'scheduled'));
  assert.ok(out.bookings.some((b) => b.customer_email === 'mina.okafor@example.com'));
  assert.equal(sent[0]?.url.searchParams.get('status'), 'scheduled');
  assert.equal(out.next_after, null);
});

test('list_bookings pages on with next_after', async () => {
  useFake();
  const client = await connect();
  const first = (await call(client, 'list_bookings', { limit: 2 })).structuredContent as {
    bookings: { id: string }[];
    next_after: string;
  };
  assert.equal(first.bookings.length, 2);
  assert.equal(first.next_after, first.bookings[1]?.id);
  const second = (await call(client, 'list_bookings', { limit: 2, after: first.next_after }))
    .structuredContent as { bookings: { id: string }[] };
  assert.ok(second.bookings.length > 0);
  assert.ok(!second.bookings.some((b) => first.bookings.some((f) => f.id === b.id)));
});

test('list_bookings refuses an unknown status in plain words, asking OnceHub nothing', async () => {
  const { sent } = useFake();
  const client = await connect();
  const result = await call(client, 'list_bookings', { status: 'booked' });
  assert.equal(result.isError, true);
  assert.match(text(result), /status/);
  assert.equal(sent.length, 0);
});
