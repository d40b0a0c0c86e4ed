// The customer's screens behind a booking's cancel_url and reschedule_url.
import { CUSTOMER_REASON_MAX as REASON_MAX } from '../state/bookings.js';
import { type SafeHtml, html } from './html.js';
import { type ManageLinks, type SlotOption, fieldError, layout, manageLinks, slotList } from './pages.js';

export interface BookingSummary {
  subject: string;
  /** The booked time, formatted for the customer. */
  when: string;
  name: string;
}

const summary = (b: BookingSummary): SafeHtml => html`<p><strong>${b.subject}</strong></p>
<p>${b.when}</p>
<p>Booked by ${b.name}.</p>`;

export function cancelPage(b: BookingSummary, reason: string, error?: string): string {
  return layout(
    `Cancel: ${b.subject}`,
    html`<h1>Cancel your booking</h1>
${summary(b)}
<form method="post">
<label for="reason">Reason (optional)</label>
<textarea id="reason" name="reason" rows="3" maxlength="${REASON_MAX}"${error ? html` aria-describedby="reason-error"` : ''}>${reason}</textarea>
${fieldError(error, 'reason-error')}
<button type="submit">Cancel booking</button>
</form>`,
  );
}

export function canceledPage(b: BookingSummary): string {
  return layout(
    `Cancelled: ${b.subject}`,
    html`<h1>Your booking is cancelled</h1>
${summary(b)}
<p>The host has been told.</p>`,
  );
}

export interface ReschedulePageView {
  booking: BookingSummary;
  /** True when the host cancelled and asked for a new time: the page books anew. */
  requested: boolean;
  slots: SlotOption[];
  chosen: string;
  timeZoneLabel: string;
  error?: string;
}

export function reschedulePage(v: ReschedulePageView): string {
  const intro = v.requested
    ? html`<p>Your host cancelled this booking and asked you to pick another time.</p>`
    : html`<p>Pick a new time for your booking.</p>`;
  return layout(
    `Reschedule: ${v.booking.subject}`,
    html`<h1>Pick another time</h1>
${summary(v.booking)}
${intro}
<form method="post">
<fieldset><legend>Open times (${v.timeZoneLabel})</legend>
${fieldError(v.error, 'start-time-error')}
${slotList(v.slots, v.chosen)}
</fieldset>
<button type="submit">${v.requested ? 'Book this time' : 'Move to this time'}</button>
</form>`,
  );
}

export function rescheduledPage(b: BookingSummary, links: ManageLinks): string {
  return layout(
    `Rescheduled: ${b.subject}`,
    html`<h1>Your booking is moved</h1>
${summary(b)}
<p>A confirmation is on its way to your inbox.</p>
${manageLinks(links)}`,
  );
}

/** One page for unknown bookings and those that can no longer change: it does not say which. */
export function unchangeablePage(): string {
  return layout(
    'This booking cannot be changed',
    html`<h1>This booking cannot be changed</h1>
<p>It may have been cancelled, moved already, or taken place.</p>
<p>If you still need a meeting, contact the person you booked with.</p>`,
  );
}
