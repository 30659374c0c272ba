/**
 * Who uses which IAM role in Amazon ECS: one card per role, each showing the caller, the role and
 * what it is for. Cards stack on a phone and sit side by side on a wide screen; the caption says
 * everything the cards say.
 */

const W = 300;
const H = 240;
const BOX_H = 58;
const PAD = 12;

interface RoleCard {
  readonly caller: string;
  readonly role: string;
  readonly field: string;
  /** Where the role is set, for the caption. */
  readonly where: string;
  readonly uses: readonly string[];
}

const cards: readonly RoleCard[] = [
  {
    caller: 'ECS agent on the instance',
    role: 'Container instance role',
    field: 'ecsInstanceRole',
    where: 'conventionally ecsInstanceRole, attached to the EC2 instance through an instance profile',
    uses: ['Register the instance, report', 'state; on EC2 also pull ECR', 'images and send logs'],
  },
  {
    caller: 'ECS or Fargate, for a task',
    role: 'Task execution role',
    field: 'executionRoleArn',
    where: 'set as executionRoleArn in the task definition',
    uses: ['Pull private images, send', 'awslogs logs, fetch secrets,', 'before your code runs'],
  },
  {
    caller: 'Your code in the container',
    role: 'Task role',
    field: 'taskRoleArn',
    where: 'set as taskRoleArn in the task definition',
    uses: ['Call AWS services such as', 'Amazon S3 or DynamoDB from', 'your application'],
  },
];

function Card({ card }: { card: RoleCard }) {
  const roleTop = 4 + BOX_H + 30;
  const usesTop = roleTop + BOX_H + 28;
  return (
    <g>
      <rect
        x={2}
        y={4}
        width={W - 4}
        height={BOX_H}
        rx={8}
        strokeWidth={2}
        className="fill-[var(--bg-soft)] stroke-[var(--border)]"
      />
      <text x={PAD} y={26} className="fill-[var(--fg-soft)] text-[14px]">
        Used by
      </text>
      <text x={PAD} y={48} className="fill-current text-[16px] font-semibold">
        {card.caller}
      </text>
      <path
        d={`M ${W / 2} ${4 + BOX_H + 4} V ${roleTop - 6} M ${W / 2 - 7} ${roleTop - 13} L ${W / 2} ${roleTop - 5} L ${W / 2 + 7} ${roleTop - 13}`}
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <rect
        x={2}
        y={roleTop}
        width={W - 4}
        height={BOX_H}
        rx={8}
        className="fill-accent-100 dark:fill-accent-800"
      />
      <text x={PAD} y={roleTop + 24} className="fill-current text-[17px] font-bold">
        {card.role}
      </text>
      <text x={PAD} y={roleTop + 46} className="fill-current font-mono text-[14px]">
        {card.field}
      </text>
      <text x={PAD} y={usesTop} className="fill-current text-[15px]">
        {card.uses.map((line, index) => (
          <tspan key={line} x={PAD} dy={index === 0 ? 0 : 20}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function describe(card: RoleCard): string {
  return `${card.role}, ${card.where}. Used by: ${card.caller}. For: ${card.uses.join(' ')}.`;
}

export function EcsRolesDiagram() {
  return (
    <figure className="wide my-8">
      <div className="grid max-w-4xl gap-4 md:grid-cols-3">
        {cards.map((card) => (
          <svg
            key={card.role}
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-label={describe(card)}
            className="h-auto w-full max-w-sm text-[var(--fg)]"
          >
            <Card card={card} />
          </svg>
        ))}
      </div>
      <figcaption className="mt-3 max-w-[70ch] text-sm text-[var(--fg-soft)]">
        {cards.map(describe).join(' ')}
      </figcaption>
    </figure>
  );
}
