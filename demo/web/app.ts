// The CRM page's script: defines <oncelink-share>, renders the contacts and the admin panel, and applies live updates.
import '@oncelink/elements/define';
import { byId, h } from './dom.js';
import { recordCopiedLinks, showContacts, updateContact } from './contacts-table.js';
import { renderAdminPanel } from './admin-panel.js';
import { apiBase } from './api-base.js';
import { showConnection } from './connection-status.js';
import { listen } from './live.js';

byId('share-any').append(h('oncelink-share', { 'api-base': apiBase }));
listen({
  contacts: (contacts) => showContacts(contacts, apiBase),
  contact: updateContact,
  masterPages: () => void renderAdminPanel(),
  connection: showConnection,
});
recordCopiedLinks();
void renderAdminPanel();
