import { ACCOUNT_ID, REGION } from '../../../sim/ecs/catalog';
import type { EcsState, LogEvent } from '../../../sim/ecs/types';
import { fail, print } from '../../types';
import { withHint } from '../../suggest';
import { formatChoices } from '../../table';
import { awsUsageError } from '../../vm/aws-format';
import { epochMillis, isoTimestamp } from '../format/aws-json';
import { derivedHex } from '../format/derived-ids';
import { apiError, bool, dispatch, int, param, printJson, str, strings, type Operation } from '../operation';

/** `aws logs`: the log groups the awslogs driver writes to, and `aws logs tail`. */

const groupArn = (name: string): string => `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:${name}`;

const groupMissing = (api: string, state: EcsState) =>
  apiError(
    api,
    'ResourceNotFoundException',
    'The specified log group does not exist.',
    state.logGroups.length === 0
      ? 'there are no log groups yet: aws logs create-log-group --log-group-name NAME.'
      : `log groups here: ${state.logGroups.join(', ')}.`,
  );

const createLogGroup: Operation = {
  name: 'create-log-group',
  api: 'CreateLogGroup',
  summary: 'create the log group an awslogs container writes to',
  params: [param('--log-group-name', 'logGroupName', 'string', true)],
  run(input) {
    return dispatch(
      'CreateLogGroup',
      { type: 'CreateLogGroup', logGroupName: str(input, 'logGroupName') ?? '' },
      () => '',
    );
  },
};

const describeLogGroups: Operation = {
  name: 'describe-log-groups',
  api: 'DescribeLogGroups',
  summary: 'list log groups',
  params: [param('--log-group-name-prefix', 'logGroupNamePrefix', 'string')],
  run(input, { state }) {
    const prefix = str(input, 'logGroupNamePrefix') ?? '';
    return printJson({
      logGroups: state.logGroups
        .filter((name) => name.startsWith(prefix))
        .sort()
        .map((name) => {
          const events = state.logs.filter((event) => event.group === name);
          return {
            logGroupName: name,
            creationTime: epochMillis(0),
            metricFilterCount: 0,
            arn: `${groupArn(name)}:*`,
            storedBytes: events.reduce((sum, event) => sum + event.message.length + 26, 0),
            logGroupClass: 'STANDARD',
            logGroupArn: groupArn(name),
          };
        }),
    });
  },
};

function streamsOf(state: EcsState, group: string): { name: string; events: LogEvent[] }[] {
  const byStream = new Map<string, LogEvent[]>();
  for (const event of state.logs) {
    if (event.group !== group) continue;
    const list = byStream.get(event.stream);
    if (list === undefined) byStream.set(event.stream, [event]);
    else list.push(event);
  }
  return [...byStream.entries()].map(([name, events]) => ({ name, events }));
}

const describeLogStreams: Operation = {
  name: 'describe-log-streams',
  api: 'DescribeLogStreams',
  summary: 'list the streams of a group (one per container of a task)',
  params: [
    param('--log-group-name', 'logGroupName', 'string', true),
    param('--log-stream-name-prefix', 'logStreamNamePrefix', 'string'),
  ],
  run(input, { state }) {
    const group = str(input, 'logGroupName') ?? '';
    if (!state.logGroups.includes(group)) return groupMissing('DescribeLogStreams', state);
    const prefix = str(input, 'logStreamNamePrefix') ?? '';
    return printJson({
      logStreams: streamsOf(state, group)
        .filter((stream) => stream.name.startsWith(prefix))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((stream) => {
          const first = stream.events[0]?.at ?? 0;
          const last = stream.events[stream.events.length - 1]?.at ?? 0;
          return {
            logStreamName: stream.name,
            creationTime: epochMillis(first),
            firstEventTimestamp: epochMillis(first),
            lastEventTimestamp: epochMillis(last),
            lastIngestionTime: epochMillis(last),
            uploadSequenceToken: derivedHex(stream.name, 20).replace(/[a-f]/g, '4'),
            arn: `${groupArn(group)}:log-stream:${stream.name}`,
            storedBytes: 0,
          };
        }),
    });
  },
};

const getLogEvents: Operation = {
  name: 'get-log-events',
  api: 'GetLogEvents',
  summary: 'read one log stream',
  params: [
    param('--log-group-name', 'logGroupName', 'string', true),
    param('--log-stream-name', 'logStreamName', 'string', true),
    param('--start-from-head', 'startFromHead', 'boolean'),
    param('--limit', 'limit', 'integer'),
  ],
  run(input, { state }) {
    const group = str(input, 'logGroupName') ?? '';
    if (!state.logGroups.includes(group)) return groupMissing('GetLogEvents', state);
    const streamName = str(input, 'logStreamName') ?? '';
    const stream = streamsOf(state, group).find((candidate) => candidate.name === streamName);
    if (stream === undefined)
      return apiError(
        'GetLogEvents',
        'ResourceNotFoundException',
        'The specified log stream does not exist.',
        'aws logs describe-log-streams --log-group-name GROUP lists the streams.',
      );
    const limit = Math.max(1, Math.min(int(input, 'limit') ?? 10_000, 10_000));
    const events =
      bool(input, 'startFromHead') === true ? stream.events.slice(0, limit) : stream.events.slice(-limit);
    const token = derivedHex(`${group}/${streamName}/${events.length}`, 56).replace(/[a-f]/g, '7');
    return printJson({
      events: events.map((event) => ({
        timestamp: epochMillis(event.at),
        message: event.message,
        ingestionTime: epochMillis(event.at) + 41,
      })),
      nextForwardToken: `f/${token}`,
      nextBackwardToken: `b/${token}`,
    });
  },
};

