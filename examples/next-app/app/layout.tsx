// The root layout every page of the example shares.
import type { ReactNode } from 'react';

export const metadata = { title: 'OnceLink with Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <a href="/">Server page</a> · <a href="/client">Client page</a>
        </nav>
        {children}
      </body>
    </html>
  );
}
