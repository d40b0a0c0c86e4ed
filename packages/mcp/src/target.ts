// Where a link goes: exactly one master page or booking calendar, picked from a tool's input.
import { InputError } from './errors.js';

export type Target = { type: 'master_page'; id: string } | { type: 'booking_calendar'; id: string };

/** The one target named, or an InputError saying what to give instead. */
export function pickTarget(input: {
  master_page_id?: string | undefined;
  booking_calendar_id?: string | undefined;
}): Target {
  const page = input.master_page_id?.trim();
  const calendar = input.booking_calendar_id?.trim();
  if (page && calendar) {
    throw new InputError(
      'Give master_page_id or booking_calendar_id, not both: a link belongs to one page or calendar. Nothing was created.',
    );
  }
  if (page) return { type: 'master_page', id: page };
  if (calendar) return { type: 'booking_calendar', id: calendar };
  throw new InputError(
    'Give master_page_id (from list_master_pages) or booking_calendar_id (from list_booking_calendars). Nothing was created.',
  );
}
