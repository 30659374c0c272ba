import { cn } from '@/lib/cn';

export type Status = 'done' | 'in-progress' | 'todo' | 'next' | 'correct' | 'wrong' | 'warning';

/** Status symbols drawn as SVG (font glyphs render differently everywhere). Decorative: pair with text. */
export function StatusIcon({ status, className }: { status: Status; className?: string }) {
  const common = { viewBox: '0 0 20 20', 'aria-hidden': true, className: cn('shrink-0', className) } as const;
  switch (status) {
    case 'done':
    case 'correct':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="m5.8 10.3 2.8 2.8 5.6-6" fill="none" stroke="var(--bg)" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'wrong':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="m6.5 6.5 7 7m0-7-7 7" stroke="var(--bg)" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      );
    case 'in-progress':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 2a8 8 0 0 1 0 16Z" fill="currentColor" />
        </svg>
      );
    case 'next':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M8 6v8l6-4Z" fill="var(--bg)" />
        </svg>
      );
    case 'warning':
      return (
        <svg {...common}>
          <path d="M10 2 19 18H1Z" fill="currentColor" />
          <path d="M10 8v4.5m0 2.5v.5" stroke="var(--bg)" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
    case 'todo':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
