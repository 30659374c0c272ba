/**
 * The syntax tree of a cluster query language expression (§4.3) and the typed literals that
 * ordered subjects compare (agent versions, registration dates, task counts).
 */
export type Subject =
  | { readonly kind: 'agentConnected' }
  | { readonly kind: 'agentVersion' }
  | { readonly kind: 'attribute'; readonly name: string }
  | { readonly kind: 'ec2InstanceId' }
  | { readonly kind: 'registeredAt' }
  | { readonly kind: 'runningTasksCount' }
  | { readonly kind: 'taskGroup' };

/** Operators in their symbol form; word forms (`equals`, `not_in`…) are normalised to these. */
export type Operator =
  '==' | '!=' | '>' | '>=' | '<' | '<=' | 'exists' | '!exists' | 'in' | '!in' | '=~' | '!~';

/** A comparable key: numbers compared left to right (versions have several, counts one). */
export interface Ordinal {
  readonly key: readonly number[];
  /** Dates: the precision the literal was written with; the instance's time is cut to it. */
  readonly unit?: 'day' | 'second';
}

export type QueryNode =
  | { readonly kind: 'and' | 'or'; readonly left: QueryNode; readonly right: QueryNode }
  | { readonly kind: 'not'; readonly operand: QueryNode }
  | {
      readonly kind: 'compare';
      readonly subject: Subject;
      readonly op: Operator;
      /** The literal arguments: none for exists, a list for in, else one. */
      readonly args: readonly string[];
      /** `=~` / `!~`: the argument compiled as a whole-string match (Java's `matches`). */
      readonly regex?: RegExp;
      /** Ordered subjects: the arguments as keys. */
      readonly ordinals?: readonly Ordinal[];
      /** Where the comparison starts in the source (0-based). */
      readonly at: number;
    };

export interface QueryError {
  /** A specific sentence: what was expected, what was found, and where (1-based position). */
  readonly message: string;
  /** 0-based offset of the problem in the source. */
  readonly at: number;
}

export type ParsedQuery =
  { readonly ok: true; readonly query: QueryNode } | { readonly ok: false; readonly error: QueryError };

export const SUBJECT_NAMES = [
  'agentConnected',
  'agentVersion',
  'attribute:NAME',
  'ec2InstanceId',
  'registeredAt',
  'runningTasksCount',
  'task:group',
] as const;

/**
 * The operators the developer guide lists as valid for each subject. `attribute:` takes all of
 * them; the guide lists none for `task:group`, which takes the set-like ones.
 */
export const OPERATORS_FOR: Readonly<Record<Subject['kind'], readonly Operator[]>> = {
  agentConnected: ['==', '!=', 'in', '!in', '=~', '!~'],
  ec2InstanceId: ['==', '!=', 'in', '!in', '=~', '!~'],
  agentVersion: ['==', '!=', '>', '>=', '<', '<='],
  registeredAt: ['==', '!=', '>', '>=', '<', '<='],
  runningTasksCount: ['==', '!=', '>', '>=', '<', '<='],
  attribute: ['==', '!=', '>', '>=', '<', '<=', 'exists', '!exists', 'in', '!in', '=~', '!~'],
  taskGroup: ['==', '!=', 'in', '!in', '=~', '!~', 'exists', '!exists'],
};

export function subjectText(subject: Subject): string {
  switch (subject.kind) {
    case 'attribute':
      return `attribute:${subject.name}`;
    case 'taskGroup':
      return 'task:group';
    default:
      return subject.kind;
  }
}

/** `1.14.5` → [1, 14, 5]; null when it is not dot-separated whole numbers. */
export function versionKey(text: string): number[] | null {
  const match = /^v?(\d+(?:\.\d+)*)$/.exec(text.trim());
  return match?.[1] === undefined ? null : match[1].split('.').map(Number);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The date formats the guide accepts for `registeredAt`: 2018-06-18T22:28:28+00:00,
 * 2018-06-18T22:28:28Z, 2018-06-18T22:28:28 (UTC) and 2018-06-18. Returns epoch ms, or null.
 */
export function dateOrdinal(text: string): Ordinal | null {
  const match = DATE.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  const valid =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!valid) return null;
  const zone = match[7];
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return { key: [ms - offset], unit: match[4] === undefined ? 'day' : 'second' };
}

/** The typed key of a literal for an ordered subject, or null when it is not of that type. */
export function ordinalOf(subject: Subject['kind'], text: string): Ordinal | null {
  if (subject === 'agentVersion') {
    const key = versionKey(text);
    return key === null ? null : { key };
  }
  if (subject === 'registeredAt') return dateOrdinal(text);
  if (subject === 'runningTasksCount') return /^\d+$/.test(text) ? { key: [Number(text)] } : null;
  return null;
}
