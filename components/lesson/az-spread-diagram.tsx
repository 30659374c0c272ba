/**
 * One big instance in one Availability Zone next to six copies spread over three instances in
 * three zones: the picture behind "why orchestration". Each side is its own SVG so the two stack on
 * a phone and stay readable; the caption says everything the pictures say.
 */

const W = 360;
const H = 300;
const TITLE_Y = 22;
const COPY_W = 44;
const COPY_H = 34;

function Copy({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={COPY_W}
        height={COPY_H}
        rx={6}
        className="fill-accent-200 dark:fill-accent-700"
      />
      <text
        x={x + COPY_W / 2}
        y={y + COPY_H / 2 + 5}
        textAnchor="middle"
        className="fill-current text-[14px] font-semibold"
      >
        web
      </text>
    </g>
  );
}

/** A dashed Availability Zone with its name at the top. */
function Zone({
  x,
  y,
  width,
  height,
  name,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  name: string;
}) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={10}
        fill="none"
        strokeWidth={2}
        strokeDasharray="6 4"
        className="stroke-[var(--fg-soft)]"
      />
      <text
        x={x + width / 2}
        y={y + 22}
        textAnchor="middle"
        className="fill-current text-[15px] font-semibold"
      >
        {name}
      </text>
    </g>
  );
}

/** An EC2 instance box, its type written along the top. */
function Instance({
  x,
  y,
  width,
  height,
  type,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  type: string;
}) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={8}
        strokeWidth={1.5}
        className="fill-[var(--bg-soft)] stroke-[var(--fg-soft)]"
      />
      <text x={x + width / 2} y={y + 20} textAnchor="middle" className="fill-current text-[14px]">
        {type}
      </text>
    </g>
  );
}

function Outcome({ lines }: { lines: readonly string[] }) {
  return (
    <text x={W / 2} y={H - 44} textAnchor="middle" className="fill-current text-[15px]">
      {lines.map((line, index) => (
        <tspan key={line} x={W / 2} dy={index === 0 ? 0 : 20}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function OneBigInstance() {
  const zone = { x: 70, y: 36, width: 220, height: 180 };
  const instance = { x: zone.x + 14, y: zone.y + 36, width: zone.width - 28, height: 118 };
  const copiesWidth = 3 * COPY_W + 2 * 12;
  const firstX = instance.x + (instance.width - copiesWidth) / 2;
  return (
    <g>
      <text x={0} y={TITLE_Y} className="fill-current text-[18px] font-bold">
        One big instance
      </text>
      <Zone {...zone} name="us-east-1a" />
      <Instance {...instance} type="m5.xlarge" />
      {[0, 1, 2].map((index) => (
        <Copy key={index} x={firstX + index * (COPY_W + 12)} y={instance.y + 52} />
      ))}
      <Outcome lines={['One instance or zone fails:', '0 of 3 copies left']} />
    </g>
  );
}

function SpreadAcrossZones() {
  const gap = 8;
  const zoneW = (W - 2 * gap) / 3;
  const zoneTop = 36;
  return (
    <g>
      <text x={0} y={TITLE_Y} className="fill-current text-[18px] font-bold">
        Spread across zones
      </text>
      {['1a', '1b', '1c'].map((suffix, index) => {
        const x = index * (zoneW + gap);
        const instance = { x: x + 6, y: zoneTop + 36, width: zoneW - 12, height: 118 };
        const copiesLeft = instance.x + (instance.width - (2 * COPY_W + 6)) / 2;
        return (
          <g key={suffix}>
            <Zone x={x} y={zoneTop} width={zoneW} height={180} name={`us-east-${suffix}`} />
            <Instance {...instance} type="m5.large" />
            <Copy x={copiesLeft} y={instance.y + 52} />
            <Copy x={copiesLeft + COPY_W + 6} y={instance.y + 52} />
          </g>
        );
      })}
      <Outcome lines={['One zone fails: 4 of 6 copies left,', 'replacements start in the others']} />
    </g>
  );
}

const panels = [
  {
    id: 'one',
    label:
      'One big instance: a single m5.xlarge instance in Availability Zone us-east-1a runs all three copies of the web app. If that instance or its zone fails, no copy is left.',
    Picture: OneBigInstance,
  },
  {
    id: 'spread',
    label:
      'Spread across zones: three m5.large instances, one in each of us-east-1a, us-east-1b and us-east-1c, each run two copies of the web app. If one zone fails, four of the six copies keep serving while replacements start in the other zones.',
    Picture: SpreadAcrossZones,
  },
] as const;

export function AzSpreadDiagram() {
  return (
    <figure className="wide my-8">
      <div className="grid max-w-4xl gap-6 sm:grid-cols-2">
        {panels.map(({ id, label, Picture }) => (
          <svg
            key={id}
            viewBox={`-4 0 ${W + 8} ${H}`}
            role="img"
            aria-label={label}
            className="h-auto w-full text-[var(--fg)]"
          >
            <Picture />
          </svg>
        ))}
      </div>
      <figcaption className="mt-3 max-w-[70ch] text-sm text-[var(--fg-soft)]">
        One big instance: one m5.xlarge instance in us-east-1a runs all three copies of the web app, so one
        instance or zone failure leaves none. Spread across zones: three m5.large instances, one per
        Availability Zone, run two copies each, so losing a zone leaves four of six serving while replacements
        start in the other zones.
      </figcaption>
    </figure>
  );
}
