/** Control icons drawn as SVG; each button carries its own accessible name. */
const paths = {
  play: 'M7 4.5v11l9-5.5Z',
  pause: 'M6 4h3v12H6Zm5 0h3v12h-3Z',
  stepForward: 'M4 4.5v11l8-5.5Zm9-.5h3v12h-3Z',
  stepBack: 'M16 4.5v11L8 10Zm-9-.5H4v12h3Z',
  reset: 'M10 3.5a6.5 6.5 0 1 1-6.3 5H1.5L5 4.5l3.5 4H6.2A4 4 0 1 0 10 6Z',
  dice: 'M4 3h12a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm2.5 2.5a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Zm7 0a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4ZM10 8.8a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Zm-3.5 3.3a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Zm7 0a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Z',
  link: 'M8.5 11.5a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-3 3a3 3 0 0 0 4.2 4.2l1-1',
  expand: 'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5',
  keyboard: 'M2.5 5h15v10h-15Zm3 3h1m2 0h1m2 0h1m2 0h1M6 12h8',
} as const;

export type SimIconName = keyof typeof paths;

const stroked: SimIconName[] = ['link', 'expand', 'keyboard'];

export function SimIcon({ name, className = 'size-5' }: { name: SimIconName; className?: string }) {
  const isStroke = stroked.includes(name);
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className={className}>
      <path
        d={paths[name]}
        fill={isStroke ? 'none' : 'currentColor'}
        stroke={isStroke ? 'currentColor' : 'none'}
        strokeWidth={isStroke ? 1.8 : 0}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
