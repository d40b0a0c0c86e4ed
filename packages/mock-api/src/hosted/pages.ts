// The hosted booking page's screens: pick a time (and fill the form), booked, and the one neutral refusal.
import { SafeHtml, html } from './html.js';

export const STYLESHEET_PATH = '/assets/booking-page.css';

export const BOOKING_PAGE_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; padding: 2rem 1rem; display: flex; justify-content: center; }
main { max-width: 34rem; width: 100%; }
fieldset { border: 1px solid #8884; border-radius: .5rem; margin: 0 0 1rem; padding: 1rem; }
.slots { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .25rem .75rem; }
label { display: block; margin: .25rem 0; }
input[type=text], input[type=email], textarea { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; }
.error { color: #b00020; margin: .25rem 0 .75rem; }
button { font: inherit; padding: .6rem 1.2rem; border-radius: .4rem; border: 0; background: #2756d6; color: #fff; cursor: pointer; }
`;

export function layout(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body><main>${body}</main></body>
</html>
`.value;
}

export interface SlotOption {
  iso: string;
  label: string;
}

export interface BookingPageView {
  pageName: string;
  slots: SlotOption[];
  /** False when the link is personalised: name and email travel as hidden fields. */
  showForm: boolean;
  values: { name: string; email: string; startTime: string };
  errors: { start_time?: string; name?: string; email?: string };
  timeZoneLabel: string;
}

/** The open times as radio buttons, the chosen one checked; a sentence when there are none. */
export function slotList(slots: SlotOption[], chosen: string): SafeHtml {
  return slots.length
    ? html`<div class="slots">${slots.map(
        (s) =>
          html`<label><input type="radio" name="start_time" value="${s.iso}" required${s.iso === chosen ? new SafeHtml(' checked') : ''}> ${s.label}</label>`,
      )}</div>`
    : html`<p>No open times in the next two weeks. Please ask for another link later.</p>`;
}

export const fieldError = (msg: string | undefined, id: string): SafeHtml | '' =>
  msg ? html`<p class="error" id="${id}">${msg}</p>` : '';

export function bookingPage(v: BookingPageView): string {
  const error = fieldError;
  const contact = v.showForm
    ? html`<fieldset><legend>Your details</legend>
<label for="name">Name</label>
<input type="text" id="name" name="name" required maxlength="100" autocomplete="name" value="${v.values.name}"${v.errors.name ? new SafeHtml(' aria-describedby="name-error"') : ''}>
${error(v.errors.name, 'name-error')}
<label for="email">Email</label>
<input type="email" id="email" name="email" required maxlength="100" autocomplete="email" value="${v.values.email}"${v.errors.email ? new SafeHtml(' aria-describedby="email-error"') : ''}>
${error(v.errors.email, 'email-error')}
</fieldset>`
    : html`<p>Booking as <strong>${v.values.name}</strong> (${v.values.email}).</p>
<input type="hidden" name="name" value="${v.values.name}">
<input type="hidden" name="email" value="${v.values.email}">`;
  return layout(
    v.pageName,
    html`<h1>${v.pageName}</h1>
<form method="post">
<fieldset><legend>Pick a time (${v.timeZoneLabel})</legend>
${error(v.errors.start_time, 'start-time-error')}
${slotList(v.slots, v.values.startTime)}
</fieldset>
${contact}
<button type="submit">Book this time</button>
</form>`,
  );
}

/** Where the customer changes a booking: its `reschedule_url` and `cancel_url`. */
export interface ManageLinks {
  rescheduleUrl: string;
  cancelUrl: string;
}

export const manageLinks = (links: ManageLinks): SafeHtml =>
  html`<p><a href="${links.rescheduleUrl}">Pick another time</a> or <a href="${links.cancelUrl}">cancel this booking</a>.</p>`;

export function confirmationPage(pageName: string, when: string, name: string, links: ManageLinks): string {
  return layout(
    `Booked: ${pageName}`,
    html`<h1>You are booked</h1>
<p><strong>${pageName}</strong></p>
<p>${when}</p>
<p>Thank you, ${name}. A confirmation is on its way to your inbox.</p>
${manageLinks(links)}`,
  );
}

/** One page for unknown, used, invalidated and expired links: it must not tell which. */
export function unavailablePage(): string {
  return layout(
    'This link is not available',
    html`<h1>This link is not available</h1>
<p>This booking link cannot be used to book a time. It may have been used already.</p>
<p>If you still need a meeting, ask the person who sent it for a new link.</p>`,
  );
}
