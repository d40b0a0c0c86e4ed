// The contact list: one row per contact, each with a personalised <oncelink-share>, updated in place when a booking lands.
import type { Contact } from '../src/contacts.js';
import { announce, byId, h } from './dom.js';

export const sharedMasterPage = 'MP-DYNAMIC0001';

const statusLabels: Record<Contact['status'], string> = {
  new: 'Not contacted',
  'link-sent': 'Link sent',
  booked: 'Booked',
  canceled: 'Cancelled',
};

function statusCell(contact: Contact): HTMLTableCellElement {
  const booked = contact.status === 'booked';
  const when = booked && contact.bookedFor ? new Date(contact.bookedFor) : undefined;
  return h(
    'td',
    { class: 'status-cell' },
    h(
      'span',
      { class: 'status', 'data-status': contact.status, 'data-booked-for': contact.bookedFor ?? '' },
      statusLabels[contact.status],
    ),
    when && !Number.isNaN(when.valueOf())
      ? h(
          'span',
          { class: 'booked-for' },
          when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
        )
      : null,
  );
}

/** The element prefilled with the contact, opened by the CRM's own button (its `trigger` slot). */
function shareElement(contact: Contact, apiBase: string): HTMLElement {
  return h(
    'oncelink-share',
    {
      'api-base': apiBase,
      'master-page': sharedMasterPage,
      'customer-name': contact.name,
      'customer-email': contact.email,
    },
    h(
      'button',
      { type: 'button', slot: 'trigger', class: 'trigger' },
      'Booking link',
      // Every row has this button: the hidden words tell them apart for screen readers.
      h('span', { class: 'visually-hidden' }, ` for ${contact.name}`),
    ),
  );
}

function row(contact: Contact, apiBase: string): HTMLTableRowElement {
  return h(
    'tr',
    { 'data-contact-id': contact.id },
    h('th', { scope: 'row' }, contact.name),
    h('td', {}, contact.email),
    h('td', {}, contact.company),
    statusCell(contact),
    h('td', {}, shareElement(contact, apiBase)),
  );
}

/** Replaces only the status cell, so an open pop-up in the same row is left alone. */
export function updateContact(contact: Contact): void {
  const tr = document.querySelector<HTMLTableRowElement>(`tr[data-contact-id="${CSS.escape(contact.id)}"]`);
  const cell = tr?.querySelector('.status-cell');
  if (!cell) return;
  const before = cell.querySelector<HTMLElement>('[data-status]');
  const was = { status: before?.dataset.status, bookedFor: before?.dataset.bookedFor };
  cell.replaceWith(statusCell(contact));
  if (contact.status === 'canceled' && was.status !== 'canceled')
    announce(`${contact.name} cancelled their meeting.`);
  if (contact.status !== 'booked') return;
  if (was.status !== 'booked') announce(`${contact.name} booked a meeting.`);
  else if (was.bookedFor !== contact.bookedFor) announce(`${contact.name} moved their meeting.`);
}

/** When a contact's link is copied, the CRM records it as sent (the server pushes the new status back). */
export function recordCopiedLinks(): void {
  byId('contact-rows').addEventListener('oncelink-copy', (event) => {
    const id =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>('tr[data-contact-id]')?.dataset.contactId
        : undefined;
    if (!id) return;
    fetch(`/crm/contacts/${encodeURIComponent(id)}/link-sent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
      .then((response) => {
        if (!response.ok) throw new Error(`the demo server answered ${response.status}`);
      })
      .catch((error: unknown) => console.error('Could not record the sent link:', error));
  });
}

/** The first snapshot builds the rows; a later one (after a reconnect) only refreshes their status. */
export function showContacts(contacts: Contact[], apiBase: string): void {
  const rows = byId('contact-rows');
  if (rows.querySelector('tr[data-contact-id]')) contacts.forEach(updateContact);
  else rows.replaceChildren(...contacts.map((c) => row(c, apiBase)));
}
