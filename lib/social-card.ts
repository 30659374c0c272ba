/**
 * Open Graph images: one card per lesson and per simulator, and one for everything else, drawn
 * after `next build` into `out/og/` (scripts/build-social-cards.tsx). Pages name them here.
 */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

export type SocialCardSubject = { kind: 'site' } | { kind: 'lesson'; slug: string } | { kind: 'simulator'; id: string };

export function socialCardPath(subject: SocialCardSubject): string {
  switch (subject.kind) {
    case 'site':
      return '/og/dockyard.png';
    case 'lesson':
      return `/og/lessons/${subject.slug}.png`;
    case 'simulator':
      return `/og/simulators/${subject.id}.png`;
    default: {
      const unknown: never = subject;
      throw new Error(`Unknown social card subject ${JSON.stringify(unknown)}`);
    }
  }
}

/** The `openGraph` metadata of a page: Next replaces the layout's whole object, so each page gives all of it. */
export function openGraphFor(page: { title: string; description: string; subject: SocialCardSubject }) {
  return {
    siteName: 'Dockyard',
    type: 'website' as const,
    title: page.title,
    description: page.description,
    images: [{ url: socialCardPath(page.subject), ...SOCIAL_CARD_SIZE, alt: `${page.title}, on Dockyard` }],
  };
}
