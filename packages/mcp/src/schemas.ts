// Each tool's input and output schema: the MCP SDK advertises them as JSON Schema and checks every call against them.
import * as z from 'zod';

/** The most contacts one create_one_time_links call takes. */
export const maxContacts = 50;

/**
 * A strict object: an unknown field is refused, naming the fields there are. Stripping it would be
 * worse: `email` instead of `customer_email` would quietly make a link that is not personalised.
 */
function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${issue.keys.map((k) => `'${k}'`).join(', ')}; the fields are: ${known || 'none'}.`
        : undefined,
  });
}

const id = (what: string) => z.string().describe(what);
const masterPageId = id('The id of a master page, from list_master_pages (e.g. MP-73E6RHFU77).');
const bookingCalendarId = id(
  'The id of a published booking calendar, from list_booking_calendars (e.g. BKC-1234).',
);
const showBookingForm = z
  .boolean()
  .describe(
    'Master pages only: keep the Booking form on a personalised link (skip=0). Default false: the form is skipped.',
  );

export const emptyInput = strict({});

export const createLinkInput = strict({
  master_page_id: masterPageId.optional(),
  booking_calendar_id: bookingCalendarId.optional(),
  customer_name: z
    .string()
    .describe("The customer's full name, up to 100 characters. Give it with customer_email, or neither.")
    .optional(),
  customer_email: z
    .string()
    .describe("The customer's email address. Give it with customer_name, or neither.")
    .optional(),
  show_booking_form: showBookingForm.optional(),
});
export type CreateLinkInput = z.infer<typeof createLinkInput>;

const contact = strict({
  name: z.string().describe("The customer's full name, up to 100 characters."),
  email: z.string().describe("The customer's email address."),
});

export const createLinksInput = strict({
  target: strict({
    master_page_id: masterPageId.optional(),
    booking_calendar_id: bookingCalendarId.optional(),
  }).describe('Where the links go: exactly one of master_page_id or booking_calendar_id.'),
  contacts: z
    .array(contact)
    .min(1, 'Give at least one contact.')
    .max(maxContacts, `At most ${maxContacts} contacts per call: split the list and call again for the rest.`)
    .describe(`Up to ${maxContacts} customers; each gets its own personalised link.`),
  show_booking_form: showBookingForm.optional(),
});
export type CreateLinksInput = z.infer<typeof createLinksInput>;

export const bookingStatuses = [
  'requested',
  'scheduled',
  'rescheduled',
  'completed',
  'canceled',
  'no_show',
] as const;

export const listBookingsInput = strict({
  status: z.enum(bookingStatuses).describe('Only bookings with this status.').optional(),
  limit: z
    .number()
    .int()
    .min(1)
    .max(100)
    .describe('How many bookings to return, 1 to 100; default 25.')
    .optional(),
  after: z
    .string()
    .describe('A booking id: the page after it (the next_after of the previous answer).')
    .optional(),
});
export type ListBookingsInput = z.infer<typeof listBookingsInput>;

const text = z.string().nullable();
const flag = z.boolean().nullable();
const targetType = z.enum(['master_page', 'booking_calendar']);

export const masterPagesOutput = z.object({
  master_pages: z.array(
    z.object({
      id: z.string(),
      name: text,
      active: flag.describe('Whether the page accepts bookings.'),
      url: text.describe('Its ordinary booking link.'),
    }),
  ),
  truncated: z.boolean().describe('True when there were more than were listed.'),
});

export const bookingCalendarsOutput = z.object({
  booking_calendars: z.array(
    z.object({
      id: z.string(),
      name: text,
      published: flag.describe('Only published booking calendars can have one-time links.'),
      duration_minutes: z.number().nullable(),
      url: text.describe('Its ordinary booking link.'),
    }),
  ),
  truncated: z.boolean().describe('True when there were more than were listed.'),
});

export const createLinkOutput = z.object({
  url: z.string().describe('The one-time link to send to the customer.'),
  id: z.string(),
  creation_time: text,
  personalized: z.boolean(),
  target: z.object({ type: targetType, id: z.string() }),
});
export type CreateLinkOutput = z.infer<typeof createLinkOutput>;

export const createLinksOutput = z.object({
  made: z.number().int(),
  failed: z.number().int(),
  target: z.object({ type: targetType, id: z.string() }),
  results: z
    .array(
      z.object({
        name: z.string(),
        email: z.string(),
        url: text.describe("This contact's one-time link, or null when none was made."),
        error: text.describe('Why no link was made for this contact, or null.'),
      }),
    )
    .describe('One entry per contact, in the order given.'),
});
export type CreateLinksOutput = z.infer<typeof createLinksOutput>;

export const bookingsOutput = z.object({
  bookings: z.array(
    z.object({
      id: z.string(),
      status: text,
      starting_time: text,
      creation_time: text,
      customer_name: text,
      customer_email: text,
      master_page: text,
      booking_calendar: text,
    }),
  ),
  has_more: z.boolean(),
  next_after: text.describe('Pass it as `after` for the next page; null on the last page.'),
});
export type BookingsOutput = z.infer<typeof bookingsOutput>;
