/**
 * The classic picture of the two stacks, drawn as SVG so it stays sharp on a projector:
 * VMs each carry a guest OS on a hypervisor; containers share the host's kernel through a runtime.
 */
type Variant = 'vm' | 'container' | 'both';

const W = 360;
const LAYER_H = 40;
const GAP = 6;
const TITLE_H = 36;
/** The VM stack is the taller one: app, libraries, guest OS, hypervisor, hardware. */
const MAX_ROWS = 5;

interface Band {
  label: string;
  tone: 'hardware' | 'base' | 'runtime' | 'guest' | 'libs' | 'app';
}

const tones: Record<Band['tone'], string> = {
  hardware: 'fill-stone-300 dark:fill-stone-600',
  base: 'fill-sky-200 dark:fill-sky-800',
  runtime: 'fill-indigo-200 dark:fill-indigo-800',
  guest: 'fill-amber-200 dark:fill-amber-700',
  libs: 'fill-accent-100 dark:fill-accent-800',
  app: 'fill-accent-300 dark:fill-accent-600',
};

function Layer({ x, y, width, band }: { x: number; y: number; width: number; band: Band }) {
  return (
    <g>
      <rect x={x} y={y} width={width} height={LAYER_H} rx={6} className={tones[band.tone]} />
      <text
        x={x + width / 2}
        y={y + LAYER_H / 2 + 6}
        textAnchor="middle"
        className="fill-current text-[16px] font-semibold"
      >
        {band.label}
      </text>
    </g>
  );
}

function Stack({ kind, originX }: { kind: 'vm' | 'container'; originX: number }) {
  const columns = ['A', 'B', 'C'];
  const colWidth = (W - GAP * 2) / 3;
  const perColumn: Band[] =
    kind === 'vm'
      ? [
          { label: 'Bins/libs', tone: 'libs' },
          { label: 'Guest OS', tone: 'guest' },
        ]
      : [{ label: 'Bins/libs', tone: 'libs' }];
  const shared: Band[] =
    kind === 'vm'
      ? [{ label: 'Hypervisor', tone: 'runtime' }]
      : [
          { label: 'Container runtime', tone: 'runtime' },
          { label: 'Host OS and its kernel', tone: 'base' },
        ];
  const columnBands = [{ label: 'App', tone: 'app' } as Band, ...perColumn];
  const rows = columnBands.length + shared.length + 1;
  const top = TITLE_H + (MAX_ROWS - rows) * (LAYER_H + GAP);
  let y = top;
  const elements = [];
  for (const band of columnBands) {
    columns.forEach((column, index) =>
      elements.push(
        <Layer
          key={`${band.label}-${column}`}
          x={originX + index * (colWidth + GAP)}
          y={y}
          width={colWidth}
          band={{ ...band, label: band.tone === 'app' ? `App ${column}` : band.label }}
        />,
      ),
    );
    y += LAYER_H + GAP;
  }
  for (const band of [...shared, { label: 'Server hardware', tone: 'hardware' } as Band]) {
    elements.push(<Layer key={band.label} x={originX} y={y} width={W} band={band} />);
    y += LAYER_H + GAP;
  }
  return (
    <g>
      <text x={originX} y={22} className="fill-current text-[18px] font-bold">
        {kind === 'vm' ? 'Virtual machines' : 'Containers'}
      </text>
      {kind === 'vm' &&
        columns.map((column, index) => (
          <rect
            key={column}
            x={originX + index * (colWidth + GAP) - 2}
            y={top - 2}
            width={colWidth + 4}
            height={(LAYER_H + GAP) * 3 - GAP + 4}
            rx={8}
            fill="none"
            className="stroke-amber-600 dark:stroke-amber-400"
            strokeDasharray="5 4"
            strokeWidth={2}
          />
        ))}
      {elements}
    </g>
  );
}

const descriptions: Record<Variant, string> = {
  vm: 'Virtual machines: three apps, each with its own bins and libraries and its own guest operating system, on a hypervisor, on the server hardware.',
  container:
    'Containers: three apps, each with its own bins and libraries, on one container runtime, sharing the host operating system and its kernel, on the server hardware.',
  both: 'Virtual machines: each app has its own bins, libraries and guest operating system (each dashed box is one VM) on a hypervisor. Containers: each app packs only its bins and libraries, and all share the host operating system and its kernel through a container runtime.',
};

export function StackDiagram({ variant = 'both' }: { variant?: Variant }) {
  const kinds: Array<'vm' | 'container'> = variant === 'both' ? ['vm', 'container'] : [variant];
  const height = TITLE_H + MAX_ROWS * (LAYER_H + GAP);
  return (
    <figure className="wide my-8">
      <div className={kinds.length > 1 ? 'grid max-w-4xl gap-6 sm:grid-cols-2' : 'max-w-md'}>
        {kinds.map((kind) => (
          <svg
            key={kind}
            viewBox={`-4 0 ${W + 8} ${height}`}
            role="img"
            aria-label={descriptions[kind]}
            className="h-auto w-full text-[var(--fg)]"
          >
            <Stack kind={kind} originX={0} />
          </svg>
        ))}
      </div>
      <figcaption className="mt-3 max-w-[70ch] text-sm text-[var(--fg-soft)]">
        {descriptions[variant]}
      </figcaption>
    </figure>
  );
}
