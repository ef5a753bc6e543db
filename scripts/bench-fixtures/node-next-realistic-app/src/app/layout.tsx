import type { ReactNode } from 'react';
import { Providers } from '@/components/Providers';
import { Nav } from '@/components/Nav';

export const metadata = { title: 'Bench Next.js app' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <Nav />
          {children}
        </Providers>
      </body>
    </html>
  );
}
