'use client';
// A client component: events reach React as typed props (onOncelinkLinkCreated, onOncelinkCopy, ...).
import { useState } from 'react';
import { OnceLinkShare } from '@oncelink/elements/react';

export default function ClientPage() {
  const [made, setMade] = useState<string[]>([]);
  return (
    <main>
      <h1>Client page</h1>
      <OnceLinkShare
        apiBase="/api/oncehub"
        masterPage="MP-DYNAMIC0001"
        onOncelinkLinkCreated={(event) => setMade((urls) => [...urls, event.detail.link.url])}
      />
      <h2>Links made on this page</h2>
      <ul aria-label="Links made on this page">
        {made.map((url) => (
          <li key={url}>{url}</li>
        ))}
      </ul>
    </main>
  );
}
