import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { themeScript } from '@/lib/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Dockyard: containers on AWS', template: '%s · Dockyard' },
  description:
    'An interactive course on containers on AWS: containers vs VMs, Docker, Amazon ECS, Amazon EKS, Amazon ECR and AWS Fargate, with simulators that behave like the real services.',
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
