import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/ui/site-header';
import { SiteFooter } from '@/components/ui/site-footer';
import { ProgressNotice } from '@/components/progress/progress-notice';
import { siteUrl } from '@/lib/site-url';
import { openGraphFor } from '@/lib/social-card';
import { themeScript } from '@/lib/theme-script';
import './globals.css';

const TITLE = 'Dockyard: containers on AWS';
const DESCRIPTION =
  'An interactive course on containers on AWS: containers vs VMs, Docker, Amazon ECS, Amazon EKS, Amazon ECR and AWS Fargate, with simulators that behave like the real services.';

export const metadata: Metadata = {
  metadataBase: siteUrl(process.env.SITE_URL),
  title: { default: TITLE, template: '%s · Dockyard' },
  description: DESCRIPTION,
  openGraph: openGraphFor({ title: TITLE, description: DESCRIPTION, subject: { kind: 'site' } }),
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent-700 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <ProgressNotice />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
