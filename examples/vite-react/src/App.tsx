// A contact list with one OnceLink pop-up per contact, prefilled so the link is personalised.
import { useState } from 'react';
import { OnceLinkShare } from '@oncelink/elements/react';

const contacts = [
  { name: 'Ada Lovelace', email: 'ada@example.com' },
  { name: 'Grace Hopper', email: 'grace@example.com' },
];

export function App() {
  const [last, setLast] = useState<string>();
  return (
    <main>
      <h1>Contacts</h1>
      <ul>
        {contacts.map((contact) => (
          <li key={contact.email}>
            {contact.name}{' '}
            <OnceLinkShare
              apiBase="/api/oncehub"
              masterPage="MP-DYNAMIC0001"
              customerName={contact.name}
              customerEmail={contact.email}
              onOncelinkLinkCreated={(event) => setLast(event.detail.link.url)}
            />
          </li>
        ))}
      </ul>
      {last && <p role="status">Last link made: {last}</p>}
    </main>
  );
}
