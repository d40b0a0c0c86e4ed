// The CRM page's own endpoint: records that a booking link was sent to a contact.
import type { ContactBook } from './contacts.js';
import { json, readOwnJson } from './http-util.js';

export function createCrmRoutes(contacts: ContactBook, ownOrigin: () => string) {
  async function linkSent(request: Request, id: string): Promise<Response> {
    const body = await readOwnJson(request, ownOrigin(), '{}');
    if (body instanceof Response) return body;
    const contact = contacts.markLinkSent(id);
    if (!contact) return json(404, { error: `No contact ${id}.` });
    return json(200, { data: contact });
  }
  return { linkSent };
}
