import type { OptionLook } from './option-looks';

/** The shape at the end of an option's line, repeated in the card's heading: a second cue besides colour. */
export function LineMarker({
  look,
  x,
  y,
  size = 6,
}: {
  look: OptionLook;
  x: number;
  y: number;
  size?: number;
}) {
  const s = size;
  switch (look.marker) {
    case 'square':
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} className={look.fill} />;
    case 'circle':
      return <circle cx={x} cy={y} r={s} className={look.fill} />;
    case 'ring':
      return <circle cx={x} cy={y} r={s - 1} fill="none" strokeWidth={2.5} className={look.stroke} />;
    case 'triangle':
      return <path d={`M${x} ${y - s}L${x + s} ${y + s}L${x - s} ${y + s}Z`} className={look.fill} />;
    case 'diamond':
      return <path d={`M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`} className={look.fill} />;
    case 'bar':
      return <rect x={x - s} y={y - s / 2.5} width={s * 2} height={(s * 2) / 2.5} className={look.fill} />;
    default: {
      const never: never = look.marker;
      return never;
    }
  }
}

/** The marker and a sample of the line's dash, for headings and legends. */
export function LineSwatch({ look }: { look: OptionLook }) {
  return (
    <svg viewBox="0 0 44 16" width={44} height={16} aria-hidden="true" className="shrink-0">
      <path
        d="M2 8h30"
        fill="none"
        strokeWidth={3}
        strokeDasharray={look.dash}
        strokeLinecap="round"
        className={look.stroke}
      />
      <LineMarker look={look} x={36} y={8} size={5} />
    </svg>
  );
}
