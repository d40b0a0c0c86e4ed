// `oncelink pages`: every master page and booking calendar the key can see, as an aligned table on stdout.
import type { OnceLink } from '@oncelink/sdk';
import { keyRefusal, printable } from './errors.js';

export async function listPages(client: OnceLink, write: (text: string) => void): Promise<void> {
  const rows: string[][] = [['TYPE', 'ID', 'NAME', 'ACTIVE']];
  const yesNo = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : '?');
  try {
    for await (const page of client.masterPages.list({ limit: 100 })) {
      rows.push(['master page', printable(page.id, 80), printable(page.name ?? '', 60), yesNo(page.active)]);
    }
    for await (const calendar of client.bookingCalendars.list({ limit: 100 })) {
      // A calendar takes bookings (and one-time links) only when published.
      rows.push([
        'booking calendar',
        printable(calendar.id, 80),
        printable(calendar.name ?? '', 60),
        yesNo(calendar.published),
      ]);
    }
  } catch (e) {
    throw keyRefusal(e) ?? e;
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows)
    write(`${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}\n`);
  if (rows.length === 1) write('(none: this account has no master pages or booking calendars)\n');
}
