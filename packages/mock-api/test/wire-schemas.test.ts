// The fake's answers parse with the SDK's wire schemas, and malformNext's do not: fake and SDK held together.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  booking,
  bookingCalendar,
  deletedObject,
  errorBody,
  masterPage,
  oneTimeLink,
  scheduleResult,
  timeSlots,
  webhook,
  webhookEvent,
} from '@oncelink/sdk';
// The list envelope is a building block the SDK no longer exports; the test still checks pages with it.
import { listOf } from '../../sdk/src/schemas/shared.js';
import { seedIds, type WebhookRequest } from '../src/index.js';
import { MONDAY, call, useMockApi } from './support.js';

const sent: WebhookRequest[] = [];

function parses(schema: z.core.$ZodType, value: unknown, label: string): void {
  const result = z.safeParse(schema, value);
  assert.ok(result.success, `${label}: ${JSON.stringify(result.error?.issues)}`);
}

describe('answers match the SDK wire schemas', () => {
  const mock = useMockApi({
    now: () => MONDAY,
    webhooks: { sender: async (r) => (sent.push(r), { status: 200 }), retryDelays: [] },
  });

  it('for every endpoint the SDK wraps', async () => {
    const hook = await call('POST', '/webhooks', {
      body: {
        url: 'https://crm.example.com/h',
        name: 'all',
        events: ['booking.scheduled', 'booking.canceled'],
      },
    });
    parses(webhook, hook.body, 'POST /webhooks');
    const hookId = (hook.body as { id: string }).id;
    const checks: [string, string, z.core.$ZodType, unknown?][] = [
      ['GET', '/master-pages', listOf(masterPage)],
      ['GET', `/master-pages/${seedIds.dynamicMasterPage}`, masterPage],
      ['POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, oneTimeLink],
      ['GET', '/booking-calendars', listOf(bookingCalendar)],
      ['GET', `/booking-calendars/${seedIds.publishedBookingCalendar}`, bookingCalendar],
      ['GET', `/booking-calendars/${seedIds.publishedBookingCalendar}/time-slots`, timeSlots],
      [
        'POST',
        `/booking-calendars/${seedIds.publishedBookingCalendar}/one-time-links`,
        oneTimeLink,
        { hide_url_params: true, booking_form: { name: 'A', email: 'a@example.com' } },
      ],
      [
        'POST',
        `/booking-calendars/${seedIds.publishedBookingCalendar}/schedule`,
        scheduleResult,
        { start_time: '2026-11-23T09:00:00Z', booking_form: { name: 'A', email: 'a@example.com' } },
      ],
      ['GET', '/bookings?limit=100', listOf(booking)],
      [
        'GET',
        '/bookings?expand=master_page,booking_calendar,owner,contact,booking_page,event_type&limit=100',
        listOf(booking),
      ],
      ['GET', '/bookings/BKNG-SEED000000001', booking],
      ['POST', '/bookings/BKNG-SEED000000001/cancel', booking, { cancellation_reason: 'x' }],
      ['POST', '/bookings/BKNG-SEED000000004/request-reschedule', booking, {}],
      ['GET', '/webhooks', listOf(webhook)],
      ['GET', `/webhooks/${hookId}`, webhook],
      ['GET', '/master-pages/MP-NOPE', errorBody],
      ['DELETE', `/webhooks/${hookId}`, deletedObject],
    ];
    for (const [method, path, schema, body] of checks) {
      const res = await call(method, path, body === undefined ? {} : { body });
      parses(schema, res.body, `${method} ${path}`);
    }
    await mock().control.settled();
    assert.ok(sent.length >= 2);
    for (const r of sent) parses(webhookEvent, JSON.parse(r.body), 'webhook event');
  });

  it('malformNext answers something each schema refuses', async () => {
    const checks: [string, string, z.core.$ZodType][] = [
      ['GET', '/master-pages', listOf(masterPage)],
      ['GET', `/master-pages/${seedIds.dynamicMasterPage}`, masterPage],
      ['POST', `/master-pages/${seedIds.dynamicMasterPage}/one-time-links`, oneTimeLink],
      ['GET', `/booking-calendars/${seedIds.publishedBookingCalendar}/time-slots`, timeSlots],
      ['GET', '/bookings', listOf(booking)],
      ['GET', '/webhooks', listOf(webhook)],
    ];
    for (const [method, path, schema] of checks) {
      mock().control.malformNext();
      const res = await call(method, path);
      assert.equal(z.safeParse(schema, res.body).success, false, `${method} ${path}`);
    }
  });
});
