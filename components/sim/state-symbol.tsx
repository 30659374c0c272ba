import { cn } from '@/lib/cn';

export type SymbolName =
  | 'dashed-ring'
  | 'quarter'
  | 'half'
  | 'dot'
  | 'minus'
  | 'dashed-minus'
  | 'square'
  | 'cross'
  | 'cross-ring'
  | 'download'
  | 'ring'
  | 'check'
  | 'alert';

/**
 * State symbols drawn as SVG (◌ ● ✕ … as font glyphs render differently on every system).
 * Decorative: the state's word is always in the accessible name nearby.
 */
export function StateSymbol({ name, className }: { name: SymbolName; className?: string }) {
  const common = {
    viewBox: '0 0 20 20',
    'aria-hidden': true,
    className: cn('size-4 shrink-0', className),
  } as const;
  switch (name) {
    case 'dashed-ring':
      return (
        <svg {...common}>
          <circle
            cx="10"
            cy="10"
            r="7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeDasharray="3 2.9"
          />
        </svg>
      );
    case 'quarter':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 2.5A7.5 7.5 0 0 1 17.5 10H10Z" fill="currentColor" />
        </svg>
      );
    case 'half':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 2.5a7.5 7.5 0 0 1 0 15Z" fill="currentColor" />
        </svg>
      );
    case 'dot':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" fill="currentColor" />
        </svg>
      );
    case 'ring':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
        </svg>
      );
    case 'minus':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M6 10h8" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
      );
    case 'dashed-minus':
      return (
        <svg {...common}>
          <circle
            cx="10"
            cy="10"
            r="7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeDasharray="3 2.9"
          />
          <path d="M6 10h8" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
      );
    case 'square':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <rect x="6.5" y="6.5" width="7" height="7" rx="1" fill="currentColor" />
        </svg>
      );
    case 'check':
      return (
        <svg {...common}>
          <path
            d="m4 10.5 4 4 8-9"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
    case 'alert':
      return (
        <svg {...common}>
          <path
            d="M10 2.5 18 17H2Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
          <path d="M10 8v4.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="10" cy="14.8" r="1.2" fill="currentColor" />
        </svg>
      );
    case 'cross':
      return (
        <svg {...common}>
          <path d="m4.5 4.5 11 11m0-11-11 11" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
        </svg>
      );
    case 'cross-ring':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" fill="currentColor" />
          <path
            d="m6.7 6.7 6.6 6.6m0-6.6-6.6 6.6"
            stroke="var(--bg)"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </svg>
      );
    case 'download':
      return (
        <svg {...common}>
          <path
            d="M10 2.5v9.5m-4-4 4 4 4-4M3.5 16.5h13"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
}
