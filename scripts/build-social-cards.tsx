/**
 * After `next build`: draws the Open Graph images pages name through lib/social-card.ts into
 * `out/og/`: the course, each lesson and each simulator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ImageResponse } from 'next/og';
import { comparePage, simulatorCatalog } from '../components/sim/simulator-catalog';
import { loadCourseOutline } from '../lib/content/course';
import { SOCIAL_CARD_SIZE, socialCardPath, type SocialCardSubject } from '../lib/social-card';

const ACCENT = '#0f5f5a';
const INK = '#1b1f24';
const SOFT = '#4b5563';

interface Card {
  readonly subject: SocialCardSubject;
  readonly eyebrow: string;
  readonly title: string;
  readonly summary: string;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length))}…`;
}

function CardImage({ card }: { card: Card }) {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', background: '#ffffff' }}>
      <div style={{ display: 'flex', width: 28, height: '100%', background: ACCENT }} />
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '64px 72px' }}>
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: ACCENT }}>Dockyard · containers on AWS</div>
        <div style={{ display: 'flex', marginTop: 72, fontSize: 30, color: SOFT, textTransform: 'uppercase', letterSpacing: 2 }}>
          {card.eyebrow}
        </div>
        <div style={{ display: 'flex', marginTop: 16, fontSize: 72, fontWeight: 700, color: INK, lineHeight: 1.1 }}>
          {clip(card.title, 60)}
        </div>
        <div style={{ display: 'flex', marginTop: 28, fontSize: 32, color: SOFT, lineHeight: 1.35 }}>{clip(card.summary, 170)}</div>
      </div>
    </div>
  );
}

function cards(): Card[] {
  const outline = loadCourseOutline();
  return [
    {
      subject: { kind: 'site' },
      eyebrow: `${outline.lessons.length} lessons · simulators · practice`,
      title: outline.title,
      summary: outline.tagline,
    },
    ...outline.lessons.map((lesson) => ({
      subject: { kind: 'lesson', slug: lesson.slug } as const,
      eyebrow: `Lesson ${lesson.number} · ${lesson.moduleTitle}`,
      title: lesson.title,
      summary: lesson.summary,
    })),
    ...[...simulatorCatalog, comparePage].map((simulator) => ({
      subject: { kind: 'simulator', id: simulator.id } as const,
      eyebrow: 'Simulator',
      title: simulator.title,
      summary: simulator.summary,
    })),
  ];
}

async function main() {
  const all = cards();
  for (const card of all) {
    const file = join('out', socialCardPath(card.subject));
    mkdirSync(dirname(file), { recursive: true });
    const image = new ImageResponse(<CardImage card={card} />, SOCIAL_CARD_SIZE);
    writeFileSync(file, Buffer.from(await image.arrayBuffer()));
  }
  console.log(`Social cards: ${all.length} Open Graph images in out/og/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
