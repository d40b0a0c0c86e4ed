// Listens to the demo server's Server-Sent Events: the contact list on connect, each change, and master-page changes.
import type { Contact } from '../src/contacts.js';

export interface LiveHandlers {
  contacts(contacts: Contact[]): void;
  contact(contact: Contact): void;
  /** The master pages changed on the server, or the stream came back and may have missed a change. */
  masterPages(): void;
  /** The server cannot be reached (`lost`, the browser keeps retrying), or answers again (`back`). */
  connection(state: 'lost' | 'back'): void;
}

/** How long to wait before opening a new stream when the browser gave up on one. */
const reopenMs = 2_000;

export function listen(handlers: LiveHandlers): void {
  let lost = false;
  const open = (): void => {
    const source = new EventSource('/crm/events');
    source.addEventListener('contacts', (event) =>
      handlers.contacts(JSON.parse((event as MessageEvent<string>).data) as Contact[]),
    );
    source.addEventListener('contact', (event) =>
      handlers.contact(JSON.parse((event as MessageEvent<string>).data) as Contact),
    );
    source.addEventListener('master-pages', () => handlers.masterPages());
    source.addEventListener('open', () => {
      if (!lost) return;
      lost = false;
      handlers.connection('back');
      // A restarted server starts over, and another tab may have changed a page meanwhile.
      handlers.masterPages();
    });
    source.addEventListener('error', () => {
      if (!lost) {
        lost = true;
        handlers.connection('lost');
      }
      // The browser retries a dropped stream by itself, but gives up on an answer that is not a stream.
      if (source.readyState === EventSource.CLOSED) setTimeout(open, reopenMs);
    });
  };
  open();
}
