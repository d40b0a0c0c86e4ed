// Listens to the demo server's Server-Sent Events: the contact list on connect, then each change.
import type { Contact } from '../src/contacts.js';

export interface LiveHandlers {
  contacts(contacts: Contact[]): void;
  contact(contact: Contact): void;
}

export function listen(handlers: LiveHandlers): EventSource {
  const source = new EventSource('/crm/events');
  source.addEventListener('contacts', (event) => handlers.contacts(JSON.parse((event as MessageEvent<string>).data) as Contact[]));
  source.addEventListener('contact', (event) => handlers.contact(JSON.parse((event as MessageEvent<string>).data) as Contact));
  return source;
}
