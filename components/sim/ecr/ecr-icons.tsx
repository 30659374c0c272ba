import { cn } from '@/lib/cn';

/** Icons of the ECR picture, drawn as SVG. Decorative: the word is always next to them. */
const paths = {
  /** A padlock: tags that cannot move (IMMUTABLE). */
  lock: 'M6 9V6.5a4 4 0 0 1 8 0V9M4.5 9h11v8.5h-11ZM10 12.5v2',
  /** An open padlock: tags that can move (MUTABLE). */
  unlock: 'M6 9V6.5a4 4 0 0 1 7.7-1.5M4.5 9h11v8.5h-11ZM10 12.5v2',
  /** A laptop. */
  laptop: 'M4 4.5h12v8.5H4ZM1.5 15.5h17',
  /** A registry: a stack of stored disks. */
  registry:
    'M3.5 5c0-1.4 2.9-2.5 6.5-2.5s6.5 1.1 6.5 2.5v10c0 1.4-2.9 2.5-6.5 2.5S3.5 16.4 3.5 15ZM3.5 5c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5M3.5 10c0 1.4 2.9 2.5 6.5 2.5s6.5-1.1 6.5-2.5',
  /** A box with a lid: the archive storage class. */
  archive: 'M2.5 4h15v3.5h-15ZM4 7.5h12v9H4ZM8 10.5h4',
  /** A shield: a vulnerability scan. */
  shield: 'M10 2.5 16 5v4.5c0 4-2.7 6.8-6 8-3.3-1.2-6-4-6-8V5Z',
  /** Two overlapping sheets: a layer stored once and used by two images. */
  shared: 'M3 7.5h9.5v9H3ZM7.5 7.5V3.5H17v9h-4.5',
  /** A stack of platform manifests: an image index. */
  index: 'M3 3.5h9v9H3ZM6 12.5V15.5h9v-9h-3M9 15.5v2h8.5v-8.5h-2',
} as const;

export type EcrIconName = keyof typeof paths;

export function EcrIcon({ name, className }: { name: EcrIconName; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className={cn('size-4 shrink-0', className)}>
      <path
        d={paths[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
