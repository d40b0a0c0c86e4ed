// A server component using the React wrapper directly: '@oncelink/elements/react' is a client module.
import { OnceLinkShare } from '@oncelink/elements/react';

const contact = { name: 'Ada Lovelace', email: 'ada@example.com' };

export default function Home() {
  return (
    <main>
      <h1>Server page</h1>
      <p>
        {contact.name} ({contact.email})
      </p>
      <OnceLinkShare
        apiBase="/api/oncehub"
        masterPage="MP-DYNAMIC0001"
        customerName={contact.name}
        customerEmail={contact.email}
      />
    </main>
  );
}
