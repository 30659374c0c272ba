import {
  mib,
  PLAYGROUND_INSTANCES,
  STRATEGY_OUTCOMES,
  tasksOn,
  WEB_TASK_MEMORY,
  type StrategyOutcome,
} from './placement-compare-data';

/**
 * The placement playground's four instances twice, once per strategy, with the three new web tasks
 * drawn where the engine puts them. Static: the numbers come from placement-compare-data.ts, which
 * a test checks against the engine, so this ships no engine code.
 */

const W = 360;
const ROW_H = 104;
const TOP = 38;
const CHIP_W = 56;
const CHIP_H = 28;
const CHIP_GAP = 4;
const BAR_W = W - 8;

function Chip({ x, y, label, isNew }: { x: number; y: number; label: string; isNew: boolean }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={CHIP_W}
        height={CHIP_H}
        rx={5}
        className={
          isNew
            ? 'fill-accent-700 dark:fill-accent-300'
            : 'fill-stone-200 stroke-stone-500 dark:fill-stone-700 dark:stroke-stone-400'
        }
        strokeWidth={isNew ? 0 : 1}
      />
      <text
        x={x + CHIP_W / 2}
        y={y + CHIP_H / 2 + 6}
        textAnchor="middle"
        className={`text-[16px] font-semibold ${isNew ? 'fill-white dark:fill-stone-900' : 'fill-current'}`}
      >
        {label}
      </text>
    </g>
  );
}

function InstanceRow({ outcome, index, y }: { outcome: StrategyOutcome; index: number; y: number }) {
  const instance = PLAYGROUND_INSTANCES[index]!;
  const added = tasksOn(outcome, index);
  const after = instance.memoryLeft - added.length * WEB_TASK_MEMORY;
  const usedBefore = instance.registeredMemory - instance.memoryLeft;
  const scale = BAR_W / instance.registeredMemory;
  const chips = [
    ...Array.from({ length: instance.cacheTasks }, () => ({ label: 'cache', isNew: false })),
    ...added.map((task) => ({ label: `web ${task}`, isNew: true })),
  ];
  return (
    <g>
      <text x={0} y={y + 17} className="fill-current text-[17px] font-semibold">
        {`${instance.type} · ${instance.az}`}
      </text>
      {chips.map((chip, i) => (
        <Chip key={i} x={i * (CHIP_W + CHIP_GAP)} y={y + 26} label={chip.label} isNew={chip.isNew} />
      ))}
      {chips.length === 0 && (
        <text x={0} y={y + 46} className="fill-[var(--fg-soft)] text-[16px]">
          no tasks
        </text>
      )}
      <rect
        x={0}
        y={y + 62}
        width={BAR_W}
        height={8}
        rx={4}
        className="fill-stone-100 stroke-stone-400 dark:fill-stone-800"
        strokeWidth={1}
      />
      <rect
        x={0}
        y={y + 62}
        width={usedBefore * scale}
        height={8}
        rx={4}
        className="fill-stone-400 dark:fill-stone-500"
      />
      <rect
        x={usedBefore * scale}
        y={y + 62}
        width={added.length * WEB_TASK_MEMORY * scale}
        height={8}
        className="fill-accent-700 dark:fill-accent-300"
      />
      <text x={0} y={y + 90} className="fill-[var(--fg-soft)] text-[16px]">
        {added.length === 0
          ? `Memory left ${mib(instance.memoryLeft)} MiB, no new task`
          : `Memory left ${mib(instance.memoryLeft)} → ${mib(after)} MiB`}
      </text>
    </g>
  );
}

function describe(outcome: StrategyOutcome): string {
  const parts = PLAYGROUND_INSTANCES.flatMap((instance, index) => {
    const added = tasksOn(outcome, index);
    if (added.length === 0) return [];
    const after = instance.memoryLeft - added.length * WEB_TASK_MEMORY;
    const which = added.length === 1 ? `task ${added[0]}` : `tasks ${added.join(', ')}`;
    return [
      `${which} on the ${instance.type} in ${instance.az} (${mib(instance.memoryLeft)} to ${mib(after)} MiB left)`,
    ];
  });
  return `${outcome.title}: ${parts.join('; ')}.`;
}

function StrategyPanel({ outcome }: { outcome: StrategyOutcome }) {
  const height = TOP + PLAYGROUND_INSTANCES.length * ROW_H;
  return (
    <svg
      viewBox={`-4 0 ${W + 8} ${height}`}
      role="img"
      aria-label={describe(outcome)}
      className="h-auto w-full text-[var(--fg)]"
    >
      <text x={0} y={24} className="fill-current text-[19px] font-bold">
        {outcome.title}
      </text>
      {PLAYGROUND_INSTANCES.map((instance, index) => (
        <InstanceRow
          key={`${instance.type}-${instance.az}`}
          outcome={outcome}
          index={index}
          y={TOP + index * ROW_H}
        />
      ))}
    </svg>
  );
}

export function PlacementCompare() {
  return (
    <figure className="wide my-8">
      <div className="grid max-w-4xl gap-8 sm:grid-cols-2">
        {STRATEGY_OUTCOMES.map((outcome) => (
          <StrategyPanel key={outcome.id} outcome={outcome} />
        ))}
      </div>
      <figcaption className="mt-3 max-w-[70ch] text-sm text-[var(--fg-soft)]">
        The same four instances and the next three web tasks (512 MiB each), numbered in the order ECS placed
        them; grey chips are cache tasks already running, and the bars show memory used. Binpack on memory
        puts all three on the m5.large in us-east-1b, the instance with the least memory left, which drops
        from 1,841 to 305 MiB while the other three stay untouched. Spread across Availability Zones puts one
        in each zone: the m5.large in us-east-1b, the t3.large in us-east-1a and the m5.xlarge in us-east-1c.
        Spread only balances zones: which zone comes first and which of the two us-east-1a instances gets its
        task are ties that ECS breaks by chance, so another run may pick the t3.medium instead.
      </figcaption>
    </figure>
  );
}
