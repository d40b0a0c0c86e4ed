// The CRM page's own endpoint: records that a booking link was sent to a contact.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContactBook } from './contacts.js';
import { readOwnJson, sendJson } from './http-util.js';

export function createCrmRoutes(contacts: ContactBook, ownOrigin: () => string) {
  async function linkSent(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    if (!(await readOwnJson(req, res, ownOrigin(), '{}'))) return;
    const contact = contacts.markLinkSent(id);
    if (!contact) return sendJson(res, 404, { error: `No contact ${id}.` });
    sendJson(res, 200, { data: contact });
  }
  return { linkSent };
}
