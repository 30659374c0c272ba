import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
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
      {/* The course's header and footer come from app/(site)/layout.tsx; embeds (app/embed) have none. */}
      <body className="flex min-h-screen flex-col antialiased">{children}</body>
    </html>
  );
}