const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** `--since 10m`: a number and one unit (aws-cli logs tail: multiple units are not supported). */
export function sinceMs(text: string): number | null {
  const match = /^(\d+)([smhdw])$/.exec(text);
  if (match === null) return null;
  return Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1_000);
}

/** Python's `isoformat(timespec='microseconds')`: always six fraction digits. */
function microsecondTimestamp(ms: number): string {
  const iso = isoTimestamp(ms);
  return iso.includes('.') ? iso : iso.replace('+00:00', '.000000+00:00');
}

/** Python's `json.dumps` of a flat object (`", "` and `": "` separators). */
function pythonJsonLine(value: Readonly<Record<string, string | number>>): string {
  return `{${Object.entries(value)
    .map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`)
    .join(', ')}}`;
}

/**
 * One event as aws-cli's `logs tail` prints it (awscli/customizations/logs/tail.py): `detailed`
 * is `isoformat(timespec='microseconds')`, the stream and the message; `short` a
 * second-precision timestamp and the message; `json` pretty-prints a message that is JSON;
 * `none` is the event as one JSON line (approximated: the real CLI dumps its event dict).
 */
export function tailLine(event: LogEvent, format: string): string {
  const message = event.message.trimEnd();
  switch (format) {
    case 'short':
      return `${isoTimestamp(Math.floor(event.at / 1000) * 1000).replace('+00:00', '')} ${message}`;
    case 'json': {
      let pretty = message;
      try {
        pretty = `\n${JSON.stringify(JSON.parse(message), null, 4)}`;
      } catch {
        // Not JSON: printed as it is.
      }
      return `${isoTimestamp(event.at)} ${event.stream} ${pretty}`;
    }
    case 'none':
      return pythonJsonLine({
        logStreamName: event.stream,
        timestamp: epochMillis(event.at),
        message: event.message,
        ingestionTime: epochMillis(event.at),
      });
    default:
      return `${microsecondTimestamp(event.at)} ${event.stream} ${message}`;
  }
}

const FORMATS = ['detailed', 'short', 'json', 'none'];

const tail: Operation = {
  name: 'tail',
  api: 'FilterLogEvents',
  summary: "print a group's recent log lines (GROUP [--since 10m] [--follow])",
  positionals: 1,
  params: [
    param('--since', 'since', 'string'),
    param('--follow', 'follow', 'boolean'),
    param('--format', 'format', 'string'),
    param('--filter-pattern', 'filterPattern', 'string'),
    param('--log-stream-names', 'logStreamNames', 'strings'),
    param('--log-stream-name-prefix', 'logStreamNamePrefix', 'string'),
  ],
  run(input, { state, positionals }) {
    const group = positionals[0];
    if (group === undefined)
      return fail(
        withHint(
          awsUsageError('the following arguments are required: group_name'),
          'name the log group, e.g. aws logs tail /ecs/web --since 10m.',
        ),
      );
    const format = str(input, 'format') ?? 'detailed';
    if (!FORMATS.includes(format))
      return fail(
        awsUsageError(`argument --format: Invalid choice, valid choices are:\n\n${formatChoices(FORMATS)}`),
      );
    if (!state.logGroups.includes(group)) return groupMissing('FilterLogEvents', state);
    const since = sinceMs(str(input, 'since') ?? '10m');
    if (since === null)
      return fail('Dockyard: give --since as a number and one unit (s, m, h, d or w), e.g. --since 30m.');
    const names = strings(input, 'logStreamNames');
    const prefix = str(input, 'logStreamNamePrefix') ?? '';
    const pattern = str(input, 'filterPattern');
    const events = state.logs.filter(
      (event) =>
        event.group === group &&
        event.at >= state.now - since &&
        event.stream.startsWith(prefix) &&
        (names === undefined || names.includes(event.stream)) &&
        (pattern === undefined || event.message.includes(pattern.replace(/^"|"$/g, ''))),
    );
    const lines = events.map((event) => tailLine(event, format));
    const notes: string[] = [];
    if (events.length === 0)
      notes.push(
        `Dockyard: no log events in ${group} in that window; containers log here only with the awslogs driver.`,
      );
    if (bool(input, 'follow') === true)
      notes.push(
        'Dockyard: this console cannot stream; run the command again (after sleep 30s, say) to see new lines.',
      );
    return print([...lines, ...notes].join('\n'));
  },
};

export const LOGS_OPERATIONS: readonly Operation[] = [
  createLogGroup,
  describeLogGroups,
  describeLogStreams,
  getLogEvents,
  tail,
];
