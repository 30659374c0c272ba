/**
 * How a deployment moves production traffic and tasks from the old revision to the new one, step
 * by step, drawn as one bar per step (share of traffic) with the task counts written beside it.
 * A server component: static pictures, no engine. Every figure in the picture is also in the
 * caption, so nothing is only visual.
 */
export type DeploymentKind = 'rolling' | 'blue-green' | 'canary' | 'linear';

interface Step {
  /** When, in words: "Start", "After 5 minutes"… */
  readonly when: string;
  /** What happens at this step. */
  readonly what: string;
  /** Percentage of production traffic on the new revision (the rest is on the old one). */
  readonly newShare: number;
  readonly oldTasks: number;
  readonly newTasks: number;
}

interface Picture {
  readonly title: string;
  readonly steps: readonly Step[];
  readonly note: string;
}

/** Four tasks in every picture, so the pictures can be compared with the worked examples. */
const PICTURES: Record<DeploymentKind, Picture> = {
  rolling: {
    title: 'Rolling update, 4 tasks, minimumHealthyPercent 100, maximumPercent 200',
    steps: [
      { when: 'Start', what: '4 old tasks serve', newShare: 0, oldTasks: 4, newTasks: 0 },
      { when: 'Update', what: '4 new tasks start (8 = 200 %)', newShare: 0, oldTasks: 4, newTasks: 4 },
      { when: 'Halfway', what: '2 new healthy, 2 old draining', newShare: 50, oldTasks: 4, newTasks: 4 },
      {
        when: 'All new healthy',
        what: 'all 4 old deregistered, draining',
        newShare: 100,
        oldTasks: 4,
        newTasks: 4,
      },
      { when: 'Old tasks stopped', what: 'drained and stopped', newShare: 100, oldTasks: 0, newTasks: 4 },
    ],
    note: 'One set of tasks, replaced in place. For each new task that passes its health checks, ECS deregisters one old task, so the traffic share follows the number of healthy targets of each revision. Deregistered old tasks still exist while they drain.',
  },
  'blue-green': {
    title: 'Blue/green, all at once, 4 tasks',
    steps: [
      { when: 'Start', what: 'blue serves all traffic', newShare: 0, oldTasks: 4, newTasks: 0 },
      {
        when: 'Green ready',
        what: 'full-size green, test traffic only',
        newShare: 0,
        oldTasks: 4,
        newTasks: 4,
      },
      { when: 'Switch', what: 'production listener moves to green', newShare: 100, oldTasks: 4, newTasks: 4 },
      { when: 'After the bake time', what: 'blue is terminated', newShare: 100, oldTasks: 0, newTasks: 4 },
    ],
    note: 'Two full-size task sets behind two target groups. Until blue is terminated, rolling back is one more listener switch.',
  },
  canary: {
    title: 'Canary, 10 % for 5 minutes, 4 tasks',
    steps: [
      { when: 'Start', what: 'blue serves all traffic', newShare: 0, oldTasks: 4, newTasks: 0 },
      { when: 'Canary', what: '10 % of requests go to green', newShare: 10, oldTasks: 4, newTasks: 4 },
      {
        when: 'After 5 minutes',
        what: 'the other 90 % move at once',
        newShare: 100,
        oldTasks: 4,
        newTasks: 4,
      },
      { when: 'After the wait', what: 'blue is terminated', newShare: 100, oldTasks: 0, newTasks: 4 },
    ],
    note: 'Traffic moves in exactly two steps. The shares are load balancer weights, not task counts: green runs at full size from the start.',
  },
  linear: {
    title: 'Linear, 25 % per step, 4 tasks',
    steps: [
      { when: 'Start', what: 'blue serves all traffic', newShare: 0, oldTasks: 4, newTasks: 0 },
      { when: 'Step 1', what: '25 % to green', newShare: 25, oldTasks: 4, newTasks: 4 },
      { when: 'Step 2', what: '50 % to green', newShare: 50, oldTasks: 4, newTasks: 4 },
      { when: 'Step 3', what: '75 % to green', newShare: 75, oldTasks: 4, newTasks: 4 },
      { when: 'Step 4', what: '100 % to green', newShare: 100, oldTasks: 4, newTasks: 4 },
      { when: 'After the bake time', what: 'blue is terminated', newShare: 100, oldTasks: 0, newTasks: 4 },
    ],
    note: 'Equal steps with a wait after each one. Each step is a chance for an alarm to stop the deployment and send all traffic back to blue.',
  },
};

const W = 360;
const ROW_H = 78;
const BAR_H = 24;
const TOP = 8;
/** Segments narrower than this carry no number inside; the line above always says the shares. */
const MIN_LABEL_WIDTH = 96;

function oldName(kind: DeploymentKind) {
  return kind === 'rolling' ? 'old' : 'blue';
}

