// What the pop-up is about: the fixed page or calendar, read by id, or the active master pages for the picker.
import type { MasterPage } from '@oncelink/sdk';
import type { ShareClient } from './client.js';
import type { Target } from './link-maker.js';

/** A fixed target, or the pages to pick from. */
export interface Read {
  target?: Target;
  pages?: MasterPage[];
}

// How many active master pages the picker lists at most (bounded: it is a menu, not a report).
const PICKER_LIMIT = 300;

export const targetOf = (
  type: Target['type'],
  id: string,
  name: string | null | undefined,
  url: string | null | undefined,
): Target => ({
  type,
  id,
  name: name || id,
  url: url ?? undefined,
});

/** Reads by id what `masterPage` or `bookingCalendar` names; with neither, lists the active master pages. */
export async function readTarget(
  client: ShareClient,
  { masterPage, bookingCalendar }: { masterPage: string; bookingCalendar: string },
  signal: AbortSignal,
): Promise<Read> {
  if (masterPage) {
    const page = await client.masterPages.retrieve(masterPage, { signal });
    return { target: targetOf('master-page', masterPage, page.name ?? page.label, page.url) };
  }
  if (bookingCalendar) {
    const calendar = await client.bookingCalendars.retrieve(bookingCalendar, { signal });
    return {
      target: targetOf('booking-calendar', bookingCalendar, calendar.name ?? calendar.subject, calendar.url),
    };
  }
  const pages: MasterPage[] = [];
  for await (const page of client.masterPages.list({ limit: 100 }, { signal })) {
    if (page.active !== false) pages.push(page);
    if (pages.length >= PICKER_LIMIT) break;
  }
  return { pages };
}