function newName(kind: DeploymentKind) {
  return kind === 'rolling' ? 'new' : 'green';
}

function stepSentence(kind: DeploymentKind, step: Step) {
  return `${step.when}: ${step.what}. Traffic ${100 - step.newShare} % ${oldName(kind)}, ${step.newShare} % ${newName(kind)}; tasks ${step.oldTasks} ${oldName(kind)}, ${step.newTasks} ${newName(kind)}.`;
}

function Row({ kind, step, index }: { kind: DeploymentKind; step: Step; index: number }) {
  const y = TOP + index * ROW_H;
  const newWidth = (W * step.newShare) / 100;
  const oldWidth = W - newWidth;
  const barY = y + 40;
  return (
    <g>
      <text x={0} y={y + 16} className="fill-current text-[15px] font-semibold">
        {step.when}
      </text>
      <text x={W} y={y + 16} textAnchor="end" className="fill-current text-[14px]">
        {`tasks: ${step.oldTasks} ${oldName(kind)}, ${step.newTasks} ${newName(kind)}`}
      </text>
      <text x={0} y={y + 34} className="fill-[var(--fg-soft)] text-[14px]">
        {step.what}
      </text>
      {oldWidth > 0 && (
        <rect
          x={0}
          y={barY}
          width={oldWidth}
          height={BAR_H}
          rx={4}
          className="fill-sky-200 dark:fill-sky-800"
        />
      )}
      {newWidth > 0 && (
        <rect
          x={oldWidth}
          y={barY}
          width={newWidth}
          height={BAR_H}
          rx={4}
          className="fill-accent-300 stroke-accent-700 dark:fill-accent-700 dark:stroke-accent-300"
          strokeWidth={1.5}
          strokeDasharray="6 3"
        />
      )}
      {oldWidth >= MIN_LABEL_WIDTH && (
        <text x={8} y={barY + 17} className="fill-current text-[13px] font-semibold">
          {`${oldName(kind)} ${100 - step.newShare} %`}
        </text>
      )}
      {newWidth >= MIN_LABEL_WIDTH && (
        <text x={W - 8} y={barY + 17} textAnchor="end" className="fill-current text-[13px] font-semibold">
          {`${newName(kind)} ${step.newShare} %`}
        </text>
      )}
      {oldWidth > 0 && oldWidth < MIN_LABEL_WIDTH && (
        <text x={oldWidth + 6} y={barY + 17} className="fill-current text-[13px] font-semibold">
          {`← ${oldName(kind)} ${100 - step.newShare} %`}
        </text>
      )}
      {newWidth > 0 && newWidth < MIN_LABEL_WIDTH && (
        <text
          x={oldWidth - 6}
          y={barY + 17}
          textAnchor="end"
          className="fill-current text-[13px] font-semibold"
        >
          {`${newName(kind)} ${step.newShare} % →`}
        </text>
      )}
    </g>
  );
}

function Legend({ kind }: { kind: DeploymentKind }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-[var(--fg-soft)]">
      <li className="flex items-center gap-2">
        <svg width="22" height="14" aria-hidden="true">
          <rect width="22" height="14" rx="3" className="fill-sky-200 dark:fill-sky-800" />
        </svg>
        {kind === 'rolling' ? 'Old revision (web:1)' : 'Blue: the running revision'}
      </li>
      <li className="flex items-center gap-2">
        <svg width="22" height="14" aria-hidden="true">
          <rect
            x="1"
            y="1"
            width="20"
            height="12"
            rx="3"
            strokeWidth="1.5"
            strokeDasharray="6 3"
            className="fill-accent-300 stroke-accent-700 dark:fill-accent-700 dark:stroke-accent-300"
          />
        </svg>
        {kind === 'rolling'
          ? 'New revision (web:2), dashed outline'
          : 'Green: the new revision, dashed outline'}
      </li>
    </ul>
  );
}

/** `<DeploymentDiagram kind="canary" />`: the share of production traffic and the tasks at each step. */
export function DeploymentDiagram({ kind }: { kind: DeploymentKind }) {
  const picture = PICTURES[kind];
  const height = TOP + picture.steps.length * ROW_H;
  const description = `${picture.title}. ${picture.steps.map((step) => stepSentence(kind, step)).join(' ')}`;
  return (
    <figure className="my-8 max-w-md">
      <p className="mb-2 text-base font-semibold">{picture.title}</p>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label={description}
        className="h-auto w-full text-[var(--fg)]"
      >
        {picture.steps.map((step, index) => (
          <Row key={step.when} kind={kind} step={step} index={index} />
        ))}
      </svg>
      <Legend kind={kind} />
      <figcaption className="mt-3 max-w-[70ch] text-sm text-[var(--fg-soft)]">{picture.note}</figcaption>
    </figure>
  );
}
